/** The Pool library against CPython's multiprocessing.Pool semantics, on real worker processes. */
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { after, describe, it } from 'node:test';
import { Pool, PoolStateError, PoolTerminatedError } from '../src/pool/index.js';
import { children } from '../src/runtime/children.js';
import { RemoteError, TimeoutError, WorkerLostError } from '../src/workers/errors.js';
import type { WorkerRef } from '../src/workers/worker-set.js';
import { stateOf } from './helpers/cli.js';

const module = new URL('./fixtures/tasks.js', import.meta.url);
const pool = (processes = 2, extra = {}) => new Pool({ processes, module, ...extra });
const gone = (pids: number[]) => pids.filter((p) => stateOf(p) !== undefined);

after(() => children.cleanup());

describe('Pool', () => {
  it('processes defaults to the CPU count; < 1 (or not whole) is a RangeError', async () => {
    const p = new Pool({ module });
    assert.equal(p.processes, availableParallelism());
    assert.equal(p.pids.length, availableParallelism());
    p.close();
    await p.join();
    for (const bad of [0, -1, 1.5]) assert.throws(() => pool(bad), RangeError);
    assert.throws(() => pool(2, { maxtasksperchild: 0 }), RangeError);
  });

  it('applyAsync returns at once; get(), ready(), successful(); the worker PIDs repeat', async () => {
    const p = pool(2);
    const r = p.applyAsync<number>('nap', [100, 7]);
    assert.equal(r.ready(), false);
    assert.throws(() => r.successful(), PoolStateError);
    assert.equal(await r.get(), 7);
    assert.equal(r.ready(), true);
    assert.equal(r.successful(), true);
    const rs = Array.from({ length: 10 }, (_, i) => p.applyAsync<number>('add', [i, 100]));
    assert.deepEqual(
      await Promise.all(rs.map((x) => x.get())),
      Array.from({ length: 10 }, (_, i) => i + 100),
    );
    const used = new Set(rs.map((x) => x.pid));
    assert.ok(used.size <= 2 && !used.has(process.pid));
    for (const pid of used) assert.ok(p.pids.includes(pid!), 'a task ran on a pool worker');
    p.close();
    await p.join();
  });

  it('get(timeout) rejects with TimeoutError while the task goes on', async () => {
    const p = pool(1);
    const r = p.applyAsync('nap', [300, 'late']);
    await assert.rejects(r.get(50), TimeoutError);
    assert.equal(await r.get(), 'late');
    p.close();
    await p.join();
  });

  it('apply settles only when its task has finished: a loop of apply runs one at a time', async () => {
    let running = 0;
    let most = 0;
    const p = pool(3, {
      observer: {
        taskStart: () => {
          most = Math.max(most, ++running);
        },
        taskEnd: () => running--,
      },
    });
    for (let i = 0; i < 4; i++) assert.equal(await p.apply('nap', [40, i]), i);
    assert.equal(most, 1);
    const all = Array.from({ length: 6 }, (_, i) => p.applyAsync('nap', [80, i]));
    await Promise.all(all.map((r) => r.get()));
    assert.equal(most, 3, 'applyAsync lets every worker run at once');
    p.close();
    await p.join();
  });

  it('new work after close() or terminate() is refused with a clear error', async () => {
    const p = pool(1);
    p.close();
    assert.throws(() => p.applyAsync('noop'), /Pool not running: it was closed/);
    await assert.rejects(p.apply('noop'), PoolStateError);
    await assert.rejects(p.map('noop', [1]), PoolStateError);
    assert.throws(() => p.imap('noop', [1]), PoolStateError);
    await p.join();
    const q = pool(1);
    await q.terminate();
    assert.throws(() => q.applyAsync('noop'), /Pool not running: it was terminated/);
    assert.throws(() => q.imapUnordered('noop', [1]), PoolStateError);
  });

  it('join() before close()/terminate() is refused; after close() it waits for every task', async () => {
    const p = pool(2);
    await assert.rejects(
      p.join(),
      /still running: call close\(\) or terminate\(\) before join\(\)/,
    );
    const rs = Array.from({ length: 4 }, (_, i) => p.applyAsync('nap', [60, i]));
    const pids = p.pids;
    p.close();
    await p.join();
    assert.ok(rs.every((r) => r.ready() && r.successful()));
    assert.deepEqual(gone(pids), [], 'every worker exited and was reaped');
  });

  it('callbacks run in the main process, in completion order', async () => {
    const p = pool(3);
    const seen: { value: unknown; pid: number }[] = [];
    const callback = (value: unknown) => seen.push({ value, pid: process.pid });
    for (const [ms, v] of [
      [900, 'slow'],
      [50, 'fast'],
      [450, 'middle'],
    ] as const)
      p.applyAsync('nap', [ms, v], { callback });
    p.close();
    await p.join();
    assert.deepEqual(
      seen.map((s) => s.value),
      ['fast', 'middle', 'slow'],
    );
    assert.ok(seen.every((s) => s.pid === process.pid));
  });

  it('a task that throws rejects with the remote message and stack, and reaches errorCallback', async () => {
    const p = pool(1);
    const errors: Error[] = [];
    const r = p.applyAsync('fail', ['bad input'], { errorCallback: (e) => errors.push(e) });
    const err = await r.get().catch((e: unknown) => e);
    assert.ok(err instanceof RemoteError);
    assert.equal(err.name, 'RangeError');
    assert.equal(err.message, 'bad input');
    assert.match(err.remoteStack ?? '', /fixtures\/tasks\.js/);
    assert.equal(err.pid, p.pids[0]);
    assert.deepEqual(errors, [err]);
    assert.equal(r.successful(), false);
    await assert.rejects(p.map('fail', ['in a map']), /in a map/);
    p.close();
    await p.join();
  });

  it('map keeps input order for any chunksize; map of an empty list is []', async () => {
    const p = pool(2);
    const items = Array.from({ length: 23 }, (_, i) => i);
    for (const chunksize of [undefined, 1, 4, 100])
      assert.deepEqual(
        await p.map(
          'nap',
          items.map((i) => i % 3),
          { chunksize },
        ),
        items.map((i) => i % 3),
      );
    assert.deepEqual(await p.map('noop', []), []);
    await assert.rejects(p.map('noop', [1], { chunksize: 0 }), RangeError);
    p.close();
    await p.join();
  });

  it('imap yields in input order; imapUnordered in completion order', async () => {
    const p = pool(3);
    const delays = [600, 20, 300];
    const ordered: unknown[] = [];
    for await (const v of p.imap('nap', delays)) ordered.push(v);
    assert.deepEqual(ordered, [600, 20, 300]);
    const unordered: unknown[] = [];
    for await (const v of p.imapUnordered('nap', delays)) unordered.push(v);
    assert.deepEqual(unordered, [20, 300, 600]);
    const chunked: unknown[] = [];
    for await (const v of p.imap('nap', [50, 1, 40, 2, 30], { chunksize: 2 })) chunked.push(v);
    assert.deepEqual(chunked, [50, 1, 40, 2, 30]);
    p.close();
    await p.join();
  });

  it('maxtasksperchild replaces a worker after N tasks', async () => {
    const p = pool(1, { maxtasksperchild: 2 });
    const pids: number[] = [];
    for (let i = 0; i < 5; i++) pids.push(((await p.apply('whoami')) as { pid: number }).pid);
    assert.equal(pids[0], pids[1]);
    assert.notEqual(pids[1], pids[2]);
    assert.equal(pids[2], pids[3]);
    assert.notEqual(pids[3], pids[4]);
    assert.equal(new Set(pids).size, 3);
    p.close();
    await p.join();
    assert.deepEqual(gone(pids), []);
  });

  it('initializer/initargs run in every worker', async () => {
    const p = pool(3, { initializer: 'init', initargs: ['x', 1] });
    const seen = (await p.map('whoami', [1, 2, 3, 4, 5, 6], { chunksize: 1 })) as {
      pid: number;
      initialized: unknown;
    }[];
    for (const s of seen) assert.deepEqual(s.initialized, ['x', 1]);
    p.close();
    await p.join();
  });

  it('a worker that dies in a task: WorkerLostError with its PID, a replacement, the rest finish', async () => {
    const replaced: [number, number][] = [];
    const p = pool(2, {
      observer: { workerReplace: (o: WorkerRef, n: WorkerRef) => replaced.push([o.pid, n.pid]) },
    });
    const others = Array.from({ length: 6 }, (_, i) => p.applyAsync('nap', [30, i]));
    const lost = await p.apply('die', ['kill']).catch((e: unknown) => e);
    assert.ok(lost instanceof WorkerLostError, String(lost));
    assert.equal(lost.signal, 'SIGKILL');
    assert.match(lost.message, new RegExp(`worker ${lost.pid} died while running 'die'`));
    const exited = await p.apply('die', ['exit']).catch((e: unknown) => e);
    assert.ok(exited instanceof WorkerLostError);
    assert.equal(exited.code, 7);
    assert.deepEqual(await Promise.all(others.map((r) => r.get())), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual(
      replaced.map(([old]) => old),
      [lost.pid, exited.pid],
    );
    assert.equal(p.pids.length, 2);
    assert.ok(!p.pids.includes(lost.pid) && p.pids.includes(replaced[1]![1]));
    assert.equal(await p.apply('add', [1, 2]), 3);
    p.close();
    await p.join();
    assert.deepEqual(gone([lost.pid, exited.pid, ...replaced.map(([, n]) => n)]), []);
  });

  it('a throwing callback is reported to onCallbackError and the pool goes on', async () => {
    const reported: [unknown, string][] = [];
    const p = pool(1, { onCallbackError: (e: unknown, fn: string) => reported.push([e, fn]) });
    const r = p.applyAsync('add', [1, 1], {
      callback: () => {
        throw new Error('callback broke');
      },
    });
    assert.equal(await r.get(), 2, 'the result is still delivered');
    assert.equal(await p.apply('add', [2, 2]), 4);
    assert.equal(reported.length, 1);
    assert.match(String(reported[0]![0]), /callback broke/);
    assert.equal(reported[0]![1], 'add');
    p.close();
    await p.join();
  });

  it('terminate(): unfinished tasks reject with PoolTerminatedError and no worker remains', async () => {
    const p = pool(2);
    const rs = Array.from({ length: 6 }, () => p.applyAsync('nap', [5000]));
    await new Promise((r) => setTimeout(r, 150));
    const pids = p.pids;
    await p.terminate();
    for (const r of rs) await assert.rejects(r.get(), PoolTerminatedError);
    assert.deepEqual(gone(pids), []);
    await p.join(); // allowed after terminate
  });
});
