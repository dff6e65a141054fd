/**
 * Arguments and results cross by the structured clone algorithm in both executors and the Pool
 * alike: NaN, undefined, BigInt, Date, Map, Set and typed arrays round-trip; a value that cannot
 * be cloned rejects that one task with a TypeError and the pool goes on.
 */
import assert from 'node:assert/strict';
import { Socket } from 'node:net';
import { after, describe, it } from 'node:test';
import { ProcessPoolExecutor, ThreadPoolExecutor } from '../src/executor/index.js';
import { Pool } from '../src/pool/index.js';
import { children } from '../src/runtime/children.js';

const module = new URL('./fixtures/tasks.js', import.meta.url);

after(() => children.cleanup());

const values: [string, unknown][] = [
  ['NaN', Number.NaN],
  ['undefined', undefined],
  ['BigInt', 10n],
  ['Date', new Date(86_400_000)],
  [
    'Map',
    new Map<unknown, unknown>([
      [1, 'a'],
      ['k', { deep: [1n] }],
    ]),
  ],
  ['Set', new Set([1, 'two', 3n])],
  ['Uint8Array', new Uint8Array([1, 2, 255])],
  ['Float64Array', new Float64Array([0.5, Number.NaN, -0])],
  ['nested', { a: [undefined, Number.NaN, { b: new Map([[2n, new Set([new Date(0)])]]) }] }],
];

interface Side {
  call(fn: string, ...args: unknown[]): Promise<unknown>;
  end(): Promise<void>;
}

const sides: Record<string, () => Side> = {
  Pool: () => {
    const p = new Pool({ processes: 2, module });
    return {
      call: (fn, ...args) => p.apply(fn, args),
      end: async () => {
        p.close();
        await p.join();
      },
    };
  },
  ProcessPoolExecutor: () => {
    const ex = new ProcessPoolExecutor({ maxWorkers: 2, module });
    return { call: (fn, ...args) => ex.submit(fn, ...args).result(), end: () => ex.shutdown() };
  },
  ThreadPoolExecutor: () => {
    const ex = new ThreadPoolExecutor({ maxWorkers: 2, module });
    return { call: (fn, ...args) => ex.submit(fn, ...args).result(), end: () => ex.shutdown() };
  },
};

for (const [name, make] of Object.entries(sides)) {
  describe(`${name}: values cross by structured clone`, () => {
    it('NaN, undefined, BigInt, Date, Map, Set and typed arrays come back as sent', async () => {
      const side = make();
      for (const [what, v] of values) assert.deepStrictEqual(await side.call('echo', v), v, what);
      // Several at once, so they travel together in one message to a worker and back.
      const all = await Promise.all(values.map(([, v]) => side.call('echo', v)));
      assert.deepStrictEqual(
        all,
        values.map(([, v]) => v),
      );
      await side.end();
    });

    it('an argument or result that cannot be cloned rejects that task with a TypeError; the rest go on', async () => {
      const side = make();
      const socket = new Socket();
      const [fnArg, ok, sockArg, result] = await Promise.allSettled([
        side.call('echo', () => 1),
        side.call('echo', 7n),
        side.call('add', 1, socket),
        side.call('giveFunction'),
      ]);
      assert.equal(ok.status === 'fulfilled' && ok.value, 7n);
      for (const [r, re] of [
        [fnArg, /argument 1 \(a function\) of 'echo'/],
        [sockArg, /argument 2 \(a Socket\) of 'add'/],
        [result, /value 'giveFunction' returned \(a function\)/],
      ] as const) {
        assert.equal(r.status, 'rejected');
        const err = (r as PromiseRejectedResult).reason;
        assert.ok(err instanceof TypeError, String(err));
        assert.match(err.message, re);
        assert.match(err.message, /structured clone/);
      }
      assert.equal(await side.call('add', 2, 3), 5, 'the pool goes on');
      socket.destroy();
      await side.end();
    });
  });
}
