/**
 * Some demos cannot use the IPC channel: a parent whose event loop is blocked on purpose cannot
 * flush an IPC message, and a Python demo has none. They print one JSON object per line on stdout
 * instead. This turns those lines into the child's 'message' events, so the same `waitMessage()`
 * works for both kinds of demo.
 */
import type { ChildProcess } from 'node:child_process';
import { eachLine } from './lines.js';

export function messagesFromStdout(child: ChildProcess): ChildProcess {
  if (child.stdout) {
    eachLine(child.stdout, (line) => {
      if (!line.startsWith('{')) return;
      try {
        child.emit('message', JSON.parse(line));
      } catch {
        // not a message (a stray print): ignore it rather than fail the lesson
      }
    });
  }
  return child;
}
