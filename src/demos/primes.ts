/**
 * A CPU-bound job: count the primes below `limit` among the numbers n with n % step === offset.
 * Several copies with offsets 0..step-1 share the work evenly between processes.
 */
import { report } from '../runtime/child-side.js';

const limit = Number(process.argv[2] ?? 2_000_000);
const offset = Number(process.argv[3] ?? 0);
const step = Number(process.argv[4] ?? 1);

function isPrime(n: number): boolean {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) if (n % d === 0) return false;
  return true;
}

const t0 = performance.now();
let count = 0;
for (let n = offset; n < limit; n += step) if (isPrime(n)) count++;
report({ type: 'primes', pid: process.pid, count, ms: performance.now() - t0 });
process.disconnect?.();

// Run alone: node dist/demos/primes.js 2000000 0 1
