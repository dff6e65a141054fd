/**
 * Bare `proc-lab` in a terminal: pick a lesson, run it, come back. "quit", q or Esc leave with
 * exit 0; Ctrl-C at the menu is an interruption like anywhere else (one line, exit 130).
 *
 * Each lesson runs as a proc-lab child process in the foreground, so Ctrl-C during a lesson ends
 * that lesson exactly as it ends a lesson started from the shell (every process it started is
 * ended, one "interrupted" line), and the menu, which lets that Ctrl-C pass, comes back.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Bi, inline, pick } from '../i18n/index.js';
import { lessons } from '../lessons/index.js';
import type { LessonMeta } from '../lessons/types.js';
import { loadProgress } from '../progress/store.js';
import { children } from '../runtime/children.js';
import { EXIT } from '../runtime/errors.js';
import { holdingInterrupts, installLifecycle, interrupt, shutdown } from '../runtime/lifecycle.js';
import { padEnd, terminalWidth, width, wrap } from '../ui/layout.js';
import type { GlobalValues } from './options.js';

const QUIT = '__quit__';
const BIN = fileURLToPath(new URL('../../bin/proc-lab.js', import.meta.url));
const HINT: Bi = {
  zh: 'q 或 Esc 退出',
  en: 'q or Esc quits',
};

const NOT_STARTED: Bi = { zh: '无法启动这一课：', en: 'could not start the lesson' };

const score = (q: { best: number; total: number } | undefined) =>
  q ? `  [quiz ${q.best}/${q.total}]` : '';

/** The global options a lesson run from the menu gets, as command-line words. */
function argvOf(g: GlobalValues): string[] {
  return [
    '--lang',
    g.lang,
    ...(g.fast ? ['--fast'] : g.speed !== 1 ? ['--speed', String(g.speed)] : []),
    ...(g.step ? ['--step'] : []),
    ...(g.color ? [] : ['--no-color']),
    ...(g.debug ? ['--debug'] : []),
  ];
}

/** Run one lesson in the foreground and wait for it; its Ctrl-C is its own. */
function runChild(id: string, g: GlobalValues): Promise<number | null> {
  return holdingInterrupts(
    () =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [BIN, id, ...argvOf(g)], { stdio: 'inherit' });
        children.track(`lesson ${id}`, child);
        child.once('error', () => resolve(null));
        child.once('exit', (code) => resolve(code));
      }),
  );
}

/** One line per lesson; in --lang both the English title moves to the description if too wide. */
function choice(meta: LessonMeta, g: GlobalValues, done: boolean, quiz: string) {
  const room = terminalWidth() - 4;
  const head = `${done ? '✓' : ' '} ${padEnd(meta.id, 10)} `;
  let name = `${head}${inline(meta.title, g.lang)}${quiz}`;
  let about = pick(meta.summary, g.lang);
  if (width(name) > room && g.lang === 'both') {
    name = `${head}${meta.title.zh}${quiz}`;
    about = [meta.title.en, ...about];
  }
  const description = about.flatMap((l) => wrap(l, room)).join('\n');
  return { value: meta.id, name, description };
}

export async function menu(global: GlobalValues): Promise<never> {
  const { select } = await import('@inquirer/prompts');
  installLifecycle(global.lang);
  for (;;) {
    // Read each time round: the lesson just run may have been marked finished.
    const { progress } = loadProgress();
    const keys = new AbortController();
    const onKey = (_: string, key?: { name?: string }) => {
      if (key?.name === 'q' || key?.name === 'escape') keys.abort();
    };
    process.stdin.on('keypress', onKey);
    const hint = pick(HINT, global.lang).join('  ·  ');
    process.stdout.write(`\n${wrap(hint, terminalWidth() - 1).join('\n')}\n`);
    let picked: string;
    try {
      picked = await select(
        {
          message: inline({ zh: '选择一课', en: 'Choose a lesson' }, global.lang),
          choices: [
            ...lessons.map(({ meta }) =>
              choice(meta, global, !!progress.lessons[meta.id], score(progress.quiz[meta.id])),
            ),
            {
              value: QUIT,
              name: `  ${padEnd('quit', 10)} ${inline({ zh: '退出', en: 'quit' }, global.lang)}`,
            },
          ],
          loop: false,
        },
        { signal: keys.signal },
      );
    } catch {
      // q or Esc aborted the prompt: a normal way out. Ctrl-C (ExitPromptError): an interruption.
      if (keys.signal.aborted) return shutdown(EXIT.ok);
      return interrupt(global.lang);
    } finally {
      process.stdin.off('keypress', onKey);
    }
    if (picked === QUIT) return shutdown(EXIT.ok);
    const code = await runChild(picked, global);
    if (code === null)
      process.stderr.write(`proc-lab: ${inline(NOT_STARTED, global.lang)} ${picked}\n`);
  }
}
