/**
 * The lesson's own events. `message` is emitted for a sample only (the first few per sender):
 * a flood of a million lines would drown --json; the rest are measured in aggregate (`measure`).
 */

import { type Bi, list } from '../../i18n/index.js';
import { round } from '../../measure/stats.js';
import type { Output } from '../../ui/output.js';

/** How many `message` events each sender gets at most. */
export const SAMPLE = 3;

export interface MessageEvent {
  from: number;
  to: number;
  channel: string;
  bytes: number;
  /** Latency in ms: one-way for queue and pipe, a round trip for manager and cross. */
  ms: number;
}

export function message(out: Output, m: MessageEvent): void {
  out.event('message', { ...m, ms: round(m.ms) });
}

export function measure(out: Output, name: string, value: number, unit: string): void {
  out.event('measure', { name, value: round(value), unit });
}

/** PIDs (or other numbers) as a list in each language's way: 、 in Chinese, commas in English. */
export function numbers(values: readonly number[]): Bi {
  return list(values.map((v) => ({ zh: String(v), en: String(v) })));
}
