/**
 * An exercise's state in the progress store (src/progress/store.ts): not started, failing or
 * passed, the hints shown so far. Like all progress, a nicety: a store that cannot be written is
 * reported in one line and never stops a verify.
 */

import type { Bi } from '../i18n/index.js';
import { type ExerciseProgress, loadProgress, updateProgress } from '../progress/store.js';

export type State = 'not-started' | 'failing' | 'passed';

export interface Loaded {
  get(id: string): ExerciseProgress;
  state(id: string): State;
  warning?: Bi;
}

export function loadStates(): Loaded {
  const { progress, warning } = loadProgress();
  const all = progress.exercises ?? {};
  const get = (id: string) => all[id] ?? {};
  return { get, state: (id) => get(id).state ?? 'not-started', warning };
}

function change(id: string, fn: (e: ExerciseProgress) => void): Bi[] {
  return updateProgress((p) => {
    p.exercises ??= {};
    const e = p.exercises[id] ?? {};
    fn(e);
    p.exercises[id] = e;
  });
}

export function recordVerdict(id: string, passed: boolean): Bi[] {
  return change(id, (e) => {
    const now = new Date().toISOString();
    e.state = passed ? 'passed' : 'failing';
    e.at = now;
    e.runs = (e.runs ?? 0) + 1;
    if (passed) e.passedAt ??= now;
  });
}

export function recordHint(id: string, level: number): Bi[] {
  return change(id, (e) => {
    e.hints = Math.max(e.hints ?? 0, level);
  });
}
