/** The process Pool (Python's multiprocessing.Pool) and what it hands back. */
export { AsyncResult, type CallbackErrorHandler, type Callbacks } from './async-result.js';
export { PoolStateError, PoolTerminatedError } from './errors.js';
export { type MapOptions, Pool, type PoolOptions } from './pool.js';
