/**
 * One trace, start to end: check the command, pick the observer, start the command under the
 * subreaper, feed what the observer sees into the model, enforce --max-procs and --timeout, end
 * whatever the program left running, and answer with the events, the table and the summary.
 */

import { constants } from 'node:os';
import { fmt } from '../i18n/index.js';
import { hasProcfs } from '../proctable/index.js';
import { children } from '../runtime/children.js';
import { Attribution, pipeTargets } from './attribute.js';
import { CommandError, resolveCommand, spawnErrorCode } from './command.js';
import type { ObserverKind, StopReason, TraceEvent } from './events.js';
import { explain } from './explain.js';
import { type ControlMessage, launch, subreaperPython } from './launch.js';
import { TraceModel } from './model.js';
import { POLL_MS, ProcPoller, signalName } from './poll.js';
import { ProcSource, PS_POLL_MS, PsSource } from './sources.js';
import {
  findStrace,
  STRACE_ARGS,
  STRACE_RESOLUTION_MS,
  StraceObserver,
  straceWorks,
} from './strace.js';
import { text } from './text.js';
import type { Notice, TraceOptions, TraceReport } from './types.js';
import { TraceFailure } from './types.js';

export const DEFAULT_MAX_PROCS = 64;
/** proc-lab ended a program that ran too long: 124, as timeout(1) does. */
export const TIMEOUT_EXIT = 124;

interface Choice {
  kind: ObserverKind;
  strace?: string;
  notices: Notice[];
}

function chooseObserver(asked: TraceOptions['observer'], env: NodeJS.ProcessEnv): Choice {
  // NOTE: strace writes its trace to a pipe the subreaper makes (Node's pipes are sockets, which
  // strace cannot open by name): no python3, no subreaper, no strace.
  const strace = subreaperPython(process.env) ? findStrace(env) : undefined;
  if (!strace && findStrace(env) && asked !== 'proc' && asked !== 'ps') {
    if (asked === 'strace') throw new TraceFailure(text.straceNeedsPython);
    return fallBack(text.straceNeedsPython);
  }
  if (asked === 'strace') {
    if (!strace) throw new TraceFailure(text.straceMissing);
    const works = straceWorks(strace);
    if (!works.ok) throw new TraceFailure(fmt(text.straceBlocked, { why: works.why }));
    return { kind: 'strace', strace, notices: [] };
  }
  if (asked === 'proc' && !hasProcfs) throw new TraceFailure(text.procMissing);
  if (asked === 'proc' || asked === 'ps') return { kind: asked, notices: [] };
  if (strace) {
    const works = straceWorks(strace);
    if (works.ok) return { kind: 'strace', strace, notices: [] };
    return fallBack(fmt(text.straceBlocked, { why: works.why }));
  }
  return fallBack(text.notInstalled);
}

/** No strace to use: the polling observer, /proc where there is one, else ps, and why. */
function fallBack(why: Notice): Choice {
  const kind = hasProcfs ? 'proc' : 'ps';
  const ms = hasProcfs ? POLL_MS : PS_POLL_MS;
  const source = hasProcfs ? '/proc' : 'ps';
  return { kind, notices: [fmt(text.fellBack, { why, ms, source })] };
}

function exitCodeOf(code: number | null | undefined, signal: string | null | undefined): number {
  if (signal) return 128 + ((constants.signals as Record<string, number>)[signal] ?? 0);
  return code ?? 1;
}

export async function runTrace(
  argv: readonly string[],
  o: TraceOptions = {},
): Promise<TraceReport> {
  const env = o.env ?? process.env;
  resolveCommand(argv[0]!, env, o.cwd);
  const choice = chooseObserver(o.observer ?? 'auto', env);
  for (const n of choice.notices) o.onNotice?.(n);
  const maxProcs = o.maxProcs ?? DEFAULT_MAX_PROCS;
  const t0 = performance.now();
  const now = () => Math.round((performance.now() - t0) * 10) / 10;
  const epoch0 = performance.timeOrigin + t0;
  const events: TraceEvent[] = [];
  let stopped: StopReason | null = null;
  let spawnError: ControlMessage | undefined;
  const emit = (e: TraceEvent) => {
    events.push(e);
    o.onEvent?.(e);
    if (e.event === 'proc-start' && model.aliveCount > maxProcs && !stopped)
      stop('max-procs', true);
    if (e.event === 'proc-exit' && e.pid === model.root && model.aliveCount > 0) stop(null, false);
    // A poller may first see a process after the program has ended (born and orphaned within one
    // interval): it was left behind too, and is ended the same way.
    const rootEnded = model.root !== undefined && model.get(model.root)?.end !== undefined;
    if (e.event === 'proc-start' && e.pid !== model.root && rootEnded) {
      model.leftBehind.push(e.pid);
      stop(null, false);
    }
  };
  const model = new TraceModel({ emit });
  const observer =
    choice.kind === 'strace'
      ? new StraceObserver(model, (ms) => Math.round((ms - epoch0) * 10) / 10, now)
      : undefined;
  let poller: ProcPoller | undefined;
  // Only when the pipes are ours: passed through, the output never comes by us, and strace's
  // copy of each write is all there is.
  const attribution =
    observer && o.stdio !== 'passthrough'
      ? new Attribution(model, { stdout: undefined, stderr: undefined })
      : undefined;
  if (observer) observer.attribution = attribution;
  const source = choice.kind === 'ps' ? new PsSource() : new ProcSource();
  const python = subreaperPython(env);
  const stdio = o.stdio === 'passthrough' ? 'inherit' : 'pipe';
  const launched = launch({
    // argv as given (strace and the subreaper look argv[0] up on PATH as resolveCommand did).
    argv: choice.strace ? [choice.strace, ...STRACE_ARGS, '--', ...argv] : [...argv],
    cwd: o.cwd,
    env,
    stdio: ['inherit', stdio, stdio],
    trace: choice.strace !== undefined,
    graceMs: o.graceMs ?? 1000,
    onMessage: (m) => {
      if (m.type === 'spawn-error') spawnError = m;
      if (m.type === 'strays') o.onNotice?.(text.strays);
      if (m.type === 'spawned' && m.pid !== undefined) {
        if (observer) {
          // The subreaper's own fds: it holds our pipes unchanged (a process it has just forked
          // may be in the middle of setting its fds up).
          if (attribution && launched.child.pid)
            attribution.targets = pipeTargets(launched.child.pid);
          observer.setTracer(m.pid);
        } else {
          poller = new ProcPoller(model, now, launched.subreaper, source);
          poller.add(m.pid, launched.subreaper ?? process.pid, argv);
        }
      }
      if (m.type === 'reaped' && m.pid !== undefined) {
        if (observer) {
          if (!observer.isTracer(m.pid)) observer.reapedBy(m.pid, launched.subreaper ?? 1);
        } else {
          // The program itself has ended: one more look first, so that a child it reaped since
          // the last poll is not taken for one it left running.
          if (m.pid === model.root) poller?.pollNow();
          // Reaped by the subreaper means adopted by it, even if no poll saw the new PPID.
          if (launched.subreaper !== undefined) model.reparent(m.pid, launched.subreaper, now());
          model.exitIfUnknown(m.pid, m.code ?? null, m.signal ?? null, now());
          model.reaped(m.pid, launched.subreaper ?? process.pid, now());
        }
      }
    },
  });
  const subreaper = launched.subreaper;
  // strace does not see re-parenting: the model applies the kernel's rule (see model.ts).
  if (observer) model.adopter = subreaper ?? 1;
  const resolutionMs = observer ? STRACE_RESOLUTION_MS : source.intervalMs;
  emit({
    event: 'observer',
    t: now(),
    kind: choice.kind,
    resolutionMs,
    subreaper: subreaper ?? null,
  });
  if (launched.traceStream && observer) observer.attach(launched.traceStream);
  // Output comes from the pipes; strace, where it runs, says which PID wrote each byte.
  for (const [stream, name] of [
    [launched.child.stdout, 'stdout'],
    [launched.child.stderr, 'stderr'],
  ] as const) {
    stream?.on('data', (chunk: Buffer) =>
      attribution ? attribution.pipe(name, chunk) : model.output(null, name, chunk, now()),
    );
  }

  function stop(reason: StopReason | null, at: boolean): void {
    if (reason && !stopped) stopped = reason;
    launched.stop(at);
  }
  const timer = o.timeoutMs ? setTimeout(() => stop('timeout', false), o.timeoutMs) : undefined;
  // strace reports only when something happens, so a zombie's time is advanced on a clock; a
  // poller advances it at every poll already.
  const zombieClock = observer ? setInterval(() => model.advance(now() - 100), 50) : undefined;
  const onAbort = () => stop('interrupted', false);
  o.signal?.addEventListener('abort', onAbort);
  const undo = children.onCleanup(async () => {
    stop('interrupted', false);
    await launched.done;
  });
  try {
    await launched.done;
  } finally {
    clearTimeout(timer);
    clearInterval(zombieClock);
    o.signal?.removeEventListener('abort', onAbort);
    undo();
    await poller?.settle();
  }
  observer?.end();
  model.flush(undefined, now());
  if (spawnError) {
    throw new CommandError(
      spawnErrorCode(spawnError.errno ?? 0),
      fmt(text.spawnFailed, { name: argv[0]!, error: spawnError.error ?? '' }),
    );
  }
  const root = model.root === undefined ? undefined : model.get(model.root);
  const exitCode =
    stopped === 'timeout'
      ? TIMEOUT_EXIT
      : stopped === 'max-procs'
        ? 1
        : stopped === 'interrupted'
          ? 130
          : exitCodeOf(root?.code, root?.signal);
  const summary = model.summary(exitCode, stopped);
  emit({ event: 'summary', t: now(), ...summary });
  const processes = model.records();
  const sub = subreaper ?? null;
  const explanations = explain({
    processes,
    root: model.root,
    leftBehind: model.leftBehind,
    subreaper: sub,
  });
  return {
    argv: [...argv],
    observer: { kind: choice.kind, resolutionMs, subreaper: subreaper ?? null },
    python: python !== undefined,
    notices: choice.notices,
    events,
    processes,
    explanations,
    root: model.root,
    leftBehind: model.leftBehind,
    maxProcs,
    summary,
    durationMs: now(),
  };
}

export { signalName };
