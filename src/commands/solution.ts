/**
 * `proc-lab solution ID [--code py|js] [--yes]`: the reference solution, shown at once once the
 * exercise has passed; before that only after a confirmation (a prompt in a terminal, else --yes).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { cliText } from '../exercises/cli.text.js';
import { confirmed } from '../exercises/confirm.js';
import { codeOf, pickLearnerFile, shipped, workspace } from '../exercises/files.js';
import { ids, requireExercise } from '../exercises/select.js';
import { loadStates } from '../exercises/state.js';
import { codeOption } from '../exercises/target.js';
import { fmt } from '../i18n/index.js';
import { Output } from '../ui/output.js';
import type { CommandModule } from './types.js';

const command: CommandModule = {
  run: async ({ global, args, options }) => {
    const out = new Output({ lang: global.lang, json: global.json, color: global.color });
    const entry = requireExercise(args[0] as string);
    const passed = loadStates().get(entry.id).passedAt !== undefined;
    const ok =
      passed ||
      (await confirmed({
        yes: options.yes === true,
        lang: global.lang,
        question: fmt(cliText.confirmSolution, { id: entry.id }),
        refusal: fmt(cliText.needConfirmSolution, { id: entry.id }),
      }));
    if (!ok) return 0;
    // The learner's language: as asked, else that of the file they worked on, else Python.
    const mine = pickLearnerFile(workspace(options.dir as string | undefined, ids), entry.id);
    const code = codeOption(options.code) ?? (mine ? codeOf(mine) : undefined) ?? 'py';
    const file = shipped(entry.id, 'solution', code);
    const source = readFileSync(file, 'utf8');
    out.event('solution', { exercise: entry.id, code, file, source });
    out.heading(fmt(cliText.solutionOf, { id: entry.id, file: relative(process.cwd(), file) }));
    out.lines(source.trimEnd().split('\n'));
    return 0;
  },
};
export default command;
