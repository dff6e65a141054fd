/**
 * Summaries of what a lesson or benchmark measured: medians, percentiles by nearest rank, rates.
 * Shared by lessons, demos and benchmarks, so every "median" on screen means the same thing.
 */

export interface Summary {
  n: number;
  median: number;
  p99: number;
}

/** The value at percentile `p` (0–100) of sorted `xs`, by nearest rank (no interpolation). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  if (s.length === 0) return Number.NaN;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function summarize(xs: readonly number[]): Summary {
  const sorted = [...xs].sort((a, b) => a - b);
  return { n: sorted.length, median: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

/** Events per second, given a count and the milliseconds it took. */
export function perSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : Number.NaN;
}

/** Round for display and events: 3 significant decimals below 10, fewer above. */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const digits = Math.abs(x) < 1 ? 3 : Math.abs(x) < 100 ? 2 : 0;
  return Number(x.toFixed(digits));
}
