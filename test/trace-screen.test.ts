/**
 * What `proc-lab trace` shows a person: without a terminal, PID-prefixed output lines, the table,
 * the timeline and the explanations, each fitting 80 columns in each language; in a terminal
 * (tmux), the live process tree redrawn in place while the program runs, then the same end.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { hasChinese } from '../src/i18n/index.js';
import { displayWidth } from '../src/ui/format.js';
import { leftovers, run } from './helpers/cli.js';
import { hasStrace, linux, python } from './helpers/trace.js';
import { hasTmux, Terminal } from './helpers/tty.js';

const orphanMaker = fileURLToPath(new URL('../../test/fixtures/orphan-maker.mjs', import.meta.url));
const fits = (s: string) => s.split('\n').every((l) => displayWidth(l) <= 80);

describe('trace on screen', {
  skip: (!linux && 'Linux only') || (!hasStrace && 'strace') || (!python && 'python3'),
}, () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`--lang ${lang}: output by PID, the table, the timeline, the orphan explained, 80 columns`, async () => {
      const r = await run(['trace', '--lang', lang, '--', process.execPath, orphanMaker, '20000']);
      assert.equal(r.code, 0, r.stderr);
      const orphan = Number(/│ orphan (\d+)/.exec(r.stdout)?.[1]);
      assert.ok(orphan > 0, `the output line is prefixed by its writer: ${r.stdout}`);
      if (lang === 'en') {
        assert.doesNotMatch(r.stdout, /[\u3400-\u9fff]/);
        assert.match(r.stdout, /COMMAND \(after exec\)/);
        assert.match(r.stdout, /\| born {2}━ alive {2}░ zombie/);
        assert.match(r.stdout, new RegExp(`1 orphan: the parent of PID ${orphan} exited first`));
        assert.match(r.stdout, /\(taught in: proc-lab zombie orphan\)/);
        assert.match(r.stdout, /Still running when the program ended: 1/);
      } else {
        assert.ok(hasChinese(r.stdout));
        assert.match(r.stdout, new RegExp(`1 个孤儿进程：PID ${orphan} 的父进程先退出了`));
        assert.match(r.stdout, /（讲解：proc-lab zombie orphan）/);
      }
      assert.ok(fits(r.stdout), `every line fits 80 columns:\n${r.stdout}`);
      // It fits by wrapping: a command is shown whole, no line is cut short with '…'.
      assert.match(r.stdout, /orphan-maker\.mjs 20000/);
      assert.doesNotMatch(r.stdout, /\S…$/m);
      assert.doesNotMatch(r.stdout, /\u001b\[/, 'no cursor movement without a terminal');
      assert.deepEqual(leftovers(r.tag, [orphan]), []);
    });
  }

  it('in a terminal: the live tree while the program runs, then the end; nothing left', {
    skip: !hasTmux && 'tmux is not installed',
  }, async () => {
    const args = ['trace', '--lang', 'en', '--', 'sh', '-c', 'sleep 1.5; echo done'];
    const term = new Terminal(args, { height: 100, env: { NO_COLOR: '1' } });
    try {
      // A row per process, with state: wait for the learner's own (sh, then sleep), since the
      // first frames may show only the subreaper, whose command line names them too.
      const live = await term.waitFor(
        /redrawn every 0\.25 s[\s\S]*\n\s*\d+\s+\d+\s+S\s+[\d.]+s\s+[└─ ]*(?:sh -c )?sleep 1\.5/,
      );
      assert.equal(live.match(/redrawn every/g)?.length, 1, 'one tree, redrawn in place');
      assert.equal(await term.exitCode(), 0);
      const end = term.screen();
      assert.match(end, /│ done/);
      assert.match(end, /every process \(in tree order by birth\)/);
      assert.doesNotMatch(end, /redrawn every/, 'the live tree is gone at the end');
      assert.deepEqual(leftovers(term.tag), []);
    } finally {
      term.close();
    }
  });
});
