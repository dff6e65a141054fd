/** The process-table check itself must be able to fail: it finds a tagged process and a zombie. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { it } from 'node:test';
import { leftovers, settle, stateOf, TAG_VAR } from './helpers/cli.js';

it('leftovers() finds a live tagged process and forgets it once reaped', async () => {
  const tag = `selftest-${process.pid}`;
  const child = spawn('sleep', ['30'], { env: { ...process.env, [TAG_VAR]: tag } });
  await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(
    leftovers(tag).map((p) => p.pid),
    [child.pid],
  );
  child.kill();
  await new Promise((r) => child.once('exit', r));
  assert.deepEqual(await settle(tag), []);
});

it('leftovers() reports a zombie among the PIDs it is given', async () => {
  // A node parent starts `true` and then blocks in a synchronous read of its stdin: its event loop
  // cannot run, so it cannot reap, and `true` stays a zombie. Closing stdin unblocks it; it then
  // reaps the zombie itself (nothing is left for PID 1, which on some machines never reaps).
  const parent = spawn(
    process.execPath,
    [
      '-e',
      `const c = require('child_process').spawn('true'); console.log(c.pid);
       try { require('fs').readSync(0, Buffer.alloc(1)); } catch {}
       c.on('exit', () => process.exit(0));`,
    ],
    { stdio: ['pipe', 'pipe', 'ignore'] },
  );
  const pid = Number(
    await new Promise<string>((r) => parent.stdout.once('data', (d: Buffer) => r(d.toString()))),
  );
  let state: string | undefined;
  for (let i = 0; i < 50 && state !== 'Z'; i++) {
    await new Promise((r) => setTimeout(r, 50));
    state = stateOf(pid);
  }
  assert.equal(state, 'Z');
  assert.deepEqual(
    leftovers('no-such-tag', [pid]).map((p) => p.pid),
    [pid],
  );
  parent.stdin.end();
  await new Promise((r) => parent.once('exit', r));
  assert.equal(stateOf(pid), undefined, 'reaped by its parent');
});
