/** The shared worker machinery on real processes and threads. */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { children } from '../src/runtime/children.js';
import { RemoteError, WorkerLostError } from '../src/workers/errors.js';
import type { WorkerKind } from '../src/workers/handle.js';
import { type Job, WorkerSet, type WorkerSetOptions } from '../src/workers/worker-set.js';
import { stateOf } from './helpers/cli.js';

const module = new URL('./fixtures/tasks.js', import.meta.url);

function call(set: WorkerSet, fn: string, ...args: unknown[]) {
  return new Promise<{ value: unknown; pid: number }>((resolve, reject) => {
    const job: Job = { fn, args, resolve: (value, w) => resolve({ value, pid: w.pid }), reject };
    set.submit(job);
  });
}

function make(kind: WorkerKind, extra: Partial<WorkerSetOptions> = {}) {
  return new WorkerSet({ kind, size: 2, module, onLost: 'replace', ...extra });
}

after(() => children.cleanup());

for (const kind of ['process', 'thread'] as const) {
  describe(`WorkerSet (${kind})`, () => {
    it('runs named functions and reuses its workers', async () => {
      const set = make(kind);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => call(set, 'add', i, 100)),
      );
      assert.deepEqual(
        results.map((r) => r.value),
        Array.from({ length: 20 }, (_, i) => i + 100),
      );
      const pids = new Set(results.map((r) => r.pid));
      if (kind === 'process') {
        assert.ok(pids.size >= 1 && pids.size <= 2);
        assert.ok(!pids.has(process.pid));
      } else {
        assert.deepEqual([...pids], [process.pid]);
      }
      await set.shutdown();
      for (const w of pids) if (kind === 'process') assert.equal(stateOf(w), undefined);
    });

    it('once closing, a worker with nothing left exits before the last task ends', async () => {
      const exits: { tid: number; pid: number; at: number }[] = [];
      const set = make(kind, {
        size: 3,
        observer: { workerExit: (w) => exits.push({ ...w, at: performance.now() }) },
      });
      const long = call(set, 'nap', 1500, 'long').then(() => performance.now());
      const short = [call(set, 'nap', 20), call(set, 'nap', 20)];
      const closed = set.shutdown();
      await Promise.all(short);
      const longEnd = await long;
      await closed;
      assert.equal(exits.length, 3);
      // Both idle workers left while the long task still ran; the busy one only after it.
      const early = exits.filter((e) => e.at < longEnd);
      assert.equal(early.length, 2, JSON.stringify({ exits, longEnd }));
    });

    it('a task error comes back with the remote message and stack', async () => {
      const set = make(kind);
      const err = await call(set, 'fail', 'bad input').catch((e: unknown) => e);
      assert.ok(err instanceof RemoteError);
      assert.equal(err.name, 'RangeError');
      assert.equal(err.message, 'bad input');
      assert.match(err.remoteStack ?? '', /fixtures\/tasks\.js/);
      const missing = await call(set, 'nope').catch((e: unknown) => e);
      assert.match(String((missing as Error).message), /no function 'nope'/);
      await set.shutdown();
    });

    it('a worker that dies mid-task fails only that task and is replaced', async () => {
      const replaced: number[] = [];
      const set = make(kind, { observer: { workerReplace: (old) => replaced.push(old.pid) } });
      const others = Array.from({ length: 6 }, (_, i) => call(set, 'nap', 20, i));
      const lost = await call(set, 'die', 'exit').catch((e: unknown) => e);
      assert.ok(lost instanceof WorkerLostError, String(lost));
      assert.equal(lost.code, 7);
      assert.deepEqual(
        (await Promise.all(others)).map((r) => r.value),
        [0, 1, 2, 3, 4, 5],
      );
      assert.equal(replaced.length, 1);
      assert.equal((await call(set, 'add', 1, 2)).value, 3);
      await set.shutdown();
    });

    it("onLost 'break' fails every unfinished task and refuses new ones", async () => {
      const set = make(kind, { onLost: 'break', brokenError: (c) => new Error(`broken: ${c}`) });
      const slow = call(set, 'nap', 2000).catch((e: unknown) => e);
      await new Promise((r) => setTimeout(r, 100));
      const dead = await call(set, 'die', 'exit').catch((e: unknown) => e);
      assert.match(String(dead), /broken: worker \d+ died abruptly/);
      assert.match(String(await slow), /broken/);
      assert.throws(
        () => set.submit({ fn: 'noop', args: [], resolve() {}, reject() {} }),
        /broken/,
      );
      await set.terminate(new Error('done'));
    });

    it('maxTasksPerWorker replaces a worker after N tasks; initializer runs in each', async () => {
      const set = make(kind, {
        size: 1,
        maxTasksPerWorker: 2,
        initializer: 'init',
        initargs: ['x', 1],
      });
      const seen = [];
      for (let i = 0; i < 4; i++)
        seen.push(
          (await call(set, 'whoami')).value as { pid: number; tid: number; initialized: unknown },
        );
      const ids = seen.map((s) => `${s.pid}/${s.tid}`);
      assert.equal(ids[0], ids[1]);
      assert.notEqual(ids[1], ids[2]);
      assert.equal(ids[2], ids[3]);
      for (const s of seen) assert.deepEqual(s.initialized, ['x', 1]);
      await set.shutdown();
    });

    it('an initializer that throws breaks the set instead of hanging', async () => {
      const set = make(kind, { initializer: 'fail', initargs: ['init failed'] });
      const err = await call(set, 'noop').catch((e: unknown) => e);
      assert.match(String(err), /init failed/);
      await set.terminate(new Error('done'));
    });

    it('terminate() rejects what has not finished and stops the workers', async () => {
      const set = make(kind);
      const pending = Array.from({ length: 5 }, () =>
        call(set, 'nap', 5000).catch((e: unknown) => e),
      );
      await new Promise((r) => setTimeout(r, 200));
      const pids = set.workers.map((w) => w.pid);
      await set.terminate(new Error('terminated'));
      for (const p of await Promise.all(pending)) assert.match(String(p), /terminated/);
      if (kind === 'process') for (const pid of pids) assert.equal(stateOf(pid), undefined);
    });
  });
}

describe('WorkerSet.keepAlive', () => {
  // A host script that submits a 400 ms task and then lets its event loop run dry. With
  // keepAlive(false) nothing holds it open: 'beforeExit' fires before the result, and terminate()
  // must still reap the worker itself. With the default, the worker holds the host until the end.
  const script = (keep: boolean) => `
    import { WorkerSet } from ${JSON.stringify(new URL('../src/workers/worker-set.js', import.meta.url).href)};
    const set = new WorkerSet({ kind: 'process', size: 1, module: ${JSON.stringify(module.href)}, onLost: 'replace' });
    ${keep ? '' : 'set.keepAlive(false);'}
    console.log('worker', set.workers[0].pid);
    set.submit({ fn: 'nap', args: [400, 'result'], resolve: (v) => { console.log(v); void set.shutdown(); }, reject() {} });
    let once = false;
    process.on('beforeExit', () => { if (!once) { once = true; console.log('idle'); void set.terminate(new Error('end')); } });
  `;
  const host = async (keep: boolean) => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['--input-type=module', '-e', script(keep)]);
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    await new Promise((r) => child.once('close', r));
    return { out, worker: Number(/worker (\d+)/.exec(out)?.[1]) };
  };

  it('off: the host ends without waiting for the task, after reaping its worker', async () => {
    const { out, worker } = await host(false);
    assert.match(out, /idle/);
    assert.doesNotMatch(out, /result/);
    assert.equal(stateOf(worker), undefined, 'the worker was reaped, not left to PID 1');
  });

  it('on (default): the worker holds the host open until the result arrives', async () => {
    const { out, worker } = await host(true);
    assert.match(out, /result/);
    assert.equal(stateOf(worker), undefined);
  });
});

describe('WorkerSet: stopping twice', () => {
  it('terminate() while shutdown() waits: both settle, nothing is sent to dead workers', async () => {
    const set = make('process');
    const pending = Array.from({ length: 4 }, () =>
      call(set, 'nap', 5000).catch((e: unknown) => e),
    );
    await new Promise((r) => setTimeout(r, 200));
    const pids = set.workers.map((w) => w.pid);
    const closing = set.shutdown();
    const stopping = set.terminate(new Error('terminated'));
    // Block the event loop until the kernel has really ended the workers, before we notice:
    // shutdown() then resumes against dead workers (a write to them would fail with EPIPE).
    const until = Date.now() + 150;
    while (Date.now() < until) {}
    await stopping;
    await closing;
    for (const p of await Promise.all(pending)) assert.match(String(p), /terminated/);
    for (const pid of pids) assert.equal(stateOf(pid), undefined);
  });
});
