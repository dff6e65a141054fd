/**
 * `proc-lab tour`: every lesson in registry order, a title card before each. With --step in a
 * terminal it pauses after every section (Enter, b, q); elsewhere it runs straight through.
 */

import type { GlobalValues } from '../cli/options.js';
import { lessonDefaults } from '../cli/options.js';
import { lessons } from '../lessons/index.js';
import { runLesson } from '../lessons/run.js';
import type { LessonMeta } from '../lessons/types.js';
import { UsageError } from '../runtime/errors.js';
import { width as displayWidth, padEnd, wrap } from '../ui/layout.js';
import { Output } from '../ui/output.js';
import { text } from './text.js';
import type { CommandModule } from './types.js';

function card(out: Output, index: number, meta: LessonMeta): void {
  // The card's lines wrapped to fit inside its frame at the terminal's width.
  const lines = [
    out.text(text.tourCard, { n: index + 1, total: lessons.length }),
    out.text(meta.title),
    `proc-lab ${meta.id}  (${meta.material})`,
  ].flatMap((l) => wrap(l, out.prose - 4));
  const width = Math.max(...lines.map(displayWidth)) + 2;
  out.lines([
    '',
    `╭${'─'.repeat(width)}╮`,
    ...lines.map((l) => `│ ${padEnd(l, width - 2)} │`),
    `╰${'─'.repeat(width)}╯`,
  ]);
}

async function tour(global: GlobalValues, from?: string): Promise<void> {
  const ids = lessons.map((l) => l.meta.id);
  const start = from === undefined ? 0 : ids.indexOf(from);
  if (start < 0) {
    throw new UsageError({
      zh: `--from 需要一课的名字：${ids.join('、')}，收到的是 '${from}'`,
      en: `--from takes a lesson: ${ids.join(', ')}, got '${from}'`,
    });
  }
  const out = new Output({ lang: global.lang, json: global.json, color: global.color });
  for (let i = start; i < lessons.length; i++) {
    const entry = lessons[i]!;
    card(out, i, entry.meta);
    const result = await runLesson(entry, {
      ...global,
      parts: [],
      options: lessonDefaults(entry.meta.options),
      pauseAfterLast: i < lessons.length - 1,
    });
    if (result.quit) return;
  }
}

const command: CommandModule = {
  run: async ({ global, options }) => {
    await tour(global, options.from as string | undefined);
    return 0;
  },
};
export default command;
