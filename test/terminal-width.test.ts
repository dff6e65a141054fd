/**
 * Every screen fits an 80-column terminal: the tour (every lesson in order) with --fast in tmux,
 * once per --lang, then the whole scroll-back is read back and checked. A line wider than the
 * pane, or a word the terminal cut in two at the right edge, fails the test with the lines that
 * did it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGS } from '../src/i18n/index.js';
import { settle } from './helpers/cli.js';
import { hasTmux, splitWords, Terminal, tooWide } from './helpers/tty.js';

const WIDTH = 80;
describe('80 columns', { skip: hasTmux ? false : 'tmux is not installed' }, () => {
  it('the checks catch what they look for', () => {
    assert.deepEqual(tooWide(`${'x'.repeat(81)}\nok`), ['x'.repeat(81)]);
    assert.deepEqual(tooWide(`${'中'.repeat(41)}`).length, 1);
    assert.deepEqual(tooWide(`${'中'.repeat(40)}`), []);
    assert.equal(splitWords(`${'a '.repeat(39)}en\nding`).length, 1);
    assert.equal(splitWords(`${'a '.repeat(39)}e \nding`).length, 0);
  });

  for (const lang of LANGS) {
    it(`every lesson fits the pane in --lang ${lang}`, async () => {
      const term = new Terminal(['tour', '--fast', '--lang', lang], {
        width: WIDTH,
        height: 40,
        env: { NO_COLOR: '1' },
      });
      try {
        assert.equal(await term.exitCode(240_000), 0, term.scrollback(true).slice(-2000));
        const joined = term.scrollback(true);
        // Every lesson ran: each one's tour card is in the scroll-back.
        assert.ok((joined.match(/proc-lab \w+ {2}\(/g) ?? []).length >= 5, joined.slice(0, 2000));
        assert.deepEqual(tooWide(joined), [], 'lines wider than 80 columns');
        assert.deepEqual(splitWords(term.scrollback(false)), [], 'words split at the edge');
        assert.deepEqual(await settle(term.tag), []);
      } finally {
        term.close();
      }
    });
  }
});
