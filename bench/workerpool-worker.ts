/** workerpool's worker script for bench/pool.bench.ts: the same no-op task the others run. */
import workerpool from 'workerpool';
import { noop } from './noop-tasks.js';

workerpool.worker({ noop });
