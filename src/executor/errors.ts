/**
 * The errors of concurrent.futures, with the same names and the same family tree, so a learner
 * who knows Python's recognises them. TimeoutError is the one the worker machinery already
 * defines (src/workers/errors.ts): one class, whichever API raised it.
 */

/** The future was cancelled before it ran: result() and exception() reject with this. */
export class CancelledError extends Error {
  constructor(message = 'the future was cancelled') {
    super(message);
    this.name = 'CancelledError';
  }
}

/** An operation not allowed in the future's current state (setting a result twice). */
export class InvalidStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidStateError';
  }
}

/** A worker died or failed to start: the executor can run nothing more. */
export class BrokenExecutor extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrokenExecutor';
  }
}

/** A worker process ended abruptly (killed, crashed, exited): every unfinished future fails. */
export class BrokenProcessPool extends BrokenExecutor {
  constructor(message: string) {
    super(message);
    this.name = 'BrokenProcessPool';
  }
}

/** A worker thread failed to start or ended abruptly (Python: its initializer raised). */
export class BrokenThreadPool extends BrokenExecutor {
  constructor(message: string) {
    super(message);
    this.name = 'BrokenThreadPool';
  }
}
