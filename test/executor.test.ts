/** ProcessPoolExecutor and ThreadPoolExecutor on real worker processes and threads. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  asCompleted,
  BrokenExecutor,
  BrokenProcessPool,
  CancelledError,
  type Executor,
  FIRST_COMPLETED,
  FIRST_EXCEPTION,
  type Future,
  type FutureState,
  ProcessPoolExecutor,
  RemoteError,
  ThreadPoolExecutor,
  TimeoutError,
  wait,
} from '../src/index.js';
import { children } from '../src/runtime/children.js';
import { ROOT, stateOf } from './helpers/cli.js';

const module = new URL('./fixtures/executor-tasks.js', import.meta.url);
const KINDS = { process: ProcessPoolExecutor, thread: ThreadPoolExecutor } as const;

after(() => children.cleanup());

/** Poll until `cond` holds (a worker process may take a while to start on a busy machine). */
async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition never held');
    await sleep(10);
  }
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const v of it) out.push(v);
  return out;
}

for (const [kind, Kind] of Object.entries(KINDS)) {
  const make = (maxWorkers = 2, extra = {}): Executor => new Kind({ maxWorkers, module, ...extra });

  describe(`${Kind.name}`, () => {
    it('runs a task and reports pending → running → finished with the worker PID', async () => {
      const states: [number, FutureState, number | undefined][] = [];
      const ex = make(1, {
        onStateChange: (f: Future, s: FutureState) => states.push([f.id, s, f.worker?.pid]),
      });
      const f = ex.submit<number>('pow', 2, 8);
      assert.equal(await f.result(), 256);
      const where = await ex.submit<{ pid: number }>('where').result();
      const pid = f.worker!.pid;
      assert.equal(where.pid, pid);
      if (kind === 'thread') assert.equal(pid, process.pid, 'threads run in the main PID');
      else assert.notEqual(pid, process.pid, 'processes run in a PID of their own');
      assert.deepEqual(
        states.filter(([id]) => id === f.id).map(([, s, p]) => [s, p]),
        [
          ['pending', undefined],
          ['running', pid],
          ['finished', pid],
        ],
      );
      await ex.shutdown();
    });

    it('cancel() succeeds only while pending; the cancelled task never runs', async () => {
      const ran: number[] = [];
      const ex = make(1, {
        onStateChange: (f: Future, s: FutureState) => s === 'running' && ran.push(f.id),
      });
      const first = ex.submit('nap', 300);
      const second = ex.submit('nap', 10);
      await until(() => first.running());
      assert.equal(first.cancel(), false);
      assert.equal(second.cancel(), true);
      await assert.rejects(second.result(), CancelledError);
      assert.equal(await first.result(), 300);
      await ex.shutdown();
      assert.deepEqual(ran, [first.id]);
    });

    it('result(timeout) / exception(timeout) reject with TimeoutError when not done', async () => {
      const ex = make(1);
      const f = ex.submit('nap', 400, 'late');
      await assert.rejects(f.result(50), TimeoutError);
      await assert.rejects(f.exception(50), TimeoutError);
      assert.equal(await f.result(), 'late');
      await ex.shutdown();
    });

    it("a task's error comes back with the remote name, message and stack", async () => {
      const ex = make(1);
      const f = ex.submit('evenOnly', 3);
      const err = await f.exception();
      assert.ok(err instanceof RemoteError);
      assert.equal(err.name, 'RangeError');
      assert.equal(err.message, 'odd: 3');
      assert.match(err.remoteStack ?? '', /executor-tasks\.js/);
      await assert.rejects(f.result(), (e) => e === err);
      await ex.shutdown();
    });

    it('done-callbacks run in the main process, in order', async () => {
      const ex = make(2);
      const f = ex.submit('nap', 50);
      const order: string[] = [];
      f.addDoneCallback(() => order.push(`first:${process.pid}`));
      f.addDoneCallback(() => order.push('second'));
      await f.result();
      assert.deepEqual(order, [`first:${process.pid}`, 'second']);
      await ex.shutdown();
    });

    it('map yields in input order; an error surfaces when its item is reached', async () => {
      const ex = make(2);
      const naps = [300, 50, 150, 10];
      assert.deepEqual(await collect(ex.map('nap', naps)), naps);
      const seen: unknown[] = [];
      await assert.rejects(async () => {
        for await (const v of ex.map('evenOnly', [2, 4, 5, 6], { chunksize: 2 })) seen.push(v);
      }, /odd: 5/);
      // With chunks, the whole chunk holding 5 fails; the chunk before it was yielded.
      assert.deepEqual(seen, [20, 40]);
      assert.throws(() => ex.map('pow', [1], { chunksize: 0 }), RangeError);
      assert.deepEqual(
        await collect(ex.map('evenOnly', [0, 2, 4, 6, 8], { chunksize: 2 })),
        [0, 20, 40, 60, 80],
      );
      await ex.shutdown();
    });

    it("map's timeout counts from the call, not from the iteration", async () => {
      const ex = make(2);
      const t0 = performance.now();
      const results = ex.map('nap', [50, 1200], { timeout: 700 });
      await sleep(400); // counted from the iteration, the deadline would be 1100 ms: still too soon
      const seen: unknown[] = [];
      await assert.rejects(async () => {
        for await (const v of results) seen.push(v);
      }, TimeoutError);
      const elapsed = performance.now() - t0;
      assert.deepEqual(seen, [50]);
      assert.ok(elapsed >= 650 && elapsed < 1150, `timed out after ${elapsed} ms`);
      await ex.shutdown();
    });

    it('asCompleted yields in completion order and times out naming the unfinished', async () => {
      const ex = make(3);
      const fs = [ex.submit('nap', 300), ex.submit('nap', 20), ex.submit('nap', 150)];
      const order = await collect(asCompleted(fs));
      assert.deepEqual(order, [fs[1], fs[2], fs[0]]);
      const slow = [ex.submit('nap', 1000), ex.submit('nap', 10)];
      await assert.rejects(collect(asCompleted([...slow, fs[0]!], 300)), {
        name: 'TimeoutError',
        message: '1 (of 3) futures unfinished',
      });
      await ex.shutdown();
    });

    it('wait honours FIRST_COMPLETED, FIRST_EXCEPTION and a timeout without rejecting', async () => {
      const ex = make(3);
      const [a, b, c] = [ex.submit('nap', 30), ex.submit('nap', 600), ex.submit('failLater', 150)];
      const first = await wait([a, b, c], { returnWhen: FIRST_COMPLETED });
      assert.deepEqual([...first.done], [a]);
      const failed = await wait([a, b, c], { returnWhen: FIRST_EXCEPTION });
      assert.ok(failed.done.has(c) && failed.notDone.has(b));
      const timedOut = await wait([b], { timeout: 50 });
      assert.deepEqual([timedOut.done.size, timedOut.notDone.size], [0, 1]);
      const all = await wait([a, b, c]);
      assert.equal(all.done.size, 3);
      await ex.shutdown();
    });

    it('shutdown: submit afterwards throws; cancelFutures cancels what has not started', async () => {
      const ex = make(1);
      const fs = [ex.submit('nap', 200), ex.submit('nap', 10), ex.submit('nap', 10)];
      await until(() => fs[0]!.running());
      const pids = ex.workers.map((w) => w.pid);
      await ex.shutdown({ wait: true, cancelFutures: true });
      assert.deepEqual(
        fs.map((f) => f.state),
        ['finished', 'cancelled', 'cancelled'],
      );
      assert.throws(() => ex.submit('pow', 1, 1), /after shutdown/);
      if (kind === 'process') for (const pid of pids) assert.equal(stateOf(pid), undefined);
    });

    it('shutdown({ wait: false }) returns at once while the futures still finish', async () => {
      const ex = make(2);
      const fs = [ex.submit('nap', 300), ex.submit('nap', 300)];
      const t0 = performance.now();
      await ex.shutdown({ wait: false });
      assert.ok(performance.now() - t0 < 100);
      assert.ok(fs.every((f) => !f.done()));
      assert.deepEqual(await Promise.all(fs.map((f) => f.result())), [300, 300]);
    });

    it('maxWorkers below 1 is a RangeError; the default follows Python', () => {
      for (const n of [0, -1, 1.5]) assert.throws(() => make(n), RangeError);
      const cpus = availableParallelism();
      const expected = kind === 'process' ? cpus : Math.min(32, cpus + 4);
      assert.equal(new Kind({ module }).maxWorkers, expected);
    });
  });
}

describe('a broken process pool', () => {
  it('fails every pending and running future with BrokenProcessPool, and later submits', async () => {
    const ex = new ProcessPoolExecutor({ maxWorkers: 2, module });
    const running = ex.submit('nap', 2000);
    await until(() => running.running());
    const pids = ex.workers.map((w) => w.pid);
    const dying = ex.submit('die');
    const pending = [ex.submit('nap', 10), ex.submit('nap', 10)];
    for (const f of [running, dying, ...pending]) {
      const err = await f.exception();
      assert.ok(err instanceof BrokenProcessPool, String(err));
      assert.ok(err instanceof BrokenExecutor);
    }
    assert.throws(() => ex.submit('pow', 2, 2), BrokenProcessPool);
    await ex.shutdown();
    // Every worker, the one that died and the ones the break stopped, is gone and reaped.
    await until(() => pids.every((pid) => stateOf(pid) === undefined), 3000);
  });
});

describe('a program that never calls shutdown()', () => {
  it('still waits for its futures, then exits and reaps its workers itself (as Python)', async () => {
    // Run as its own program: the question is whether that process ends by itself.
    const script = `
      import { ProcessPoolExecutor } from ${JSON.stringify(`${ROOT}/dist/index.js`)};
      const ex = new ProcessPoolExecutor({ maxWorkers: 2, module: ${JSON.stringify(module.href)} });
      ex.submit('nap', 400, 'late').addDoneCallback((f) => f.result().then((v) => console.log(v)));
      console.log(await ex.submit('pow', 2, 8).result());
      console.log(JSON.stringify(ex.workers.map((w) => w.pid)));`;
    const t0 = performance.now();
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--input-type=module', '-e', script],
        { timeout: 15_000 },
        (err, out) => (err ? reject(err) : resolve(out)),
      ),
    );
    const [first, pids, last] = stdout.trim().split('\n');
    assert.equal(first, '256');
    assert.equal(last, 'late', 'the future nobody awaited still finished');
    assert.ok(performance.now() - t0 < 10_000);
    // Gone at once, not zombies waiting for PID 1: the program reaped them before it ended.
    for (const pid of JSON.parse(pids!) as number[]) assert.equal(stateOf(pid), undefined);
  });
});
