/**
 * Errors shared by the Pool and the executors. A task's error crosses the process boundary as
 * plain data and is rebuilt here with the worker's message and stack, so a learner sees where in
 * their own function it went wrong, not only where the pool noticed.
 */

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
}

export function serializeError(err: unknown): SerializedError {
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return { name: 'Error', message: String(err) };
}

/** An error raised by a task inside a worker: its name, message and stack come from there. */
export class RemoteError extends Error {
  /** The stack as the worker saw it. */
  readonly remoteStack: string | undefined;
  constructor(
    remote: SerializedError,
    /** PID of the worker process that ran the task (the main PID for thread workers). */
    readonly pid: number,
  ) {
    super(remote.message);
    this.name = remote.name;
    this.remoteStack = remote.stack;
    this.stack = `${remote.stack ?? `${remote.name}: ${remote.message}`}\n    --- in worker ${pid}, raised to the caller ---\n${this.stack?.split('\n').slice(1).join('\n') ?? ''}`;
  }
}

/** A worker died (killed, or exited) while running a task: the task's result rejects with this. */
export class WorkerLostError extends Error {
  constructor(
    readonly pid: number,
    readonly code: number | null,
    readonly signal: NodeJS.Signals | null,
    readonly fn?: string,
  ) {
    super(
      `worker ${pid} died while running ${fn ? `'${fn}'` : 'a task'} (${signal ? `signal ${signal}` : `exit code ${code}`})`,
    );
    this.name = 'WorkerLostError';
  }
}

/** A result was not ready within the time asked for (like Python's TimeoutError). */
export class TimeoutError extends Error {
  constructor(message = 'timed out') {
    super(message);
    this.name = 'TimeoutError';
  }
}
