/** `proc-lab progress`: which lessons are finished and the best quiz scores; `--reset` clears. */

import type { GlobalValues } from '../cli/options.js';
import { lessons } from '../lessons/index.js';
import { loadProgress, progressPath, resetProgress } from '../progress/store.js';
import { Output } from '../ui/output.js';
import { text } from './text.js';
import type { CommandModule } from './types.js';

function showProgress(global: GlobalValues, reset: boolean): void {
  const out = new Output({ lang: global.lang, json: global.json, color: global.color });
  const path = progressPath();
  if (reset) {
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
        out.text(meta.title),
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
    showProgress(global, options.reset === true);
    return 0;
  },
};
export default command;
