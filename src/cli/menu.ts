/**
 * Bare `proc-lab` in a terminal: pick a lesson, run it, come back. Ctrl-C or "quit" leaves with
 * exit 0 (a cancelled prompt is a normal way out, not an error).
 */
import { inline } from '../i18n/index.js';
import { lessons } from '../lessons/index.js';
import { runLesson } from '../lessons/run.js';
import { loadProgress } from '../progress/store.js';
import { EXIT } from '../runtime/errors.js';
import { installLifecycle, shutdown } from '../runtime/lifecycle.js';
import { type GlobalValues, lessonDefaults } from './options.js';

const QUIT = '__quit__';

const score = (q: { best: number; total: number } | undefined) =>
  q ? `  [quiz ${q.best}/${q.total}]` : '';

export async function menu(global: GlobalValues): Promise<never> {
  const { select } = await import('@inquirer/prompts');
  installLifecycle(global.lang);
  for (;;) {
    // Read each time round: the lesson just run may have been marked finished.
    const { progress } = loadProgress();
    let choice: string;
    try {
      choice = await select({
        message: inline({ zh: '选择一课', en: 'Choose a lesson' }, global.lang),
        choices: [
          ...lessons.map(({ meta }) => ({
            value: meta.id,
            name: `${progress.lessons[meta.id] ? '✓' : ' '} ${meta.id.padEnd(10)} ${meta.title.zh} / ${meta.title.en}${score(progress.quiz[meta.id])}`,
            description: inline(meta.summary, global.lang),
          })),
          { value: QUIT, name: `  ${'quit'.padEnd(10)} 退出 / quit` },
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
      await runLesson(entry, { ...global, parts: [], options: lessonDefaults(entry.meta.options) });
    } catch (err) {
      process.stderr.write(`proc-lab: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
}
