/**
 * Which exercise and which file a command works on, from its arguments and options: `[ID]`,
 * `--file F`, `--dir DIR`, `--code py|js`. Every mistake is a UsageError naming what is allowed.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fmt } from '../i18n/index.js';
import { UsageError } from '../runtime/errors.js';
import { cliText } from './cli.text.js';
import { codeOf, pickLearnerFile, workspace } from './files.js';
import { chooseExercise, ids } from './select.js';
import type { State } from './state.js';
import type { Code, ExerciseEntry } from './types.js';

export interface Target {
  entry: ExerciseEntry;
  file: string;
  code: Code;
  dir: string;
}

/** `--code py|js` (js names the .mjs file). */
export function codeOption(value: unknown): Code | undefined {
  if (value === undefined) return undefined;
  return value === 'js' ? 'mjs' : 'py';
}

export function fileTarget(entry: ExerciseEntry, options: Record<string, unknown>): Target {
  const dir = workspace(options.dir as string | undefined, ids);
  const given = options.file as string | undefined;
  if (given !== undefined) {
    const file = resolve(given);
    if (!existsSync(file)) throw new UsageError(fmt(cliText.noSuchFile, { file: given }));
    const code = codeOf(file);
    if (!code) throw new UsageError(fmt(cliText.badExtension, { file: given }));
    return { entry, file, code, dir };
  }
  const file = pickLearnerFile(dir, entry.id, codeOption(options.code));
  if (!file) throw new UsageError(fmt(cliText.noLearnerFile, { dir, id: entry.id }));
  return { entry, file, code: codeOf(file)!, dir };
}

/** The exercise named or implied, or undefined when every exercise has passed. */
export function pickTarget(
  id: string | undefined,
  options: Record<string, unknown>,
  state: (id: string) => State,
): Target | undefined {
  const entry = chooseExercise(id, state);
  return entry ? fileTarget(entry, options) : undefined;
}
