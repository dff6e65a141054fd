/**
 * The CPython runner's time limit: a Python program that hangs, with a child of its own holding
 * the output pipe open (as multiprocessing's workers do), ends the lesson in one line soon after
 * the limit, and neither it nor its child remains.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run, settle } from './helpers/cli.js';

describe('a CPython program that never ends', () => {
  it('is killed with its process group after PROC_LAB_CPYTHON_TIMEOUT: one line, exit 1', async () => {
    const fake = join(mkdtempSync(join(tmpdir(), 'proc-lab-hung-python-')), 'python3');
    writeFileSync(fake, '#!/bin/sh\nsleep 600 &\nexec sleep 600\n', { mode: 0o755 });
    const env = { PROC_LAB_PYTHON: fake, PROC_LAB_CPYTHON_TIMEOUT: '1' };
    const r = await run(['executor', 'broken', '--fast', '--json'], { env, timeoutMs: 60_000 });
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, /executor-broken\.py.*still running after 1 s/);
    const spawned = r.events.find(
      (e) => e.event === 'spawn' && e.name === 'cpython-executor-broken',
    );
    const ended = r.events.find((e) => e.event === 'exit' && e.pid === spawned?.pid);
    assert.ok(spawned && ended, 'the program was started and its end seen');
    // The limit, plus the runner's grace for the pipe its child held: seconds, not the 600 s sleep.
    assert.ok(ended.t - spawned.t < 10_000, `ended ${ended.t - spawned.t} ms after the start`);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });
});
