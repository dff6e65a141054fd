/**
 * Bare `proc-lab` in a terminal: pick a lesson, run it, come back. Ctrl-C or "quit" leaves with
 * exit 0 (a cancelled prompt is a normal way out, not an error).
 */
import { inline } from '../i18n/index.js';
import { lessons } from '../lessons/index.js';
import { runLesson } from '../lessons/run.js';
import { EXIT } from '../runtime/errors.js';
import { installLifecycle, shutdown } from '../runtime/lifecycle.js';
import type { GlobalValues } from './options.js';

const QUIT = '__quit__';

export async function menu(global: GlobalValues): Promise<never> {
  const { select } = await import('@inquirer/prompts');
  installLifecycle(global.lang);
  for (;;) {
    let choice: string;
    try {
      choice = await select({
        message: inline({ zh: '选择一课', en: 'Choose a lesson' }, global.lang),
        choices: [
          ...lessons.map(({ meta }) => ({
            value: meta.id,
            name: `${meta.id.padEnd(10)} ${meta.title.zh} / ${meta.title.en}`,
            description: inline(meta.summary, global.lang),
          })),
          { value: QUIT, name: `${'quit'.padEnd(10)} 退出 / quit` },
        ],
        loop: false,
      });
    } catch {
      // ExitPromptError: Ctrl-C at the prompt.
      return shutdown(EXIT.ok);
    }
    if (choice === QUIT) return shutdown(EXIT.ok);
    const entry = lessons.find((l) => l.meta.id === choice)!;
    try {
      await runLesson(entry, { ...global, parts: [], options: defaults(entry.meta.options) });
    } catch (err) {
      process.stderr.write(`proc-lab: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
}

function defaults(specs: readonly { flags: string; default?: unknown }[] = []) {
  const values: Record<string, unknown> = {};
  for (const s of specs) {
    const name = /--([\w-]+)/.exec(s.flags)?.[1] ?? '';
    const key = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    if (s.default !== undefined) values[key] = s.default;
  }
  return values;
}
