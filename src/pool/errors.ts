/**
 * The Pool's own errors. CPython raises a bare ValueError for both kinds of misuse and leaves the
 * results of a terminated pool waiting forever; here each has a name a program can test for.
 */

/** The pool is in the wrong state for this call: work after close()/terminate(), join() too early. */
export class PoolStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PoolStateError';
  }
}

/** terminate() stopped the pool before this task finished: its result is lost. */
export class PoolTerminatedError extends Error {
  constructor(message = 'the pool was terminated before this task finished') {
    super(message);
    this.name = 'PoolTerminatedError';
  }
}
