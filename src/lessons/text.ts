/** The words every lesson shares: its closing line. */
import type { Bi } from '../i18n/index.js';

export const text = {
  lessonFinished: {
    zh: '本课结束，用时 {s} 秒，启动的进程已全部结束。',
    en: 'Lesson finished in {s} s; every process it started has ended.',
  },
} satisfies Record<string, Bi>;
