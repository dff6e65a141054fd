/** Endings other than a signal: the reader of stdout going away, and a normal end mid-menu. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { it } from 'node:test';
import { BIN, eventPids, parseEvents, settle, TAG_VAR } from './helpers/cli.js';

it('when the reader of stdout goes away (EPIPE), every child is still ended and reaped', async () => {
  const tag = `epipe-${process.pid}`;
  const child = spawn(process.execPath, [BIN, 'processes', '--json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, [TAG_VAR]: tag },
  });
  // Like `proc-lab processes --json | head -3`: read until children exist, then close the pipe.
  let seen = '';
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      seen += d.toString();
      if (seen.split('\n').filter((l) => l.includes('"report"')).length >= 1) resolve();
    });
  });
  child.stdout.destroy();
  const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  assert.equal(code, 1);
  const pids = eventPids(parseEvents(seen.slice(0, seen.lastIndexOf('\n'))));
  assert.ok(pids.length > 1);
  assert.deepEqual(await settle(tag, pids), []);
});
