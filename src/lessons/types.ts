/**
 * What a lesson is. A lesson has two halves: its *meta* (id, titles, options, table of contents;
 * small, loaded for --help and the menu) and its *module* (the code that runs each section, loaded
 * only when the lesson runs, so `proc-lab --help` stays fast).
 */
import type { ChildProcess, ForkOptions } from 'node:child_process';
import type { Bi, Lang } from '../i18n/index.js';
import type { ChildRegistry } from '../runtime/children.js';
import type { Output } from '../ui/output.js';

/** A lesson-specific command-line option. */
export interface OptionSpec {
  /** commander flags, e.g. `--children <n>` or `--url <url...>` */
  flags: string;
  description: Bi;
  /** Parse as an integer in [min, max]. */
  int?: { min: number; max: number };
  /** Parse as a decimal number in [min, max]. */
  number?: { min: number; max: number };
  /** Allowed values for a string option. */
  choices?: readonly string[];
  default?: string | number | boolean;
  /** Environment variable that supplies the value when the flag is absent (e.g. REDIS_URL). */
  env?: string;
  /** A further check of each value, run when the option is parsed: a Bi is the usage error. */
  check?: (value: string) => Bi | undefined;
}

export interface SectionMeta {
  id: string;
  title: Bi;
}

export interface LessonMeta {
  id: string;
  title: Bi;
  summary: Bi;
  /** Which part of the source material it teaches, e.g. "§1.3". */
  material: string;
  /** The sections in teaching order; `proc-lab <lesson> <section...>` runs only some. */
  sections: readonly SectionMeta[];
  options?: readonly OptionSpec[];
  /** Shown under --help, e.g. `proc-lab processes --children 5 --fast`. */
  examples: readonly string[];
}

export interface LessonEntry {
  meta: LessonMeta;
  load: () => Promise<{ default: LessonModule }>;
  /** The lesson's quiz (`quiz.ts` in its folder), loaded only when `proc-lab quiz` runs. */
  quiz: () => Promise<{ default: Quiz }>;
}

export interface LessonContext {
  readonly lesson: LessonMeta;
  readonly out: Output;
  readonly lang: Lang;
  /** --fast: durations divided by 10, and workloads made smaller. */
  readonly fast: boolean;
  /** --speed (or 10 with --fast): every duration from the material is divided by it. */
  readonly speed: number;
  /** --step: the lesson pauses between sections (only in a terminal). */
  readonly step?: boolean;
  /** Lesson-specific options, already validated, keyed by camelCase name. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly children: ChildRegistry;
  /** Scale a duration from the material (e.g. a 2000 ms task) to this run's pace. */
  scale(ms: number): number;
  /** Start `src/demos/<name>` as a registered child with an IPC channel. */
  demo(name: string, args?: readonly string[], options?: ForkOptions): ChildProcess;
  sleep(ms: number): Promise<void>;
}

export type SectionRun = (ctx: LessonContext) => Promise<void>;

export interface LessonModule {
  /** One function per section id listed in the meta, same ids. */
  sections: Readonly<Record<string, SectionRun>>;
  /**
   * Optional: replace the section-by-section run (e.g. `zombie --watch` draws one live view).
   * Return true when it handled the run.
   */
  override?: (ctx: LessonContext) => Promise<boolean>;
}

/**
 * A quiz question: predict, then run. The learner picks an answer first; then, where a live demo
 * can settle it, the demo runs and its measured result is shown beside the prediction.
 */
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
