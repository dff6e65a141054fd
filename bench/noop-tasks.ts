/** The one no-op task every pool in bench/pool.bench.ts runs: what is left is each pool's own cost. */
export function noop(): null {
  return null;
}
