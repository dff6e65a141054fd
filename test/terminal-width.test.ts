/**
 * Every screen fits an 80-column terminal: the tour (every lesson in order) with --fast in tmux,
 * once per --lang, then the whole scroll-back is read back and checked. A line wider than the
 * pane, or a word the terminal cut in two at the right edge, fails the test with the lines that
 * did it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import stringWidth from 'string-width';
import { LANGS } from '../src/i18n/index.js';
import { settle } from './helpers/cli.js';
import { hasTmux, Terminal } from './helpers/tty.js';

const WIDTH = 80;

/** Lines the terminal had to wrap: wider than the pane once tmux rejoins them. */
export function tooWide(joined: string, width = WIDTH): string[] {
  return joined.split('\n').filter((l) => stringWidth(l) > width);
}

/**
 * Words split across rows: a row that fills the pane and ends in a letter or digit, followed by a
 * row starting with one. proc-lab's own wrapping never ends a row in the last column, so this is
 * always the terminal cutting a word.
 */
export function splitWords(rows: string, width = WIDTH): string[] {
  const lines = rows.split('\n');
  const out: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (stringWidth(a) >= width && /[A-Za-z0-9_]$/.test(a) && /^[A-Za-z0-9_]/.test(b)) {
      out.push(`${a.slice(-20)}|${b.slice(0, 20)}`);
    }
  }
  return out;
}

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
