/**
 * The process-table queries that run `ps` (ps-list always; stat.ts and pid1.ts off Linux) start
 * short-lived children that the registry does not know. If proc-lab exited while one ran, that
 * `ps` would be orphaned and, once done, left for PID 1 to reap. So every such query goes through
 * `query()`, and `closeQueries()` (called during cleanup) refuses new ones and waits until the
 * running ones have finished and their `ps` has been reaped.
 */
const running = new Set<Promise<unknown>>();
let closed = false;

/** Start a query (`start` spawns `ps`), or, once closed, answer `whenClosed` without spawning. */
export function query<T>(start: () => Promise<T>, whenClosed: T): Promise<T> {
  if (closed) return Promise.resolve(whenClosed);
  const p = start();
  running.add(p);
  const done = () => running.delete(p);
  p.then(done, done);
  return p;
}

/** No new queries from now on; resolves when the running ones are done. */
export async function closeQueries(): Promise<void> {
  closed = true;
  while (running.size > 0) await Promise.allSettled([...running]);
}
