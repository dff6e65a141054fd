/**
 * `--step`: wait for a key between sections so a teacher can talk. Only in a terminal; elsewhere
 * it returns at once, so scripts and CI never wait for input.
 */
import type { Bi } from '../i18n/index.js';
import type { Output } from './output.js';

export type PauseAnswer = 'continue' | 'back' | 'quit';

const PROMPT: Bi = {
  zh: 'Enter ↵ 继续，b 返回，q 退出',
  en: 'Enter ↵ continue, b back, q quit',
};

/** `only` replaces the default line, for a pause that offers only Enter. */
export async function pause(out: Output, allowBack = false, only?: Bi): Promise<PauseAnswer> {
  const stdin = process.stdin;
  if (!out.interactive || !stdin.isTTY) return 'continue';
  const prompt =
    only ?? (allowBack ? PROMPT : { zh: 'Enter ↵ 继续，q 退出', en: 'Enter ↵ continue, q quit' });
  out.write(out.c.dim(`\n  ${out.text(prompt)} `));
  stdin.setRawMode(true);
  stdin.resume();
  const answer = await new Promise<PauseAnswer>((resolve) => {
    const onData = (buf: Buffer) => {
      const key = buf.toString();
      let result: PauseAnswer | undefined;
      if (key === '\r' || key === '\n' || key === ' ') result = 'continue';
      else if (key === 'q' || key === '\u001b') result = 'quit';
      else if (allowBack && key === 'b') result = 'back';
      else if (key === '\u0003') process.kill(process.pid, 'SIGINT');
      if (result) {
        stdin.off('data', onData);
        resolve(result);
      }
    };
    stdin.on('data', onData);
  });
  stdin.setRawMode(false);
  stdin.pause();
  out.write('\r\u001b[2K');
  return answer;
}
