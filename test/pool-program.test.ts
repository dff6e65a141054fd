/** The Pool inside a program of its own: what ends it, what is lost, where errors are reported. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { stateOf } from './helpers/cli.js';

const module = new URL('./fixtures/tasks.js', import.meta.url);
const gone = (pids: number[]) => pids.filter((p) => stateOf(p) !== undefined);

/** A program (its own process) using the Pool; what it prints and which workers it had. */
async function program(body: string) {
  const url = new URL('../src/pool/index.js', import.meta.url).href;
  const code = `import { Pool } from ${JSON.stringify(url)};
    const pool = new Pool({ processes: 2, module: ${JSON.stringify(module.href)} });
    console.log('workers', pool.pids.join(','));
    ${body}`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code]);
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const t0 = performance.now();
  const exitCode = await new Promise<number | null>((r) => child.once('close', r));
  const pids = (/workers ([\d,]+)/.exec(out)?.[1] ?? '').split(',').map(Number);
  return { out, err, exitCode, pids, ms: performance.now() - t0 };
}

describe('Pool in a program of its own', () => {
  it('without join() the program ends, the pool is torn down and pending tasks are lost', async () => {
    const r = await program(`
      for (let i = 0; i < 4; i++) pool.applyAsync('nap', [2000, i], { callback: (v) => console.log('done', v) });
      pool.close();
      console.log('end');`);
    assert.equal(r.exitCode, 0, r.err);
    assert.match(r.out, /end/);
    assert.doesNotMatch(r.out, /done/);
    assert.match(r.err, /ended with 4 unfinished task\(s\); they are lost/);
    assert.ok(r.ms < 1900, `ended after ${r.ms} ms, before any task could finish`);
    assert.deepEqual(gone(r.pids), [], 'the program reaped its workers itself');
  });

  it('with join() every callback runs; a forgotten idle pool does not hold the program open', async () => {
    const joined = await program(`
      for (let i = 0; i < 4; i++) pool.applyAsync('nap', [100, i], { callback: (v) => console.log('done', v) });
      pool.close();
      await pool.join();`);
    assert.equal(joined.out.match(/done/g)?.length, 4);
    const forgotten = await program(`console.log(await pool.apply('add', [1, 2]));`);
    assert.equal(forgotten.exitCode, 0, forgotten.err);
    assert.match(forgotten.out, /^3$/m);
    assert.deepEqual(gone([...joined.pids, ...forgotten.pids]), []);
  });

  it('the default report of a throwing callback goes to stderr', async () => {
    const r = await program(`
      await pool.applyAsync('add', [1, 1], { callback: () => { throw new Error('oops'); } }).get();
      console.log('still', await pool.apply('add', [2, 3]));
      await pool.terminate();`);
    assert.match(r.err, /Pool: a callback for 'add' threw \(the pool goes on\): Error: oops/);
    assert.match(r.out, /still 5/);
  });
});
