/**
 * Why a task's arguments cannot go to a worker, in words a learner can act on. They travel by the
 * structured clone algorithm (v8's serializer, the one `serialization: 'advanced'` and postMessage
 * use); when it refuses, v8's own message quotes the whole source of the function it met, so
 * this names the argument and what it is instead.
 */
import { serialize } from 'node:v8';

const HOW =
  'arguments and results are copied by the structured clone algorithm (numbers, strings, BigInt, Date, Map, Set, typed arrays, plain objects and arrays), which cannot copy functions, sockets or other handles';

function clones(value: unknown): boolean {
  try {
    serialize(value);
    return true;
  } catch {
    return false;
  }
}

function what(value: unknown): string {
  if (typeof value === 'function') return `a function${value.name ? ` (${value.name})` : ''}`;
  const name = (value as object | null)?.constructor?.name;
  return name && name !== 'Object' ? `a ${name}` : 'an object holding a function or a handle';
}

/** The TypeError for a task whose arguments (or, for a chunk, items) cannot go to a worker. */
export function uncloneableArgs(fn: string, args: unknown[], items?: unknown[][]): TypeError {
  let which = 'an argument';
  if (items) {
    const i = items.findIndex((a) => !clones(a));
    const bad = items[i]?.find((a) => !clones(a));
    if (i >= 0) which = `item ${i + 1} (${what(bad)})`;
  } else {
    const i = args.findIndex((a) => !clones(a));
    if (i >= 0) which = `argument ${i + 1} (${what(args[i])})`;
  }
  return new TypeError(`cannot send ${which} of '${fn}' to a worker: ${HOW}`);
}

/** The TypeError for a task whose value cannot be copied back from the worker. */
export function uncloneableResult(fn: string, value: unknown): TypeError {
  return new TypeError(
    `the value '${fn}' returned (${what(value)}) cannot be sent back from the worker: ${HOW}`,
  );
}
