/**
 * Some demos cannot use the IPC channel: a parent whose event loop is blocked on purpose cannot
 * flush an IPC message, and a Python demo has none. They print one JSON object per line on stdout
 * instead. This turns those lines into the child's 'message' events, so the same `waitMessage()`
 * works for both kinds of demo.
 */
import type { ChildProcess } from 'node:child_process';

export function messagesFromStdout(child: ChildProcess): ChildProcess {
  let pending = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      try {
        child.emit('message', JSON.parse(line));
      } catch {
        // not a message (a stray print): ignore it rather than fail the lesson
      }
    }
  });
  return child;
}
