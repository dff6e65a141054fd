/**
 * The conventions a newcomer meets first: Ctrl-C is exit 130 with one "interrupted" line
 * everywhere (prompt, menu, live table), the menu quits on q and comes back after a lesson's
 * Ctrl-C, NO_COLOR is honoured in a terminal, `help <command>`, `progress --reset` asks, and bad
 * option combinations are usage errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { run, settle } from './helpers/cli.js';
import { hasTmux, Terminal } from './helpers/tty.js';

const INTERRUPTED = /Interrupted: ending every process proc-lab started/g;

describe('usage', () => {
  it('help <command> is <command> --help; an unknown one is a usage error', async () => {
    const a = await run(['help', 'pool', '--lang', 'en']);
    const b = await run(['pool', '--help', '--lang', 'en']);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(a.stdout, b.stdout);
    assert.match(a.stdout, /--workers/);
    const bad = await run(['help', 'nosuch', '--lang', 'en']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown lesson 'nosuch'/);
  });

  it('extra words after progress, --fast with --speed, a bad --url: exit 2 before anything runs', async () => {
    for (const args of [
      ['progress', 'reset'],
      ['pool', '--fast', '--speed', '2'],
      ['executor', '--url', 'http://127.0.0.1:6000/'],
      ['executor', '--url', 'https://example.com/', 'gopher://x/'],
    ]) {
      const r = await run([...args, '--lang', 'en', '--json']);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.equal(r.stdout, '', `${args.join(' ')} ran something`);
    }
    const port = await run(['executor', '--url', 'http://127.0.0.1:6000/', '--lang', 'en']);
    assert.match(port.stderr, /bad port/);
    assert.doesNotMatch(port.stderr, /offline/);
  });

  it('--json: a runtime failure ends with an error event {code, message}', async () => {
    const env = { PROC_LAB_PYTHON: 'proc-lab-no-such-python' };
    const r = await run(['zombie', 'zombie', '--python', '--json', '--lang', 'en'], { env });
    assert.equal(r.code, 1, r.stderr);
    const last = r.events.at(-1)!;
    assert.equal(last.event, 'error');
    assert.equal(last.code, 1);
    assert.equal(last.message, r.stderr.trim().replace(/^proc-lab: /, ''));
    assert.match(String(last.message), /PROC_LAB_PYTHON names proc-lab-no-such-python/);
  });

  it('progress --reset without a terminal clears without asking', async () => {
    const r = await run(['progress', '--reset', '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.events[0]?.event, 'progress-reset');
  });
});

describe('in a terminal', { skip: hasTmux ? false : 'tmux is not installed' }, () => {
  async function ended(term: Terminal, code: number): Promise<string> {
    assert.equal(await term.exitCode(60_000), code, term.screen());
    return term.scrollback(true);
  }

  it('Ctrl-C at the menu: exit 130 and one line; q quits it with 0', async () => {
    const term = new Terminal(['--lang', 'en']);
    try {
      await term.waitFor(/Choose a lesson/);
      term.keys('C-c');
      const s = await ended(term, 130);
      assert.equal(s.match(INTERRUPTED)?.length, 1, s);
    } finally {
      term.close();
    }
    const q = new Terminal(['--lang', 'en']);
    try {
      await q.waitFor(/Choose a lesson/);
      q.keys('q');
      await ended(q, 0);
    } finally {
      q.close();
    }
  });

  it('Ctrl-C during a lesson started from the menu ends the lesson and returns to the menu', async () => {
    const term = new Terminal(['--lang', 'en']);
    try {
      await term.waitFor(/Choose a lesson/);
      term.keys('Enter');
      await term.waitFor(/1\. /, 30_000);
      term.keys('C-c');
      await term.waitFor(/Interrupted[\s\S]*Choose a lesson/, 30_000);
      term.keys('Escape');
      await ended(term, 0);
      assert.deepEqual(await settle(term.tag), [], 'the lesson left nothing behind');
    } finally {
      term.close();
    }
  });

  for (const [what, args, when] of [
    ['the quiz prompt', ['quiz', 'processes', '--lang', 'en'], /Your prediction/],
    ['the live Future table', ['executor', 'future', '--lang', 'en'], /waitJob/],
  ] as const) {
    it(`Ctrl-C at ${what}: exit 130 with one "interrupted" line`, async () => {
      const term = new Terminal([...args], { env: { NO_COLOR: '1' } });
      try {
        await term.waitFor(when, 30_000);
        term.keys('C-c');
        const s = await ended(term, 130);
        assert.equal(s.match(INTERRUPTED)?.length, 1, s);
        assert.doesNotMatch(s, /failed|force closed/i);
        assert.deepEqual(await settle(term.tag), []);
      } finally {
        term.close();
      }
    });
  }

  it('NO_COLOR (non-empty) turns colour off in a terminal; empty leaves it on', async () => {
    const colours = async (env: Record<string, string>) => {
      const term = new Terminal(['processes', 'pids', '--fast', '--lang', 'en'], { env });
      try {
        await ended(term, 0);
        return /\u001b\[(?:\d+;)*(?:1|2|3\d|9\d)m/.test(term.scrollback(false, true));
      } finally {
        term.close();
      }
    };
    assert.equal(await colours({ NO_COLOR: '' }), true, 'colour in a terminal');
    assert.equal(await colours({ NO_COLOR: '1' }), false, 'NO_COLOR=1');
  });

  it('progress --reset asks first in a terminal; n keeps the progress', async () => {
    const term = new Terminal(['progress', '--reset', '--lang', 'en']);
    try {
      await term.waitFor(/Clear every finished lesson/);
      term.keys('n', 'Enter');
      const s = await ended(term, 0);
      assert.match(s, /left as it was/);
    } finally {
      term.close();
    }
  });
});
