/**
 * `proc-lab verify [ID] [--file F]`: run the learner's program under the tracer and check each
 * rule of the exercise on what its processes did. Exit 0 when every rule holds, 1 when one fails.
 */

import { cliText } from '../exercises/cli.text.js';
import { nextAfter } from '../exercises/select.js';
import { loadStates } from '../exercises/state.js';
import { pickTarget } from '../exercises/target.js';
import { verifyOnce } from '../exercises/verify-run.js';
import { fmt } from '../i18n/index.js';
import { Output } from '../ui/output.js';
import type { CommandModule } from './types.js';

const command: CommandModule = {
  run: async ({ global, args, options }) => {
    const out = new Output({ lang: global.lang, json: global.json, color: global.color });
    const states = loadStates();
    if (states.warning) out.warn(states.warning);
    const target = pickTarget(args[0] as string | undefined, options, states.state);
    if (!target) {
      out.event('verdict', { exercise: null, passed: true });
      out.say(cliText.allPassed);
      return 0;
    }
    const timeout = options.timeout as number | undefined;
    const { passed } = await verifyOnce(out, target.entry, {
      file: target.file,
      code: target.code,
      timeoutMs: timeout === undefined ? undefined : timeout * 1000,
    });
    if (passed) {
      const next = nextAfter(target.entry.id, loadStates().state);
      if (next) out.say(fmt(cliText.next, { id: next.id }));
    }
    return passed ? 0 : 1;
  },
};
export default command;
