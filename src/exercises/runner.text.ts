/** What the runner of a learner's program says about the run itself. */
export const runText = {
  noPython: {
    zh: '找不到 python3，无法运行 .py 文件（JavaScript 版是同一文件夹里的 main.mjs）',
    en: 'python3 was not found, so a .py file cannot run (the JavaScript version is main.mjs in the same folder)',
  },
  flood: {
    zh: '程序输出过多，已截断并停止它',
    en: 'the program printed too much: its output was cut and it was stopped',
  },
} as const;
