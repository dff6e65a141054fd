/** Picking an exercise from the command line: by id, the one here, or the next not passed. */
import { fmt } from '../i18n/index.js';
import { UsageError } from '../runtime/errors.js';
import { cliText } from './cli.text.js';
import { exerciseHere } from './files.js';
import { exercises, findExercise } from './index.js';
import type { State } from './state.js';
import type { ExerciseEntry } from './types.js';

export const ids = exercises.map((e) => e.id);

const idList = { zh: ids.join('、'), en: ids.join(', ') };

export function requireExercise(id: string): ExerciseEntry {
  const found = findExercise(id);
  if (!found) throw new UsageError(fmt(cliText.unknown, { id, ids: idList }));
  return found;
}

export function unknownAction(what: string): UsageError {
  return new UsageError(fmt(cliText.unknownAction, { what, ids: idList }));
}

/** The exercise named, else the one whose folder we are in, else the first not passed. */
export function chooseExercise(
  given: string | undefined,
  state: (id: string) => State,
): ExerciseEntry | undefined {
  if (given !== undefined) return requireExercise(given);
  const here = exerciseHere(ids);
  if (here) return findExercise(here);
  return exercises.find((e) => state(e.id) !== 'passed');
}

/** The exercise after `id` in the registry that has not passed, if any. */
export function nextAfter(id: string, state: (id: string) => State): ExerciseEntry | undefined {
  const from = ids.indexOf(id);
  const order = [...exercises.slice(from + 1), ...exercises.slice(0, from)];
  return order.find((e) => state(e.id) !== 'passed');
}
