/**
 * The library's API at the call: clear TypeErrors for the usual mistakes (a function instead of
 * its name, arguments not in an array, a misspelt name, a module path), Python's starmap and
 * map(fn, *iterables), `await using`, and task names typed from the module.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ProcessPoolExecutor, ThreadPoolExecutor } from '../src/executor/index.js';
import { Pool } from '../src/pool/index.js';
import { children } from '../src/runtime/children.js';
import * as fixtures from './fixtures/tasks.js';
import { stateOf } from './helpers/cli.js';

type Tasks = typeof import('./fixtures/tasks.js');
const module = new URL('./fixtures/tasks.js', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'proc-lab-api-'));

after(async () => {
  await children.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

function project(type: string | undefined, source: string): string {
  const where = mkdtempSync(join(dir, 'p-'));
  writeFileSync(join(where, 'package.json'), JSON.stringify(type ? { type } : { name: 'x' }));
  writeFileSync(join(where, 'tasks.js'), source);
  return join(where, 'tasks.js');
}

describe('mistakes are TypeErrors at the call', () => {
  it('Pool: a function instead of its name, arguments not in an array, a misspelt name', async () => {
    const p = new Pool({ processes: 1, module });
    assert.throws(
      () => p.applyAsync(fixtures.echo as never, [1]),
      (e: Error) => e instanceof TypeError && /as a string \(e\.g\. 'echo'\)/.test(e.message),
    );
    await assert.rejects(
      p.apply('echo', 1 as never),
      /arguments go in an array, e\.g\. \[1, 2\]; got number 1/,
    );
    assert.throws(
      () => p.applyAsync('ech' as never),
      /exports no function 'ech' \(it exports: .*\becho\b/,
    );
    await assert.rejects(p.map('echo', 5 as never), /items must be iterable/);
    assert.throws(() => p.imap('ech' as never, [1]), TypeError);
    assert.throws(
      () => new Pool({ module, initializer: 'nit' }),
      /initializer: .* no function 'nit'/,
    );
    assert.equal(await p.apply('add', [1, 2]), 3, 'the pool is unharmed');
    await p[Symbol.asyncDispose]();
  });

  it('executors: the same checks, before any worker has started', () => {
    for (const ex of [new ProcessPoolExecutor({ module }), new ThreadPoolExecutor({ module })]) {
      assert.throws(() => ex.submit(fixtures.add as never, 1, 2), /as a string \(e\.g\. 'add'\)/);
      assert.throws(() => ex.submit('ad' as never), /exports no function 'ad'/);
      assert.throws(() => ex.map('add', 3 as never), /must be iterable/);
      assert.deepEqual(ex.workers, [], 'no worker was started by a refused call');
    }
  });

  it('a module path is resolved against the current directory; a missing one is named', async () => {
    const cwd = process.cwd();
    process.chdir(new URL('.', import.meta.url).pathname);
    try {
      const p = new Pool({ processes: 1, module: './fixtures/tasks.js' });
      assert.equal(await p.apply('add', [2, 3]), 5);
      await p[Symbol.asyncDispose]();
      assert.throws(
        () => new ProcessPoolExecutor({ module: './fixtures/nope.js' }),
        (e: Error) =>
          e instanceof TypeError && e.message.includes(join(process.cwd(), 'fixtures', 'nope.js')),
      );
    } finally {
      process.chdir(cwd);
    }
    assert.throws(() => new Pool({ module: 42 as never }), /'module' names the file/);
  });

  it('an ES module in a "type": "commonjs" package is refused with what to change', async () => {
    const esm = project('commonjs', 'export const add = (a, b) => a + b;\n');
    assert.throws(() => new Pool({ module: esm }), /add "type": "module" to your package\.json/);
    // A CommonJS task module works; its names are checked once a worker has loaded it.
    const cjs = project('commonjs', 'exports.add = (a, b) => a + b;\n');
    const p = new Pool({ processes: 1, module: cjs });
    assert.equal(await p.apply('add', [2, 5]), 7);
    assert.throws(() => p.applyAsync('ad'), /exports no function 'ad' \(it exports: add\)/);
    await p[Symbol.asyncDispose]();
  });
});

describe("the API Python's users know", () => {
  it('Pool.starmap and starmapAsync call fn(...args) for each argument list', async () => {
    const p = new Pool({ processes: 2, module });
    assert.deepEqual(
      await p.starmap('add', [
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
      [3, 7, 11],
    );
    let called: unknown;
    const r = p.starmapAsync(
      'add',
      [
        [1, 1],
        [2, 2],
      ],
      {
        chunksize: 1,
        callback: (v) => {
          called = v;
        },
      },
    );
    assert.deepEqual(await r.get(), [2, 4]);
    assert.deepEqual(called, [2, 4]);
    assert.deepEqual(await p.starmap('add', []), []);
    await p[Symbol.asyncDispose]();
  });

  for (const Kind of [ProcessPoolExecutor, ThreadPoolExecutor]) {
    it(`${Kind.name}.map(fn, ...iterables): the shortest ends it; options may follow`, async () => {
      const ex = new Kind({ maxWorkers: 2, module });
      const got: unknown[] = [];
      for await (const v of ex.map('add', [1, 2, 3], new Set([10, 20]))) got.push(v);
      assert.deepEqual(got, [11, 22]);
      const chunked: unknown[] = [];
      for await (const v of ex.map('add', [1, 2, 3], [1, 1, 1, 1], {
        chunksize: 2,
        timeout: 10_000,
      }))
        chunked.push(v);
      assert.deepEqual(chunked, [2, 3, 4]);
      await ex[Symbol.asyncDispose]();
    });
  }

  it('await using closes and joins a Pool, and shuts an executor down, at the end of the block', async () => {
    let pids: number[] = [];
    let late: Promise<unknown>;
    {
      await using p = new Pool({ processes: 2, module });
      pids = p.pids;
      late = p.applyAsync('nap', [200, 'finished']).get();
    }
    assert.equal(await late, 'finished', 'the task submitted in the block finished');
    assert.deepEqual(
      pids.filter((pid) => stateOf(pid) !== undefined),
      [],
      'every worker reaped',
    );
    let workers: number[] = [];
    {
      await using ex = new ProcessPoolExecutor({ maxWorkers: 1, module });
      assert.equal(await ex.submit('add', 1, 1).result(), 2);
      workers = ex.workers.map((w) => w.pid);
    }
    assert.deepEqual(
      workers.filter((pid) => stateOf(pid) !== undefined),
      [],
    );
  });

  it('task names, arguments and results are typed from the module', async () => {
    // Checked by tsc when the tests are built: each @ts-expect-error must be a real type error.
    const p = new Pool<Tasks>({ processes: 1, module });
    const sum: number = await p.apply('add', [1, 2]);
    const many: number[] = await p.starmap('add', [[1, 2]]);
    // @ts-expect-error: 'ad' is not a function the module exports
    assert.throws(() => p.applyAsync('ad', [1, 2]), TypeError);
    // @ts-expect-error: add takes numbers
    await p.apply('add', ['1', 2]);
    const ex = new ThreadPoolExecutor<Tasks>({ maxWorkers: 1, module });
    const f = ex.submit('add', 2, 3);
    const five: number = await f.result();
    // @ts-expect-error: 'nope' is not exported
    assert.throws(() => ex.submit('nope'), TypeError);
    assert.deepEqual([sum, many, five], [3, [3], 5]);
    await ex.shutdown();
    await p[Symbol.asyncDispose]();
  });
});
