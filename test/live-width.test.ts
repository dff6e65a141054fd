/**
 * Live views at the narrowest width they support (60 columns), in each --lang: the executor's
 * Future table, the pool timeline and `zombie --watch` redraw inside the pane (no line wider than
 * it, read back whole from tmux) and in place: the scroll-back holds about what one run prints
 * without a terminal, not a copy per redraw.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGS } from '../src/i18n/index.js';
import { run, settle } from './helpers/cli.js';
import { hasTmux, Terminal, tooWide } from './helpers/tty.js';

const WIDTH = 60;

const VIEWS = [
  { name: "executor's Future table", args: ['executor', 'future', '--fast'] },
  { name: 'pool timeline', args: ['pool', 'timeline', '--fast'] },
] as const;

describe('live views at 60 columns', { skip: hasTmux ? false : 'tmux is not installed' }, () => {
  for (const lang of LANGS) {
    for (const view of VIEWS) {
      it(`${view.name}, --lang ${lang}: inside the pane, redrawn in place`, async () => {
        const args = [...view.args, '--lang', lang];
        // The same run without a terminal: printed once, with COLUMNS as the width.
        const plain = await run(args, { env: { COLUMNS: String(WIDTH) } });
        assert.equal(plain.code, 0, plain.stderr);
        const term = new Terminal(args, { width: WIDTH, height: 40, env: { NO_COLOR: '1' } });
        try {
          assert.equal(await term.exitCode(120_000), 0, term.scrollback(true).slice(-2000));
          const joined = term.scrollback(true);
          assert.deepEqual(tooWide(joined, WIDTH), [], 'lines wider than the pane');
          const printed = joined.trimEnd().split('\n').length;
          const once = plain.stdout.trimEnd().split('\n').length;
          // The live region (at most a screen) may stay above the final picture; no more.
          assert.ok(printed <= once + 40, `${printed} lines in the pane, ${once} without it`);
          assert.deepEqual(await settle(term.tag), []);
        } finally {
          term.close();
        }
      });
    }

    it(`zombie --watch, --lang ${lang}: inside the pane through a whole round`, async () => {
      const args = ['zombie', '--watch', '--fast', '--lang', lang, '--hold', '1'];
      const term = new Terminal(args, { width: WIDTH, height: 40, env: { NO_COLOR: '1' } });
      try {
        // A full round: started → running → zombie → reaped → gone, then the next one.
        await term.waitFor(/round 2|第 2 轮/, 60_000);
        term.keys('q');
        assert.equal(await term.exitCode(), 0);
        const joined = term.scrollback(true);
        assert.deepEqual(tooWide(joined, WIDTH), [], 'lines wider than the pane');
        assert.ok(joined.trimEnd().split('\n').length <= 120, 'redrawn in place, not scrolled');
        assert.deepEqual(await settle(term.tag), []);
      } finally {
        term.close();
      }
    });
  }
});
