/**
 * Waiting on many futures at once, as Python's concurrent.futures.as_completed and wait do:
 * asCompleted hands them back in the order they finish (the ones already done first), wait
 * returns two sets as soon as a condition holds or the time is up.
 */
import { TimeoutError } from '../workers/errors.js';
import { type Future, failed, onDone } from './future.js';

export const FIRST_COMPLETED = 'FIRST_COMPLETED';
export const FIRST_EXCEPTION = 'FIRST_EXCEPTION';
export const ALL_COMPLETED = 'ALL_COMPLETED';
export type ReturnWhen = typeof FIRST_COMPLETED | typeof FIRST_EXCEPTION | typeof ALL_COMPLETED;

const remaining = (deadline: number | undefined) =>
  deadline === undefined ? undefined : deadline - performance.now();

/** Resolves true when `signal` is called, false when `ms` ran out first (undefined: never). */
function sleepUntilSignalled(ms: number | undefined): {
  signal: () => void;
  woken: Promise<boolean>;
} {
  let signal = () => {};
  const woken = new Promise<boolean>((resolve) => {
    const timer = ms === undefined ? undefined : setTimeout(() => resolve(false), Math.max(0, ms));
    signal = () => {
      clearTimeout(timer);
      resolve(true);
    };
  });
  return { signal, woken };
}

/**
 * Yield each future once, as it completes (finishes or is cancelled); those already done come
 * first. Rejects with TimeoutError "N (of M) futures unfinished" if `timeoutMs` (counted from
 * the first iteration, as in Python) passes before all are done. Duplicates are yielded once.
 */
export async function* asCompleted<T>(
  futures: Iterable<Future<T>>,
  timeoutMs?: number,
): AsyncGenerator<Future<T>, void, undefined> {
  const deadline = timeoutMs === undefined ? undefined : performance.now() + timeoutMs;
  const all = [...new Set(futures)];
  const finished = all.filter((f) => f.done());
  const pending = new Set(all.filter((f) => !f.done()));
  // Futures that finish while the caller is busy with an earlier one queue up here in order.
  const ready: Future<T>[] = [];
  let wake = () => {};
  const offs = [...pending].map((f) =>
    f[onDone](() => {
      ready.push(f);
      wake();
    }),
  );
  try {
    yield* finished;
    while (pending.size > 0) {
      if (ready.length === 0) {
        const sleep = sleepUntilSignalled(remaining(deadline));
        wake = sleep.signal;
        if (!(await sleep.woken)) {
          throw new TimeoutError(`${pending.size} (of ${all.length}) futures unfinished`);
        }
      }
      for (let f = ready.shift(); f; f = ready.shift()) {
        pending.delete(f);
        yield f;
      }
    }
  } finally {
    for (const off of offs) off();
  }
}

export interface WaitOptions {
  /** ms; when it passes, wait() returns what is done so far (it never rejects). */
  timeout?: number;
  /** @default 'ALL_COMPLETED' */
  returnWhen?: ReturnWhen;
}

export interface WaitResult<T> {
  done: Set<Future<T>>;
  notDone: Set<Future<T>>;
}

/**
 * Wait until the futures satisfy `returnWhen` (any one done; any one raised, else all done; all
 * done) or the timeout passes, then return which are done and which are not.
 */
export async function wait<T>(
  futures: Iterable<Future<T>>,
  { timeout, returnWhen = ALL_COMPLETED }: WaitOptions = {},
): Promise<WaitResult<T>> {
  if (![FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED].includes(returnWhen)) {
    throw new RangeError(`returnWhen must be FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED`);
  }
  const all = new Set(futures);
  const split = (): WaitResult<T> => {
    const done = new Set([...all].filter((f) => f.done()));
    return { done, notDone: new Set([...all].filter((f) => !done.has(f))) };
  };
  const satisfied = () => {
    const done = [...all].filter((f) => f.done());
    if (returnWhen === FIRST_COMPLETED && done.length > 0) return true;
    if (returnWhen === FIRST_EXCEPTION && done.some((f) => f[failed])) return true;
    return done.length === all.size;
  };
  if (satisfied()) return split();
  const sleep = sleepUntilSignalled(timeout);
  const offs = [...all].map((f) =>
    f[onDone](() => {
      if (satisfied()) sleep.signal();
    }),
  );
  await sleep.woken;
  for (const off of offs) off();
  return split();
}
