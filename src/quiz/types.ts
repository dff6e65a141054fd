/**
 * A quiz question: predict, then run. The learner picks an answer first; then, where a live demo
 * can settle it, the demo runs and its measured result is shown beside the prediction.
 */
import type { Bi } from '../i18n/index.js';
import type { LessonContext } from '../lessons/types.js';

export interface Question {
  /** Stable id, `<lesson>.<name>`, used in events and by graders. */
  id: string;
  prompt: Bi;
  /** Two to four choices, answered with the letters a, b, c, d. */
  choices: readonly Bi[];
  /** Index of the right choice. */
  answer: number;
  explain: Bi;
  /** Which of the material's errors (NOTES.md, 1–6) this question corrects, if any. */
  materialError?: number;
  /** Run a small demo and describe what it measured, in both languages. */
  live?: (ctx: LessonContext) => Promise<Bi>;
}

export interface Quiz {
  lesson: string;
  questions: readonly Question[];
}
