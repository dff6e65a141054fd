/** Unit tests of the ipc lesson's library code: statistics, the pipe's records, the semaphore, URLs. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { HEADER, HeaderScanner, RECORD, RecordWriter } from '../src/ipc/records.js';
import { checkUrl, safeUrl } from '../src/ipc/redis.js';
import { increment, Semaphore, SLOT, SLOTS } from '../src/ipc/semaphore.js';
import { percentile, summarize } from '../src/measure/stats.js';
import { LessonFailure } from '../src/runtime/errors.js';

describe('ipc: statistics', () => {
  it('median and p99 by nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    assert.deepEqual(summarize(xs), { n: 100, median: 50, p99: 99 });
    assert.equal(percentile([7], 99), 7);
    assert.ok(Number.isNaN(percentile([], 50)));
  });
});

describe('ipc: pipe records', () => {
  it('finds every header whatever the chunking', () => {
    const w = new RecordWriter();
    const stream = Buffer.concat(
      [0, 1, 2, 3].map((seq) => w.make({ from: 42, seq, sentAt: 1000 + seq })),
    );
    assert.equal(stream.length, 4 * RECORD);
    for (const size of [1, 7, HEADER - 1, HEADER, 1000, RECORD - 3, RECORD, 3 * RECORD + 5]) {
      const scanner = new HeaderScanner(3);
      for (let i = 0; i < stream.length; i += size) scanner.push(stream.subarray(i, i + size), i);
      assert.deepEqual(
        scanner.headers.map((h) => [h.from, h.seq, h.sentAt]),
        [
          [42, 0, 1000],
          [42, 1, 1001],
          [42, 2, 1002],
        ],
        `chunks of ${size}`,
      );
    }
  });

  it('each record is a fresh buffer (a stream may still hold the previous one)', () => {
    const w = new RecordWriter();
    const a = w.make({ from: 1, seq: 0, sentAt: 0 });
    w.make({ from: 1, seq: 1, sentAt: 0 });
    assert.match(a.subarray(0, HEADER).toString('latin1'), /"seq":0/);
  });
});

describe('ipc: semaphore', () => {
  it('counts permits and blocks at zero until another thread releases', async () => {
    const shared = new SharedArrayBuffer(SLOTS * 4);
    const sem = new Semaphore(shared, SLOT.lock).init(2);
    sem.acquire();
    sem.acquire();
    assert.equal(sem.permits, 0);
    // A thread releases after 100 ms; until then the main thread sleeps inside acquire().
    const code = `const { workerData } = require('node:worker_threads');
      const cell = new Int32Array(workerData, ${SLOT.lock * 4}, 1);
      setTimeout(() => { Atomics.add(cell, 0, 1); Atomics.notify(cell, 0, 1); }, 100);`;
    const w = new Worker(code, { eval: true, workerData: shared });
    const t0 = performance.now();
    sem.acquire();
    const waited = performance.now() - t0;
    await w.terminate();
    assert.ok(waited >= 50, `acquire waited ${waited.toFixed(1)} ms`);
    assert.equal(sem.permits, 0);
    sem.release();
    assert.equal(sem.permits, 1);
  });

  it('increment: exact with the semaphore and with Atomics.add in one thread', () => {
    for (const mode of ['none', 'semaphore', 'atomics-add'] as const) {
      const shared = new SharedArrayBuffer(SLOTS * 4);
      new Semaphore(shared, SLOT.lock).init(1);
      increment(shared, mode, 1000);
      assert.equal(new Int32Array(shared)[SLOT.counter], 1000, mode);
    }
  });
});

describe('ipc: Redis URLs', () => {
  it('accepts redis:// and rediss:// URLs, rejects the rest with a bilingual LessonFailure', () => {
    assert.equal(checkUrl('redis://127.0.0.1:6379/0').hostname, '127.0.0.1');
    assert.equal(checkUrl('rediss://user:pw@example.org').hostname, 'example.org');
    for (const bad of ['', 'localhost:6379', 'http://127.0.0.1:6379', 'redis://', 'redis://h:0']) {
      assert.throws(
        () => checkUrl(bad),
        (err: unknown) => err instanceof LessonFailure && /Redis/.test(err.text.zh),
        bad,
      );
    }
  });

  it('hides the password when printing a URL', () => {
    assert.equal(safeUrl('redis://u:secret@h:1/2'), 'redis://u:***@h:1/2');
  });
});
