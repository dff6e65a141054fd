/** The words every lesson shares: its closing line, and what a part says when python3 is missing. */
import type { Bi } from '../i18n/index.js';

export const text = {
  lessonFinished: {
    zh: '本课结束，用时 {s} 秒，启动的进程已全部结束。',
    en: 'Lesson finished in {s} s; every process it started has ended.',
  },
  /** A part that runs CPython beside Node, on a machine without python3; {run} is the command. */
  cpythonMissing: {
    zh: '这台机器没有 python3，所以无法在旁边运行 CPython。装上 python3 后再运行本部分，或者直接运行：{run}',
    en: 'python3 is not installed here, so CPython cannot run beside Node. Install python3 and run this part again, or run: {run}',
  },
  lessonLeft: {
    zh: '已离开本课（{s} 秒后按了 q），启动的进程已全部结束。',
    en: 'Left the lesson after {s} s (q); every process it started has ended.',
  },
} satisfies Record<string, Bi>;
