/**
 * CPython beside Node, for a lesson part: run the part's Python demo through cpython() (which
 * emits the `cpython` event), or, on a machine without python3, say so and print the command that
 * shows CPython's result elsewhere. The part then prints CPython's figures next to its own.
 */
import { type CpythonRun, cpython } from '../runtime/cpython.js';
import { pyDemo } from '../runtime/python.js';
import { text } from './text.js';
import type { LessonContext } from './types.js';

export async function beside<T extends Record<string, unknown>>(
  ctx: LessonContext,
  topic: string,
  run: CpythonRun,
): Promise<T | undefined> {
  const result = await cpython<T>(ctx, topic, run);
  if (result === undefined) {
    const command = ['python3', pyDemo(run.demo), ...(run.args ?? [])].join(' ');
    ctx.out.say(text.cpythonMissing, { run: command });
  }
  return result;
}
