/**
 * A learner's program that misbehaves: it hangs (stopped at the time limit, with a clear line),
 * floods its output (cut), forks without end (stopped), or does not even parse (the interpreter's
 * own message, no stack of ours). Nothing it started is left behind. And `watch` checks again on
 * a save, without a terminal, until Ctrl-C.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT, type RunResult, run, settle } from './helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'proc-lab-limits-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

function program(name: string, source: string): string {
  const file = join(work, name);
  writeFileSync(file, source);
  return file;
}

const ran = (r: RunResult) => r.events.find((e) => e.event === 'rule' && e.rule === 'ran');
const en = (e: unknown) => ((e as { evidence: { en: string } }).evidence ?? { en: '' }).en;

describe('limits of a learner’s program', () => {
  it('a program that hangs is stopped at the time limit, and the first rule says so', async () => {
    const file = program('hang.py', 'import time\nprint("waiting", flush=True)\ntime.sleep(600)\n');
    const r = await run(['verify', 'pipe', '--file', file, '--timeout', '2', '--json']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(en(ran(r)), /time limit of 2\.00 s/);
    assert.ok(r.ms < 20_000, `${r.ms} ms`);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('a syntax error shows the interpreter’s message, not a stack of proc-lab', async () => {
    const file = program('broken.py', 'def f(:\n    pass\n');
    const r = await run(['verify', 'three-children', '--file', file, '--lang', 'en']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /SyntaxError/);
    assert.match(r.stdout, /exited with code 1/);
    assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at .*\.js:\d+/);
    const js = program('broken.mjs', 'const = 1;\n');
    const j = await run(['verify', 'three-children', '--file', js, '--json']);
    assert.equal(j.code, 1);
    assert.ok(j.events.some((e) => e.event === 'output' && /SyntaxError/.test(String(e.line))));
  });

  it('an output flood is cut and the program stopped', async () => {
    const file = program('flood.py', 'while True:\n    print("flood " * 8)\n');
    const r = await run(['verify', 'three-children', '--file', file, '--json']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(en(ran(r)), /more than 2000 lines/);
    assert.ok(r.events.filter((e) => e.event === 'output').length <= 2000);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('a fork bomb is stopped and every process of it ended', async () => {
    // Bounded on purpose (100 sleepers, one after another) so that a broken limit cannot take
    // the machine down; the limit of 32 alive at once must stop it long before the end.
    const file = program(
      'bomb.py',
      'import os, time\nfor i in range(100):\n    if os.fork() == 0:\n        time.sleep(30)\n        os._exit(0)\ntime.sleep(30)\n',
    );
    const r = await run(['verify', 'three-children', '--file', file, '--json']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(en(ran(r)), /limit of 32 processes/);
    assert.ok(r.ms < 30_000, `${r.ms} ms`);
    assert.deepEqual(await settle(r.tag, r.pids, 5000), []);
  });
});

describe('proc-lab watch without a terminal', () => {
  it('checks, checks again when the file is saved, and ends on Ctrl-C', async () => {
    const dir = join(work, 'watch');
    const init = await run(['exercises', 'init', dir, '--json']);
    assert.equal(init.code, 0, init.stderr);
    const verdicts: boolean[] = [];
    let interrupted = false;
    const r = await run(['watch', 'memory-isolated', '--dir', dir, '--code', 'py', '--json'], {
      timeoutMs: 60_000,
      onEvent: (e, child) => {
        if (e.event !== 'verdict') return;
        verdicts.push(e.passed === true);
        if (verdicts.length === 1) {
          // The learner saves a working version.
          const solution = join(ROOT, 'src', 'exercises', 'memory-isolated', 'solution.py');
          copyFileSync(solution, join(dir, 'memory-isolated', 'main.py'));
        } else if (!interrupted) {
          interrupted = true;
          child.kill('SIGINT');
        }
      },
    });
    assert.deepEqual(verdicts, [false, true]);
    assert.equal(r.code, 130, r.stderr);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });
});
