/**
 * The strace parser and the model on recorded strace lines (from real runs of the material's
 * Pool program and a shell): threads told from processes by CLONE_THREAD, split syscalls joined,
 * a child's early lines held until its clone() returns, output bytes unescaped.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { Attribution } from '../src/trace/attribute.js';
import type { TraceEvent } from '../src/trace/events.js';
import { TraceModel, ZOMBIE_MS } from '../src/trace/model.js';
import { ProcSource, PsSource, parsePs } from '../src/trace/sources.js';
import { cString, StraceParser } from '../src/trace/strace-parse.js';

function parse(lines: string[], tracer = 100) {
  const events: TraceEvent[] = [];
  const model = new TraceModel({ emit: (e) => events.push(e), adopter: 1 });
  const p = new StraceParser(
    {
      start: (pid, ppid, t) => model.start(pid, ppid, t),
      exec: (pid, argv, t) => model.exec(pid, argv, t),
      exit: (pid, code, signal, t) => model.exit(pid, code, signal, t),
      reaped: (pid, by, t) => model.reaped(pid, by, t),
      write: (pid, fd, data, t) => model.output(pid, fd === 1 ? 'stdout' : 'stderr', data, t),
    },
    tracer,
  );
  for (const l of lines) {
    p.line(l);
  }
  p.end();
  return { events, model };
}

const THREAD =
  'clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7f, parent_tid=0x7f, exit_signal=0, stack=0x7f, stack_size=0x7fff80, tls=0x7f} => {parent_tid=[202]}, 88) = 202';
const FORK =
  'clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f) = ';

describe('strace parser', () => {
  it('unescapes C strings byte by byte (UTF-8 in octal, \\n, \\")', () => {
    assert.equal(cString('\\344\\270\\273pid:\\n\\"x\\"').toString('utf8'), '主pid:\n"x"');
  });

  it('a thread is not a process: its wait4 reaps for its process, its exit is not an exit', () => {
    const { events, model } = parse([
      '200  1000.000000 execve("/usr/bin/python3", ["python3", "-u", "pool.py"], 0x7ffd /* 39 vars */) = 0',
      `200  1000.010000 ${FORK}201`,
      `200  1000.020000 ${THREAD}`,
      '201  1000.030000 write(1, "in the process", 14) = 14',
      '202  1000.031000 wait4(201,  <unfinished ...>',
      '201  1000.032000 write(1, " 201\\n", 5) = 5',
      '201  1000.040000 exit_group(0)   = ?',
      '201  1000.041000 +++ exited with 0 +++',
      '202  1000.200000 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 201',
      '202  1000.300000 +++ exited with 0 +++',
      '200  1000.400000 +++ exited with 0 +++',
    ]);
    assert.deepEqual(
      model.records().map((r) => r.pid),
      [200, 201],
    );
    const reaped = events.find((e) => e.event === 'reaped');
    assert.deepEqual(reaped, { event: 'reaped', t: 1000200, pid: 201, by: 200, zombieMs: 159 });
    const zombie = events.find((e) => e.event === 'zombie');
    assert.ok(zombie && 159 >= ZOMBIE_MS, 'a zombie for 159 ms is reported');
    const out = events.filter((e) => e.event === 'output');
    assert.deepEqual(out, [
      { event: 'output', t: 1000032, pid: 201, stream: 'stdout', line: 'in the process 201' },
    ]);
    assert.equal(events.filter((e) => e.event === 'proc-exit').length, 2);
  });

  it("a child's lines that come before its parent's clone() returns wait for it", () => {
    const { events } = parse([
      '300  5.000000 execve("/bin/sh", ["sh", "-c", "sleep 1 & exit 3"], 0x1 /* 2 vars */) = 0',
      '300  5.001000 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>',
      '301  5.002000 execve("/bin/sleep", ["sleep", "1"], 0x2 /* 2 vars */) = 0',
      '300  5.003000 <... clone resumed>, child_tidptr=0x7f) = 301',
      '300  5.004000 exit_group(3)   = ?',
      '300  5.005000 +++ exited with 3 +++',
      '301  6.005000 +++ killed by SIGTERM +++',
    ]);
    const names = events.map((e) => `${e.event}:${'pid' in e ? e.pid : ''}`);
    assert.deepEqual(names, [
      'proc-start:300',
      'exec:300',
      'proc-start:301',
      'exec:301',
      'proc-exit:300',
      'reparent:301',
      'proc-exit:301',
    ]);
    const start = events.find((e) => e.event === 'proc-start' && e.pid === 301);
    assert.deepEqual(start, { event: 'proc-start', t: 5003, pid: 301, ppid: 300 });
    const exit = events.find((e) => e.event === 'proc-exit' && e.pid === 301);
    assert.deepEqual(exit, {
      event: 'proc-exit',
      t: 6005,
      pid: 301,
      code: null,
      signal: 'SIGTERM',
    });
    const root = events.find((e) => e.event === 'proc-start' && e.pid === 300);
    assert.equal(root && 'ppid' in root ? root.ppid : undefined, 100, 'the root is strace’s child');
  });
});

describe('the ps table source', () => {
  it('reads ps -A -o pid=,ppid=,stat=,args= lines, leaving out the ps that printed them', () => {
    const stdout = [
      '    1     0 Ss   /sbin/init',
      '  420     1 S    sh -c sleep 1; echo done',
      '  421   420 Z    [sleep] <defunct>',
      '  500   999 R    ps -A -o pid=,ppid=,stat=,args=',
      '  501   999 S+   ',
      'garbage',
    ].join('\n');
    const rows = parsePs(stdout, 999);
    assert.deepEqual([...rows.keys()], [1, 420, 421, 501]);
    assert.deepEqual(rows.get(420), {
      ppid: 1,
      state: 'S',
      comm: 'sh -c sleep 1; echo done',
      args: 'sh -c sleep 1; echo done',
    });
    assert.equal(rows.get(421)!.state, 'Z');
    assert.equal(rows.get(501)!.args, '');
  });

  it('answers for the live process table: this process and its parent', async () => {
    const ps = new PsSource();
    await ps.refresh();
    assert.equal(ps.stat(process.pid)?.ppid, process.ppid);
    assert.ok(ps.children(process.ppid).includes(process.pid));
    assert.ok(ps.argv(process.pid)?.some((a) => a.includes('node')));
  });
});

describe('the /proc source', () => {
  it('tells a look after a new process from one after none could have been created', () => {
    const proc = new ProcSource();
    proc.refresh();
    assert.equal(proc.nothingCreated(), false, 'a first look has nothing to compare with');
    spawnSync('true');
    proc.refresh();
    assert.equal(proc.nothingCreated(), false, 'a process was created between the two looks');
    assert.equal(proc.stat(process.pid)?.ppid, process.ppid);
    assert.ok(proc.children(process.ppid).includes(process.pid));
    proc.close();
  });
});

describe('output attribution', () => {
  const collect = () => {
    const got: [number | null, string, string][] = [];
    const sink = {
      output: (pid: number | null, stream: string, data: Buffer) =>
        got.push([pid, stream, data.toString()]),
    };
    return { got, sink };
  };
  const targets = { stdout: 'socket:[1]', stderr: 'socket:[2]' };

  it("a whole copy keeps its writer's bytes; a cut one takes its length from the pipe", () => {
    const { got, sink } = collect();
    const a = new Attribution(sink, targets);
    // Two writers print at once: the pipe has B's bytes first, strace saw A's first.
    a.pipe('stdout', Buffer.from('BBAA'));
    a.write(7, 1, 2, 'socket:[1]', 0, Buffer.from('AA'));
    a.write(8, 1, 2, 'socket:[1]', 0, Buffer.from('BB'));
    // strace cut this one to 3 bytes of 6: the pipe has them all.
    a.write(9, 1, 6, 'socket:[1]', 0, Buffer.from('lon'));
    assert.deepEqual(got, [
      [7, 'stdout', 'AA'],
      [8, 'stdout', 'BB'],
    ]);
    a.pipe('stdout', Buffer.from('long!\n'));
    assert.deepEqual(got.at(-1), [9, 'stdout', 'long!\n']);
  });

  it('a write to another file is not output; fd 2 into our stdout pipe is stdout', () => {
    const { got, sink } = collect();
    const a = new Attribution(sink, targets);
    a.write(7, 1, 5, '/tmp/log', 0, Buffer.from('file\n'));
    a.write(7, 2, 3, 'socket:[1]', 0, Buffer.from('2>1'));
    a.pipe('stdout', Buffer.from('2>1'));
    assert.deepEqual(got, [[7, 'stdout', '2>1']]);
  });

  it('at the end, bytes no write claimed are nobody’s, a write whose bytes never came is its copy', () => {
    const { got, sink } = collect();
    const a = new Attribution(sink, targets);
    a.pipe('stderr', Buffer.from('??'));
    a.write(7, 1, 4, 'socket:[1]', 0, Buffer.from('mine'));
    a.end(1);
    assert.deepEqual(got, [
      [7, 'stdout', 'mine'],
      [null, 'stderr', '??'],
    ]);
  });
});
