/**
 * How the Pool's map family (map, starmap, imap, imapUnordered and their Async forms) turns items
 * into jobs: every item is an argument list (map's item x is [x], starmap's item is its own
 * list), cut into chunks; a chunk of one goes as a plain call, which is less to encode.
 */
import type { Job } from '../workers/types.js';
import type { ChunkOutcome } from './result-stream.js';

export function positive(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a whole number of at least 1, got ${value}`);
  }
  return value;
}

/** CPython's default for map: about four chunks per worker, so the load evens out. */
export function defaultChunksize(items: number, processes: number, asked?: number): number {
  if (asked !== undefined) return positive('chunksize', asked);
  return Math.max(1, Math.ceil(items / (processes * 4)));
}

/** The jobs for `calls` (argument lists) in chunks of `size`; `done` hears each chunk's outcome. */
export function chunkJobs<T>(
  fn: string,
  calls: unknown[][],
  size: number,
  done: (o: ChunkOutcome<T>, chunk: number, count: number) => void,
): Job[] {
  const jobs: Job[] = [];
  for (let c = 0; c * size < calls.length; c++) {
    const one = size === 1;
    const items = one ? [calls[c]!] : calls.slice(c * size, (c + 1) * size);
    jobs.push({
      fn,
      args: one ? items[0]! : [],
      items: one ? undefined : items,
      resolve: (values) =>
        done({ ok: true, values: (one ? [values] : values) as T[] }, c, items.length),
      reject: (error) => done({ ok: false, error }, c, items.length),
    });
  }
  return jobs;
}

/**
 * Collects chunk outcomes into one list in input order; like CPython, it is complete only when
 * every chunk is back, and then holds the first error if any failed.
 */
export function collect<T>(
  count: number,
  size: number,
  settle: (o: { ok: true; value: T[] } | { ok: false; error: Error }) => void,
): (o: ChunkOutcome<T>, chunk: number) => void {
  const values = new Array<T>(count);
  let left = Math.ceil(count / size);
  let firstError: Error | undefined;
  if (left === 0) settle({ ok: true, value: [] });
  return (o, chunk) => {
    if (o.ok) for (let i = 0; i < o.values.length; i++) values[chunk * size + i] = o.values[i]!;
    else firstError ??= o.error;
    if (--left > 0) return;
    settle(firstError ? { ok: false, error: firstError } : { ok: true, value: values });
  };
}
