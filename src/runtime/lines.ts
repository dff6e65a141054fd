/**
 * Reading a byte stream (a child's stdout, a socket) as text lines. Chunks arrive cut anywhere,
 * so the unfinished tail of one chunk waits for the next; the last line is delivered at the end
 * even without a newline.
 */
export function eachLine(stream: NodeJS.ReadableStream, fn: (line: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop()!;
    for (const line of parts) fn(line);
  });
  stream.on('end', () => {
    if (pending) fn(pending);
    pending = '';
  });
}
