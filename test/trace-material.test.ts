/**
 * `proc-lab trace --material`: the material's own Python programs, run as written, seen by both
 * observers side by side (the two traces run at the same time), and compared.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Event, run } from './helpers/cli.js';
import {
  hasStrace,
  linux,
  named,
  nothingLeft,
  observer,
  python,
  summary,
} from './helpers/trace.js';

/** The two observers on the same program at the same time, and the prose screen beside them. */
async function both(args: string[]) {
  const prose = run(['trace', '--lang', 'en', ...args], { timeoutMs: 90_000 });
  const runs = await Promise.all(
    (['strace', 'proc'] as const).map((kind) =>
      run(['trace', '--json', '--observer', kind, ...args], { timeoutMs: 90_000 }),
    ),
  );
  return { runs, prose: await prose };
}

describe('trace --material', {
  skip:
    (!linux && 'Linux only') ||
    (!hasStrace && 'strace is not installed') ||
    (!python && 'no python3'),
}, () => {
  it('zombie: both observers see the child a zombie for about the parent’s 30 s sleep, reaped by the subreaper after it is re-parented', async () => {
    const { runs, prose } = await both(['--material', 'zombie']);
    assert.equal(prose.code, 0, prose.stderr);
    const said = prose.stdout.replace(/\s*\n\s*/g, ' '); // explanations are wrapped to 80 columns
    assert.match(
      said,
      /PID \d+ was a zombie for (29|30)\.\d+ s: its parent \d+ never called wait\(\), and the zombie went when the parent exited/,
    );
    assert.match(said, /\(taught in: proc-lab zombie\)/);
    const lasted: number[] = [];
    for (const r of runs) {
      const kind = observer(r).kind;
      assert.equal(r.code, 0, `${kind}: ${r.stderr}`);
      const sub = observer(r).subreaper;
      assert.ok(sub, 'a subreaper');
      const zombies = named(r, 'zombie');
      assert.equal(zombies.length, 1, `${kind}: one zombie`);
      const child = zombies[0]!.pid!;
      const parent = zombies[0]!.ppid!;
      const reaped = named(r, 'reaped').find((e) => e.pid === child)!;
      assert.equal(reaped.by, sub, `${kind}: the subreaper reaped the zombie`);
      const moved = named(r, 'reparent').find((e) => e.pid === child);
      assert.deepEqual([moved?.from, moved?.to], [parent, sub], `${kind}: re-parented`);
      const ms = reaped.zombieMs as number;
      assert.ok(ms > 28_500 && ms < 32_000, `${kind}: zombie for ${ms} ms`);
      lasted.push(ms);
      const s = summary(r);
      // Re-parented as a zombie, having exited before its parent: not an orphan.
      assert.deepEqual([s.processes, s.zombies, s.orphans, s.exitCode], [2, 1, 0, 0]);
      await nothingLeft(r);
    }
    assert.ok(Math.abs(lasted[0]! - lasted[1]!) < 500, `the observers agree: ${lasted}`);
  });

  it('pool: exactly 3 worker processes, each reused for several of the 10 tasks; strace names the PID behind each output line', async () => {
    const { runs, prose } = await both(['--material', 'pool']);
    assert.equal(prose.code, 0, prose.stderr);
    const said = prose.stdout.replace(/\s*\n\s*/g, ' '); // explanations are wrapped to 80 columns
    assert.match(said, /had 3 worker processes \([\d, ]+\) alive side by side/);
    assert.match(
      said,
      /a pool, reusing those processes for every task\. \(taught in: proc-lab pool\)/,
    );
    for (const r of runs) {
      const kind = observer(r).kind;
      assert.equal(r.code, 0, `${kind}: ${r.stderr}`);
      const starts = named(r, 'proc-start');
      const root = starts[0]!.pid!;
      const workers = starts.filter((e) => e.ppid === root).map((e) => e.pid!);
      assert.equal(workers.length, 3, `${kind}: Pool(3) has 3 workers: ${JSON.stringify(starts)}`);
      // Forked, not exec'd: a worker runs the same python as its parent.
      assert.deepEqual(
        named(r, 'exec').filter((e) => workers.includes(e.pid!)),
        [],
      );
      const lines = named(r, 'output').map(
        (e) => e as Event & { line: string; pid: number | null },
      );
      const all = lines.map((l) => l.line).join('\n');
      assert.equal(all.match(/in the process/g)?.length, 10, `${kind}: ten tasks printed`);
      if (kind === 'strace') {
        // Each line is known by its writer, so the pieces of concurrent prints stay apart.
        const inProcess = lines.filter((l) => l.line.startsWith('in the process'));
        const printed = inProcess.map((l) => Number(l.line.split(' ').at(-1)));
        assert.deepEqual([...new Set(printed)].sort(), [...workers].sort(), 'tasks ran in those 3');
        for (const w of workers) assert.ok(printed.filter((p) => p === w).length >= 2, 'reused');
        for (const l of inProcess) assert.equal(l.pid, Number(l.line.split(' ').at(-1)));
        for (const l of lines.filter((x) => x.line.startsWith('-->exec done'))) {
          assert.equal(l.pid, root, 'callbacks run in the main process');
        }
      } else {
        // -u prints each piece with its own write(): through one pipe, workers' pieces interleave.
        assert.ok(
          lines.every((l) => l.pid === null),
          'polling cannot tell the writer',
        );
      }
      for (const w of workers) {
        const exit = named(r, 'proc-exit').find((e) => e.pid === w)!;
        const start = starts.find((e) => e.pid === w)!;
        assert.ok(exit.t - start.t > 5000, `${kind}: worker ${w} lived through the waves`);
      }
      assert.equal(summary(r).processes, 4);
      await nothingLeft(r);
    }
  });

  it('executor: the offline page fetch ends after the hung page times out; the pool’s workers all exit', async () => {
    const r = await run(['trace', '--json', '--material', 'executor'], { timeoutMs: 60_000 });
    assert.equal(r.code, 0, r.stderr);
    const lines = named(r, 'output').map((e) => String(e.line));
    assert.ok(
      lines.some((l) => l.includes('/hang failed')),
      lines.join('\n'),
    );
    assert.equal(lines.filter((l) => l.includes('<h1>fast</h1>')).length, 2);
    const s = summary(r);
    assert.ok((s.processes as number) >= 2, 'a main process and workers');
    assert.equal(s.leftBehind, 0, 'shutdown(wait=True) waited for every worker');
    assert.ok(r.ms > 3000, 'the hung page held the program until its timeout');
    await nothingLeft(r);
  });
});
