/**
 * What an exercise is. Like a lesson it has two halves: its registry entry (id, lesson, title;
 * small, enough for `proc-lab exercises`) and its module (statement, hints, rules; loaded only
 * when one exercise is shown or checked). The learner's programs are plain files beside it:
 * `starter.py`, `starter.mjs`, `solution.py`, `solution.mjs`.
 */
import type { Bi } from '../i18n/index.js';
import type { TracedRun } from './facts.js';

/** The two languages a learner can write an exercise in, named by the file extension. */
export type Code = 'py' | 'mjs';
export const CODES: readonly Code[] = ['py', 'mjs'];

export interface ExerciseEntry {
  id: string;
  /** The lesson that teaches what the exercise asks (an id of src/lessons/index.ts). */
  lesson: string;
  title: Bi;
  load: () => Promise<{ default: ExerciseModule }>;
}

/** What one rule found in this run: ok or not, and the evidence (this run's PIDs and times). */
export interface Verdict {
  ok: boolean;
  evidence: Bi;
}

export interface Rule {
  /** Stable id, used in --json `rule` events. */
  id: string;
  /** What the rule asks, shown beside ✓ or ✗. */
  title: Bi;
  check(run: TracedRun): Verdict;
}

export interface ExerciseModule {
  /** What to build, a few short paragraphs (one Bi per paragraph). */
  statement: readonly Bi[];
  /** Level 1 points the way; level 2 nearly gives the answer. */
  hints: readonly [Bi, Bi];
  rules: readonly Rule[];
  /** How long the program may run before it is stopped. @default 10 s */
  timeoutMs?: number;
  /** The program needs the local page server (its base URL in PROC_LAB_SERVER). */
  server?: boolean;
}
