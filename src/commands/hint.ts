/** `proc-lab hint ID [--level N]`: level 1 the first time, level 2 the next; stored as progress. */

import { cliText } from '../exercises/cli.text.js';
import { requireExercise } from '../exercises/select.js';
import { loadStates, recordHint } from '../exercises/state.js';
import { fmt } from '../i18n/index.js';
import { Output } from '../ui/output.js';
import type { CommandModule } from './types.js';

const command: CommandModule = {
  run: async ({ global, args, options }) => {
    const out = new Output({ lang: global.lang, json: global.json, color: global.color });
    const entry = requireExercise(args[0] as string);
    const seen = loadStates().get(entry.id).hints ?? 0;
    const level = (options.level as number | undefined) ?? Math.min(2, seen + 1);
    const hint = (await entry.load()).default.hints[level - 1]!;
    out.event('hint', { exercise: entry.id, level, text: hint });
    out.heading(fmt(cliText.hintLevel, { id: entry.id, level }));
    out.say(hint);
    out.say(level < 2 ? cliText.hintMore : cliText.hintLast, { id: entry.id });
    for (const w of recordHint(entry.id, level)) out.warn(w);
    return 0;
  },
};
export default command;
