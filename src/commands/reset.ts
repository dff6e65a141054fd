/**
 * `proc-lab reset ID [--code py|js] [--yes]`: put the starter back in place of the learner's file,
 * after a confirmation (a prompt in a terminal, else --yes).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { cliText } from '../exercises/cli.text.js';
import { confirmed } from '../exercises/confirm.js';
import { learnerFile, shipped, workspace } from '../exercises/files.js';
import { ids, requireExercise } from '../exercises/select.js';
import { codeOption } from '../exercises/target.js';
import { CODES } from '../exercises/types.js';
import { fmt, list } from '../i18n/index.js';
import { Output } from '../ui/output.js';
import type { CommandModule } from './types.js';

const command: CommandModule = {
  run: async ({ global, args, options }) => {
    const out = new Output({ lang: global.lang, json: global.json, color: global.color });
    const entry = requireExercise(args[0] as string);
    const dir = workspace(options.dir as string | undefined, ids);
    const only = codeOption(options.code);
    const codes = only ? [only] : CODES;
    const files = codes.map((c) => learnerFile(dir, entry.id, c));
    const names = list(
      files.map((f) => relative(process.cwd(), f) || f).map((f) => ({ zh: f, en: f })),
    );
    const ok = await confirmed({
      yes: options.yes === true,
      lang: global.lang,
      question: fmt(cliText.confirmReset, { files: names }),
      refusal: cliText.needConfirmReset,
    });
    if (!ok) {
      out.event('reset', { exercise: entry.id, files: [] });
      out.say(cliText.kept);
      return 0;
    }
    codes.forEach((code, i) => {
      mkdirSync(dirname(files[i]!), { recursive: true });
      copyFileSync(shipped(entry.id, 'starter', code), files[i]!);
    });
    out.event('reset', { exercise: entry.id, files });
    out.say(cliText.resetDone, { files: names });
    return 0;
  },
};
export default command;
