/** The words of the exercise commands: exercises, verify, watch, hint, solution, reset. */
export const cliText = {
  listTitle: { zh: '练习', en: 'Exercises' },
  states: {
    'not-started': { zh: '未开始', en: 'not started' },
    failing: { zh: '未通过', en: 'failing' },
    passed: { zh: '已通过', en: 'passed' },
  },
  listHow: {
    zh: '先运行 proc-lab exercises init，再运行 proc-lab verify 或 proc-lab watch',
    en: 'Start with proc-lab exercises init; then proc-lab verify, or proc-lab watch',
  },
  unknown: {
    zh: "没有叫 '{id}' 的练习，可选：{ids}",
    en: "no exercise '{id}'; choose from: {ids}",
  },
  unknownAction: {
    zh: "'{what}' 既不是 init 也不是练习名，可选：init、{ids}",
    en: "'{what}' is neither init nor an exercise; choose from: init, {ids}",
  },
  statementOf: {
    zh: '练习 {id}（课程：{lesson}）：{title}',
    en: 'Exercise {id} (lesson: {lesson}): {title}',
  },
  yourFile: { zh: '你的文件：{file}', en: 'your file: {file}' },
  noFileYet: {
    zh: '还没有你的文件：proc-lab exercises init 会写出 {dir}/{id}/main.py 和 main.mjs',
    en: 'no file of yours yet: proc-lab exercises init writes {dir}/{id}/main.py and main.mjs',
  },
  checkWith: { zh: '检查：proc-lab verify {id}', en: 'check it: proc-lab verify {id}' },
  // init
  initDone: {
    zh: '已在 {dir} 写出 {written} 个文件，保留了 {kept} 个已有文件（从不覆盖）',
    en: 'wrote {written} files in {dir} and kept {kept} that were already there (never overwritten)',
  },
  initLink: {
    zh: "{link} 指向这个 proc-lab，所以用 node 直接运行 main.mjs 时 import … from 'proc-lab' 也能找到它",
    en: "{link} points to this proc-lab, so import … from 'proc-lab' resolves when you run main.mjs with node yourself",
  },
  initNext: {
    zh: '下一步：cd {dir}，然后 proc-lab verify（或 proc-lab watch）',
    en: 'next: cd {dir}, then proc-lab verify (or proc-lab watch)',
  },
  readmeHeading: { zh: '练习', en: 'Exercise' },
  readmeFiles: {
    zh: '用 Python 写 main.py，或用 JavaScript 写 main.mjs（proc-lab verify 检查你最近修改的那个，或用 --code 指定）。',
    en: 'Write main.py in Python or main.mjs in JavaScript (proc-lab verify checks the one you changed last, or the one --code names).',
  },
  // verify
  allPassed: {
    zh: '所有练习都已通过。要再检查某一个：proc-lab verify <练习>',
    en: 'every exercise has passed. To check one again: proc-lab verify <exercise>',
  },
  noLearnerFile: {
    zh: '{dir}/{id}/ 里没有 main.py 或 main.mjs：先运行 proc-lab exercises init，或用 --file 指定文件',
    en: 'no main.py or main.mjs in {dir}/{id}/: run proc-lab exercises init first, or name a file with --file',
  },
  noSuchFile: { zh: '找不到文件 {file}', en: 'no such file: {file}' },
  badExtension: {
    zh: '{file} 既不是 .py 也不是 .mjs/.js 文件',
    en: '{file} is neither a .py nor a .mjs/.js file',
  },
  verifying: { zh: '检查 {id}：{title}', en: 'Checking {id}: {title}' },
  running: {
    zh: '已在跟踪器下运行 {file}（观察方式：{observer}）',
    en: 'ran {file} under the tracer (observer: {observer})',
  },
  programSaid: { zh: '程序的输出：', en: 'what the program printed:' },
  cut: { zh: '……（后面的输出已截断）', en: '… (the rest of the output was cut)' },
  passed: { zh: '通过：每条规则都成立', en: 'passed: every rule holds' },
  failed: {
    zh: '未通过：{n} 条规则不成立。提示：proc-lab hint {id}',
    en: 'not yet: {n} rule(s) do not hold. A hint: proc-lab hint {id}',
  },
  next: { zh: '下一个练习：proc-lab verify {id}', en: 'next exercise: proc-lab verify {id}' },
  // hint
  hintLevel: {
    zh: '{id} 的提示（第 {level} 级，共 2 级）',
    en: 'Hint for {id} (level {level} of 2)',
  },
  hintMore: {
    zh: '还想要更多？再运行一次：proc-lab hint {id}',
    en: 'more? run it again: proc-lab hint {id}',
  },
  hintLast: { zh: '这是最后一级提示', en: 'that is the last hint' },
  // solution and reset
  solutionOf: { zh: '{id} 的参考答案（{file}）', en: 'A reference solution to {id} ({file})' },
  confirmSolution: {
    zh: '{id} 还没有通过。现在就看答案吗？',
    en: '{id} has not passed yet. See the solution anyway?',
  },
  needConfirmSolution: {
    zh: '{id} 还没有通过：在终端里运行以确认，或加上 --yes',
    en: '{id} has not passed yet: run it in a terminal to confirm, or add --yes',
  },
  confirmReset: {
    zh: '用起始文件覆盖 {files}？你的改动会丢失',
    en: 'Overwrite {files} with the starter? Your changes will be lost',
  },
  needConfirmReset: {
    zh: 'reset 会覆盖你的文件：在终端里运行以确认，或加上 --yes',
    en: 'reset overwrites your file: run it in a terminal to confirm, or add --yes',
  },
  resetDone: { zh: '已恢复起始文件：{files}', en: 'restored the starter: {files}' },
  kept: { zh: '没有改动', en: 'nothing changed' },
  // watch
  watchKeys: {
    zh: '保存文件就会重新检查 · h 提示 · n 下一个 · l 列表 · q 退出',
    en: 'save the file to check again · h hint · n next · l list · q quit',
  },
  watchNoKeys: {
    zh: '保存文件就会重新检查；Ctrl-C 结束',
    en: 'save the file to check again; Ctrl-C ends',
  },
  watchPassed: {
    zh: '{id} 通过了！按 n 进入下一个练习',
    en: '{id} passed! Press n for the next exercise',
  },
  watchAll: { zh: '所有练习都已通过', en: 'every exercise has passed' },
} as const;
