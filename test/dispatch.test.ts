/**
 * Tasks go to a worker only when it can start them: nothing waits behind a busy worker while
 * another is idle, and a task that never settles holds only its own worker. Same for Pool and
 * ProcessPoolExecutor, fresh or after a burst of tiny tasks (when tasks are sent ahead).
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { ProcessPoolExecutor } from '../src/executor/index.js';
import { Pool } from '../src/pool/index.js';
import { children } from '../src/runtime/children.js';

const module = new URL('./fixtures/tasks.js', import.meta.url);

after(() => children.cleanup());

interface Runner {
  /** Start a task; resolves with when it finished (ms from t0) and on which PID. */
  start(fn: string, args: unknown[]): Promise<{ ms: number; pid: number }>;
  end(): Promise<void>;
}

function poolRunner(): Runner {
  const pool = new Pool({ processes: 2, module });
  const t0 = performance.now();
  return {
    start: async (fn, args) => {
      const r = pool.applyAsync(fn, args);
      await r.get();
      return { ms: performance.now() - t0, pid: r.pid! };
    },
    end: () => pool.terminate(),
  };
}

function executorRunner(): Runner {
  const ex = new ProcessPoolExecutor({ maxWorkers: 2, module });
  const t0 = performance.now();
  return {
    start: async (fn, args) => {
      const f = ex.submit(fn, ...args);
      await f.result();
      return { ms: performance.now() - t0, pid: f.worker!.pid };
    },
    end: async () => {
      // A never-settling task would hold shutdown() forever: kill the workers instead.
      for (const w of ex.workers) process.kill(w.pid, 'SIGKILL');
      await ex.shutdown().catch(() => {});
    },
  };
}

const runners = { Pool: poolRunner, ProcessPoolExecutor: executorRunner };

for (const [name, make] of Object.entries(runners)) {
  describe(`${name}: dispatch to a worker that can start the task`, () => {
    for (const warm of [false, true]) {
      it(`one 3 s task, then four 100 ms tasks run on the idle worker, in order${warm ? ' (after a burst of tiny tasks)' : ''}`, async () => {
        const r = make();
        // A burst of no-op tasks first makes the host send tasks ahead to each worker.
        if (warm) await Promise.all(Array.from({ length: 2000 }, () => r.start('noop', [])));
        const long = r.start('nap', [3000]);
        const short = [0, 1, 2, 3].map((i) => r.start('nap', [100, i]));
        const done = await Promise.all(short);
        const t0 = done[0]!.ms - 100;
        for (let i = 1; i < 4; i++)
          assert.ok(done[i]!.ms >= done[i - 1]!.ms, 'in submission order');
        assert.equal(new Set(done.map((d) => d.pid)).size, 1, 'all four on the one idle worker');
        // Ideal: 100, 200, 300, 400 ms. Generous for a busy machine, far below the 3 s task.
        assert.ok(done[3]!.ms - t0 < 2000, `the four took ${Math.round(done[3]!.ms - t0)} ms`);
        const slow = await long;
        assert.notEqual(slow.pid, done[0]!.pid);
        assert.ok(slow.ms > done[3]!.ms);
        await r.end();
      });
    }

    it('a task that never settles holds only its own worker', async () => {
      const r = make();
      void r.start('hang', []).catch(() => {});
      const rest = await Promise.all(Array.from({ length: 6 }, (_, i) => r.start('nap', [20, i])));
      assert.equal(new Set(rest.map((d) => d.pid)).size, 1);
      // And after a burst of tiny tasks, which are sent ahead, nothing stays stuck behind it.
      const burst = await Promise.all(Array.from({ length: 500 }, () => r.start('noop', [])));
      assert.equal(burst.length, 500);
      await r.end();
    });
  });
}
