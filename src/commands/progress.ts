/** `proc-lab progress`: which lessons are finished and the best quiz scores; `--reset` clears. */

import type { GlobalValues } from '../cli/options.js';
import { lessons } from '../lessons/index.js';
import { loadProgress, progressPath, resetProgress } from '../progress/store.js';
import { Output } from '../ui/output.js';
import { text } from './text.js';
import type { CommandModule } from './types.js';

/**
 * In a terminal, clearing asks first (rustlings' reset does too): it cannot be undone. --yes,
 * --json and a run without a terminal never ask, so scripts are never left waiting.
 */
async function confirmed(out: Output, path: string, yes: boolean): Promise<boolean> {
  if (yes || out.json || !process.stdin.isTTY || !process.stdout.isTTY) return true;
  const { confirm } = await import('@inquirer/prompts');
  return confirm({ message: out.text(text.progressAskReset, { path }), default: false });
}

async function showProgress(global: GlobalValues, reset: boolean, yes: boolean): Promise<void> {
  const out = new Output({ lang: global.lang, json: global.json, color: global.color });
  const path = progressPath();
  if (reset) {
    if (!(await confirmed(out, path, yes))) {
      out.say(text.progressNotCleared);
      return;
    }
    const warning = resetProgress(path);
    if (warning) out.warn(warning);
    out.event('progress-reset', { path });
    out.say(text.progressCleared, { path });
    return;
  }
  const { progress, warning } = loadProgress(path);
  if (warning) out.warn(warning);
  out.event('progress', { path, lessons: progress.lessons, quiz: progress.quiz });
  out.heading(text.progressTitle);
  out.table(
    [text.colLesson, text.colTitle, text.colDone, text.colRuns, text.colQuiz],
    lessons.map(({ meta }) => {
      const done = progress.lessons[meta.id];
      const quiz = progress.quiz[meta.id];
      return [
        meta.id,
        out.cell(meta.title),
        done ? '✓' : '·',
        String(done?.runs ?? 0),
        quiz ? `${quiz.best}/${quiz.total}` : '—',
      ];
    }),
  );
  out.say(text.progressKept, { path });
}

const command: CommandModule = {
  run: async ({ global, options }) => {
    await showProgress(global, options.reset === true, options.yes === true);
    return 0;
  },
};
export default command;
