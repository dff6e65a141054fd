/**
 * Future, asCompleted and wait on futures settled by hand, as Python's own tests do: the rules
 * themselves, without timing noise. The same rules on real workers are in executor.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  asCompleted,
  CancelledError,
  FIRST_COMPLETED,
  FIRST_EXCEPTION,
  Future,
  InvalidStateError,
  TimeoutError,
  wait,
} from '../src/index.js';

const later = (ms: number, fn: () => void) => void sleep(ms).then(fn);

function running(): Future<number> {
  const f = new Future<number>();
  assert.equal(f.setRunningOrNotifyCancel({ pid: 1, tid: 0 }), true);
  return f;
}

describe('Future', () => {
  it('moves pending → running → finished and keeps its value', async () => {
    const f = new Future<number>();
    assert.equal(f.state, 'pending');
    assert.equal(f.setRunningOrNotifyCancel({ pid: 42, tid: 0 }), true);
    assert.ok(f.running() && !f.done());
    assert.equal(f.worker?.pid, 42);
    f.setResult(7);
    assert.ok(f.done() && !f.running() && !f.cancelled());
    assert.equal(await f.result(), 7);
    assert.equal(await f.exception(), undefined);
  });

  it('cancel() works only while pending; result() then rejects with CancelledError', async () => {
    const pending = new Future();
    assert.equal(pending.cancel(), true);
    assert.equal(pending.cancel(), true, 'cancelling twice still says cancelled');
    assert.ok(pending.cancelled() && pending.done());
    await assert.rejects(pending.result(), CancelledError);
    await assert.rejects(pending.exception(), CancelledError);
    assert.equal(pending.setRunningOrNotifyCancel(), false, 'a cancelled job must not run');

    const r = running();
    assert.equal(r.cancel(), false);
    r.setResult(1);
    assert.equal(r.cancel(), false);
    assert.equal(await r.result(), 1);
  });

  it('result(timeout) and exception(timeout) reject with TimeoutError, then still work', async () => {
    const f = running();
    await assert.rejects(f.result(30), TimeoutError);
    await assert.rejects(f.exception(0), TimeoutError);
    later(30, () => f.setResult(5));
    assert.equal(await f.result(1000), 5);
  });

  it('an error set on the future comes back from result() and exception()', async () => {
    const f = running();
    const err = new RangeError('bad');
    f.setException(err);
    await assert.rejects(f.result(), (e) => e === err);
    assert.equal(await f.exception(), err);
  });

  it('setting a result on a done future is an InvalidStateError', () => {
    const f = running();
    f.setResult(1);
    assert.throws(() => f.setResult(2), InvalidStateError);
    assert.throws(() => f.setException(new Error('x')), InvalidStateError);
    const c = new Future();
    c.cancel();
    assert.throws(() => c.setResult(1), InvalidStateError);
  });

  it('done-callbacks run in order, at once when already done; one that throws is reported', async () => {
    const f = running();
    const calls: string[] = [];
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      f.addDoneCallback(() => calls.push('a'));
      f.addDoneCallback(() => {
        throw new Error('callback b broke');
      });
      f.addDoneCallback((g) => calls.push(`c:${g === f}`));
      assert.equal(calls.length, 0, 'not called before done');
      f.setResult(3);
      assert.deepEqual(calls, ['a', 'c:true'], 'the throw did not stop c');
      f.addDoneCallback(() => calls.push('d'));
      assert.deepEqual(calls, ['a', 'c:true', 'd'], 'added when done: called at once');
      await sleep(10); // warnings are emitted on the next tick
      assert.equal(warnings.length, 1);
      assert.equal(warnings[0]!.name, 'FutureCallbackError');
      assert.match(warnings[0]!.message, /callback b broke/);
    } finally {
      process.off('warning', onWarning);
    }
    const cancelled = new Future();
    let seen = '';
    cancelled.addDoneCallback((g) => {
      seen = g.state;
    });
    cancelled.cancel();
    assert.equal(seen, 'cancelled', 'cancel() runs the callbacks too');
  });
});

describe('asCompleted', () => {
  it('yields done futures first, then in completion order, each once', async () => {
    const [a, b, c] = [running(), running(), running()];
    b.setResult(2);
    later(60, () => a.setResult(1));
    later(20, () => c.setResult(3));
    const seen: Future<number>[] = [];
    for await (const f of asCompleted([a, b, c, b, a])) seen.push(f);
    assert.deepEqual(seen, [b, c, a]);
  });

  it('rejects with TimeoutError saying how many are unfinished', async () => {
    const [a, b, c] = [running(), running(), running()];
    a.setResult(1);
    const seen: Future<number>[] = [];
    const t0 = performance.now();
    await assert.rejects(
      (async () => {
        for await (const f of asCompleted([a, b, c], 50)) seen.push(f);
      })(),
      (e: unknown) => e instanceof TimeoutError && e.message === '2 (of 3) futures unfinished',
    );
    assert.ok(performance.now() - t0 >= 45);
    assert.deepEqual(seen, [a]);
  });
});

describe('wait', () => {
  it('ALL_COMPLETED (default) returns when all are done', async () => {
    const [a, b] = [running(), running()];
    later(10, () => a.setResult(1));
    later(40, () => b.setResult(2));
    const { done, notDone } = await wait([a, b]);
    assert.deepEqual([done.size, notDone.size], [2, 0]);
  });

  it('FIRST_COMPLETED returns after the first; at once if one is already done', async () => {
    const [a, b] = [running(), running()];
    later(20, () => a.setResult(1));
    const r = await wait([a, b], { returnWhen: FIRST_COMPLETED });
    assert.deepEqual([[...r.done], [...r.notDone]], [[a], [b]]);
    const again = await wait([a, b], { returnWhen: FIRST_COMPLETED, timeout: 0 });
    assert.deepEqual([...again.done], [a]);
  });

  it('FIRST_EXCEPTION returns on the first error, or when all are done without one', async () => {
    const [ok, bad, slow] = [running(), running(), running()];
    later(10, () => ok.setResult(1));
    later(30, () => bad.setException(new Error('x')));
    const r = await wait([ok, bad, slow], { returnWhen: FIRST_EXCEPTION });
    assert.deepEqual(
      [...r.done].sort((x, y) => x.id - y.id),
      [ok, bad],
    );
    assert.deepEqual([...r.notDone], [slow]);
    const [p, q] = [running(), running()];
    later(10, () => p.setResult(1));
    later(20, () => q.setResult(2));
    const all = await wait([p, q], { returnWhen: FIRST_EXCEPTION });
    assert.equal(all.done.size, 2);
  });

  it('never rejects on timeout: returns what is done so far', async () => {
    const [a, b] = [running(), running()];
    a.setResult(1);
    const r = await wait([a, b], { timeout: 30 });
    assert.deepEqual([[...r.done], [...r.notDone]], [[a], [b]]);
    await assert.rejects(wait([a], { returnWhen: 'SOON' as never }), RangeError);
  });
});
