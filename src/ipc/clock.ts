/**
 * Wall-clock time in ms with sub-ms precision, comparable between processes of one machine: both
 * sides add their monotonic clock to the system time read when they started. Sender and receiver
 * use it to measure one-way latency; `performance.now()` alone starts at 0 in every process.
 */
export const wallMs = (): number => performance.timeOrigin + performance.now();
