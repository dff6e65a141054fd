/**
 * `proc-lab trace` on programs that end badly or never: a signal, a missing command, a fork bomb,
 * a timeout, an orphan, Ctrl-C, and no strace on PATH. After each, nothing may be left.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { interruptAt, run } from './helpers/cli.js';
import {
  hasStrace,
  linux,
  named,
  nothingLeft,
  observer,
  python,
  summary,
  traceWith,
} from './helpers/trace.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'proc-lab-trace-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('trace: exit codes and usage', { skip: !linux && 'Linux only' }, () => {
  it('a command that does not exist: 127 and one line, nothing started', async () => {
    const r = await run(['trace', '--json', '--', 'no-such-command-proc-lab']);
    assert.equal(r.code, 127);
    // --json carries only the failure itself, as an `error` event (nothing ran, so nothing else).
    assert.deepEqual(
      r.events.map((e) => [e.event, e.code]),
      [['error', 127]],
    );
    assert.match(r.stderr, /^proc-lab: .*command not found: no-such-command-proc-lab.*\n$/);
    assert.ok(r.ms < 10_000);
  });

  it('a file that cannot be run: 126', async () => {
    const file = join(dir, 'not-executable.sh');
    writeFileSync(file, '#!/bin/sh\necho hi\n');
    chmodSync(file, 0o644);
    const r = await run(['trace', '--json', '--', file]);
    assert.equal(r.code, 126);
    assert.match(r.stderr, /not executable/);
  });

  it('no command, or a bad option value: usage errors, exit 2', async () => {
    const bare = await run(['trace', '--json']);
    assert.equal(bare.code, 2);
    assert.match(bare.stderr, /no command to trace/);
    const bad = await run(['trace', '--observer', 'gdb', '--', 'true']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--observer must be one of auto, strace, proc, ps/);
  });

  for (const kind of ['strace', 'proc', 'ps']) {
    it(`${kind}: the program's own exit code, and 128+N when signal N ends it`, {
      skip: kind === 'strace' && !hasStrace,
    }, async () => {
      const own = await traceWith(kind, ['sh', '-c', 'exit 7']);
      assert.equal(own.code, 7, own.stderr);
      assert.equal(summary(own).exitCode, 7);
      const killed = await traceWith(kind, ['sh', '-c', 'kill -TERM $$']);
      assert.equal(killed.code, 128 + 15, killed.stderr);
      const root = named(killed, 'proc-start')[0]!.pid;
      const exit = named(killed, 'proc-exit').find((e) => e.pid === root)!;
      assert.deepEqual([exit.code, exit.signal], [null, 'SIGTERM']);
      await nothingLeft(own);
      await nothingLeft(killed);
    });
  }
});

describe('trace: polling at the program’s end', { skip: !linux && 'Linux only' }, () => {
  for (const kind of ['proc', 'ps']) {
    it(`${kind}: a child the program waited for just before it ended is not taken for one left running`, async () => {
      const r = await traceWith(kind, ['sh', '-c', 'sleep 0.3 & wait']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(summary(r).leftBehind, 0, JSON.stringify(r.events));
      const [root, sleep] = named(r, 'proc-start').map((e) => e.pid);
      assert.equal(named(r, 'reaped').find((e) => e.pid === sleep)?.by, root);
      await nothingLeft(r);
    });
  }
});

describe('trace: nothing escapes', {
  skip: (!linux && 'Linux only') || (!python && 'no python3'),
}, () => {
  for (const kind of ['strace', 'proc', 'ps']) {
    it(`${kind}: a Node program orphans a child: re-parented to the subreaper, then ended`, {
      skip: kind === 'strace' && !hasStrace,
    }, async () => {
      const r = await traceWith(kind, [process.execPath, fixture('orphan-maker.mjs'), '20000']);
      assert.equal(r.code, 0, r.stderr);
      const sub = observer(r).subreaper!;
      const said = named(r, 'output').find((e) => String(e.line).startsWith('orphan '));
      const orphan = Number(String(said?.line).split(' ')[1]);
      const born = named(r, 'proc-start').find((e) => e.pid === orphan);
      // Under load a poll can come after the parent has already gone: the orphan is then first
      // seen under the subreaper, and its re-parenting itself was not observed.
      const missed = kind !== 'strace' && born?.ppid === sub;
      const moved = named(r, 'reparent').find((e) => e.pid === orphan);
      if (!missed) assert.equal(moved?.to, sub, `re-parented to the subreaper: ${r.stdout}`);
      const exit = named(r, 'proc-exit').find((e) => e.pid === orphan)!;
      assert.equal(exit.signal, 'SIGTERM', 'proc-lab ended it');
      assert.equal(named(r, 'reaped').find((e) => e.pid === orphan)?.by, sub);
      const s = summary(r);
      // Node runs many threads; only two processes.
      assert.deepEqual([s.processes, s.orphans, s.leftBehind], [2, missed ? 0 : 1, 1]);
      assert.ok(r.ms < 15_000, 'ended at once, not after the orphan’s 20 s');
      await nothingLeft(r);
    });
  }

  it('a fork bomb is stopped by --max-procs with a clear line, exit 1, nothing left', async () => {
    const r = await run([
      'trace',
      '--json',
      '--max-procs',
      '20',
      '--',
      python!,
      fixture('fork-bomb.py'),
    ]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /more than 20 processes alive at once \(--max-procs 20\)/);
    const s = summary(r);
    assert.equal(s.stopped, 'max-procs');
    assert.ok(
      (s.maxAlive as number) > 20 && (s.maxAlive as number) < 200,
      `stopped early: ${s.maxAlive}`,
    );
    await nothingLeft(r);
  });

  it('--timeout ends a program that runs too long: exit 124', async () => {
    const r = await run(['trace', '--json', '--timeout', '0.5', '--', 'sleep', '30']);
    assert.equal(r.code, 124, r.stderr);
    assert.equal(summary(r).stopped, 'timeout');
    assert.ok(r.ms < 10_000);
    await nothingLeft(r);
  });

  it('Ctrl-C while the material’s zombie exists: exit 130, nothing left', async () => {
    const r = await interruptAt(['trace', '--json', '--material', 'zombie'], 'zombie');
    assert.equal(summary(r).stopped, 'interrupted');
    await nothingLeft(r);
  });

  it('no python3 (so no subreaper to start strace): the /proc observer, and said', async () => {
    const r = await run(['trace', '--json', '--', 'sh', '-c', 'exit 4'], {
      env: { PROC_LAB_PYTHON: join(dir, 'no-python') },
    });
    assert.equal(r.code, 4, r.stderr);
    assert.deepEqual([observer(r).kind, observer(r).subreaper], ['proc', null]);
    assert.match(r.stderr, /strace is started by proc-lab's subreaper, which needs python3/);
    await nothingLeft(r);
  });

  it('no python3: an orphan born between two polls still ends with the trace, and it is said', async () => {
    // The subshell forks sleep and exits at once: the orphan may never be seen by a poll.
    const r = await run(
      ['trace', '--json', '--', 'sh', '-c', '(sleep 30 >/dev/null 2>&1 &); exit 0'],
      {
        env: { PROC_LAB_PYTHON: join(dir, 'no-python') },
      },
    );
    assert.equal(r.code, 0, r.stderr);
    assert.equal(observer(r).subreaper, null);
    assert.match(r.stderr, /still in the program's process group when it ended/);
    await nothingLeft(r);
  });

  it('strace absent from PATH: the /proc observer is used, and said', async () => {
    const r = await run(['trace', '--json', '--', '/bin/sh', '-c', 'exit 0'], {
      env: { PATH: dir, PROC_LAB_PYTHON: python! },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(observer(r).kind, 'proc');
    assert.match(r.stderr, /no usable strace \(not installed\); reading \/proc every 10 ms/);
    await nothingLeft(r);
  });
});

describe('trace: the output, whole and by writer', {
  skip: (!linux && 'Linux only') || (!hasStrace && 'strace') || (!python && 'no python3'),
}, () => {
  it('strace: a 20,000-byte write arrives whole, fd 1 pointed at a file is not output, each line by its PID', async () => {
    const file = join(dir, 'redirected.txt');
    const script = [
      'import os, sys',
      "sys.stdout.write('x' * 20000 + '\\n'); sys.stdout.flush()",
      'pid = os.fork()',
      'if pid == 0:',
      "    print('child', os.getpid(), flush=True); os._exit(0)",
      'os.waitpid(pid, 0)',
      // fd 1 itself pointed at a file for one write, as `> file` does: not the program's output
      `fd = os.open(${JSON.stringify(file)}, os.O_WRONLY | os.O_CREAT); saved = os.dup(1)`,
      "os.dup2(fd, 1); os.write(1, b'to the file\\n'); os.dup2(saved, 1)",
      "print('err', os.getpid(), file=sys.stderr, flush=True)",
    ].join('\n');
    const r = await run(['trace', '--json', '--observer', 'strace', '--', 'python3', '-c', script]);
    assert.equal(r.code, 0, r.stderr);
    const out = named(r, 'output');
    const root = named(r, 'proc-start')[0]!.pid;
    const big = out.find((e) => String(e.line).startsWith('x'));
    assert.equal(String(big?.line).length, 20000, 'not cut at strace -s');
    assert.equal(big?.pid, root);
    const child = out.find((e) => String(e.line).startsWith('child '));
    assert.equal(child?.pid, Number(String(child?.line).split(' ')[1]), 'the child wrote it');
    const err = out.find((e) => String(e.line).startsWith('err '));
    assert.deepEqual([err?.pid, err?.stream], [root, 'stderr']);
    assert.ok(!out.some((e) => String(e.line).includes('to the file')), 'a file is not output');
    await nothingLeft(r);
  });
});
