/**
 * Part `manager` (material §1.2 "managers"): one manager process owns a dict and a list; several
 * client processes update them through requests over a Unix socket, and the final state is exact
 * because each update is one request. Beside it, each client's own copy of the counter shows why
 * one owner is needed, and CPython's Manager (./manager-cpython.ts) shows why one request matters.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { perSecond } from '../../measure/stats.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { measure, message, numbers } from './events.js';
import { text } from './manager.text.js';
import { managerInCpython } from './manager-cpython.js';
import { messagesPerProducer, producers } from './options.js';
import { record } from './results.js';

interface ClientDone {
  pid: number;
  local: number;
  requests: number;
  ms: number;
  median: number;
  p99: number;
  samples: { to: number; bytes: number; ms: number }[];
}

interface State {
  pid: number;
  dict: Record<string, number>;
  listLength: number;
  head: string[];
  ordered: boolean;
}

export async function manager(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const n = producers(ctx);
  const u = messagesPerProducer(ctx);
  // A private directory for the socket, removed at the end however the lesson ends.
  const dir = mkdtempSync(join(tmpdir(), `proc-lab-ipc-${process.pid}-`));
  const undo = ctx.children.onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'manager.sock');
  try {
    const boss = ctx.demo('ipc-manager', [path]);
    await waitMessage(boss, 'listening');
    const clients = Array.from({ length: n }, () =>
      ctx.demo('ipc-manager-client', [path, String(u)]),
    );
    await Promise.all(clients.map((c) => waitMessage(c, 'ready')));
    out.say(text.intro, {
      manager: boss.pid!,
      n,
      pids: numbers(clients.map((c) => c.pid!)),
      u,
      path,
    });
    const t0 = performance.now();
    const done = clients.map((c) => waitMessage<ClientDone>(c, 'done'));
    for (const c of clients) c.send({ type: 'go' });
    const results = await Promise.all(done);
    const elapsed = performance.now() - t0;
    const stateP = waitMessage<State>(boss, 'state');
    boss.send({ type: 'state' });
    const state = await stateP;
    for (const c of [boss, ...clients]) c.send({ type: 'bye' });
    await Promise.all([boss, ...clients].map(waitExit));

    for (const r of results) {
      for (const s of r.samples) {
        message(out, { from: r.pid, to: s.to, channel: 'manager', bytes: s.bytes, ms: s.ms });
      }
    }
    const expected = n * u;
    const counter = state.dict.counter ?? 0;
    out.event('manager-state', {
      pid: state.pid,
      counter,
      expected,
      listLength: state.listLength,
      ordered: state.ordered,
      copies: results.map((r) => ({ pid: r.pid, counter: r.local })),
    });
    out.say(text.withoutIntro);
    for (const r of results) out.fact(text.copy, { pid: r.pid, value: r.local });
    out.fact(n > 1 ? text.copyMain : text.copyMainOne, { pid: process.pid, expected });
    out.say(text.withIntro);
    out.fact(text.counter, { pid: state.pid, counter, expected });
    out.fact(text.list, {
      length: state.listLength,
      expected,
      head: state.head.join(', '),
      ordered: state.ordered ? text.yes : text.no,
    });
    const requests = results.reduce((sum, r) => sum + r.requests, 0);
    const rate = perSecond(requests, elapsed);
    const median = results.reduce((s, r) => s + r.median, 0) / results.length;
    const p99 = Math.max(...results.map((r) => r.p99));
    out.fact(text.rtt, {
      requests,
      ms: ms(elapsed),
      rate: Math.round(rate).toLocaleString('en'),
      median: ms(median),
      p99: ms(p99),
    });
    measure(out, 'manager-requests', requests, 'requests');
    measure(out, 'manager-throughput', rate, 'requests/s');
    measure(out, 'manager-rtt-median', median, 'ms');
    measure(out, 'manager-rtt-p99', p99, 'ms');
    record('manager', { latencyMs: median, perSecond: rate });
    out.say(text.explain);
  } finally {
    undo();
    rmSync(dir, { recursive: true, force: true });
  }
  await managerInCpython(ctx, n, u);
}
