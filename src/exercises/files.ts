/**
 * Where an exercise's programs are (its starter and reference solution in each language), and the
 * learner's own copies. tsc does not copy .py and .mjs files: compiled, they are found in the
 * package's src/exercises/<id>/ (shipped via package.json "files"); from the sources (tsx) they
 * sit beside this file already.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODES, type Code } from './types.js';

export type Kind = 'starter' | 'solution';

const places = [new URL('./', import.meta.url), new URL('../../src/exercises/', import.meta.url)];

/** The shipped file of an exercise: its starter or its solution, in Python or JavaScript. */
export function shipped(id: string, kind: Kind, code: Code): string {
  const name = `${kind}.${code}`;
  const found = places.map((p) => fileURLToPath(new URL(`${id}/${name}`, p)));
  return found.find((f) => existsSync(f)) ?? found.at(-1)!;
}

/** The folder `exercises init` writes by default. */
export const DEFAULT_DIR = 'proc-lab-exercises';

/** The learner's file of an exercise in their folder. */
export function learnerFile(dir: string, id: string, code: Code): string {
  return join(dir, id, `main.${code}`);
}

/**
 * The learner's exercises folder: the one given, else ./proc-lab-exercises if it exists, else the
 * current folder; and when the current folder is itself one exercise's folder, its parent.
 */
export function workspace(given: string | undefined, ids: readonly string[], cwd = process.cwd()) {
  if (given) return resolve(cwd, given);
  const inner = join(cwd, DEFAULT_DIR);
  if (existsSync(inner)) return inner;
  if (ids.includes(basename(cwd)) && CODES.some((c) => existsSync(join(cwd, `main.${c}`)))) {
    return dirname(cwd);
  }
  return cwd;
}

/** The exercise whose folder the current folder is, if it is one. */
export function exerciseHere(ids: readonly string[], cwd = process.cwd()): string | undefined {
  const id = basename(cwd);
  return ids.includes(id) ? id : undefined;
}

/**
 * Which of the learner's files to check: the language asked for, else the one they touched last
 * (both are written by init; the one being worked on is the newer), Python on a tie.
 */
export function pickLearnerFile(dir: string, id: string, code?: Code): string | undefined {
  const files = (code ? [code] : CODES)
    .map((c) => learnerFile(dir, id, c))
    .filter((f) => existsSync(f));
  return files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

export function codeOf(file: string): Code | undefined {
  if (file.endsWith('.py')) return 'py';
  if (file.endsWith('.mjs') || file.endsWith('.js')) return 'mjs';
  return undefined;
}
