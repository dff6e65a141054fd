/**
 * An interrupted pool lesson leaves no worker to anyone else: proc-lab runs as the child of a
 * child subreaper (test/fixtures/subreaper-run.py, prctl(PR_SET_CHILD_SUBREAPER)), which sends
 * Ctrl-C's SIGINT, SIGTERM or SIGHUP at a chosen moment and then records every process re-parented
 * to it after proc-lab exited. Where PID 1 never reaps, each of those would stay a zombie forever;
 * here there must be none, whatever the moment: workers busy in the material's Pool, the
 * material's program running as a process of its own with its pool, a worker just killed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findPython } from '../src/runtime/python.js';
import { BIN, ROOT } from './helpers/cli.js';

const python = findPython();
const skip = process.platform !== 'linux' || !python ? 'needs Linux and python3' : false;
const driver = join(ROOT, 'test', 'fixtures', 'subreaper-run.py');

interface Outcome {
  code: number;
  matched: number;
  adopted: { pid: number; cmdline: string }[];
  spawned: Record<string, string>;
}

function interrupt(signal: string, event: string, nth: number, args: string[]): Outcome {
  const r = spawnSync(
    python!,
    [driver, signal, event, String(nth), '3', process.execPath, BIN, ...args, '--json', '--fast'],
    { encoding: 'utf8', timeout: 120_000 },
  );
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Outcome;
}

const CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

describe('an interrupted pool lesson under a child subreaper', { skip }, () => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    it(`${signal} while 3 workers run the material's tasks: nothing is adopted`, () => {
      const o = interrupt(signal, 'task-start', 3, ['pool']);
      assert.equal(o.matched >= 3, true, 'the signal was sent while tasks ran');
      assert.equal(o.code, CODES[signal]);
      assert.ok(Object.values(o.spawned).filter((n) => n === 'pool-worker').length >= 3);
      assert.deepEqual(o.adopted, [], 'no process of proc-lab was left to the subreaper');
    });
  }

  it('SIGTERM during the parts that start a program with its own pool, and a dying worker', () => {
    for (const part of ['lifecycle', 'crash']) {
      const o = interrupt('SIGTERM', 'spawn', 2, ['pool', part]);
      assert.equal(o.code, 143, part);
      assert.deepEqual(o.adopted, [], `${part}: no process of proc-lab was left to the subreaper`);
    }
  });
});
