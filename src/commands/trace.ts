/**
 * `proc-lab trace [options] -- <command> [args...]` (or `--material pool|zombie|executor`): run a
 * program and show every process it creates, live and at the end. The machinery is src/trace/;
 * this module turns options into a trace() call and its events into JSON lines or the screen.
 */
import { fmt } from '../i18n/index.js';
import { type MaterialName, prepareMaterial } from '../material/index.js';
import { children } from '../runtime/children.js';
import { UsageError } from '../runtime/errors.js';
import { type ObserverKind, type TraceEvent, trace } from '../trace/index.js';
import { TraceScreen } from '../trace/screen.js';
import { text } from '../trace/text.js';
import { Output } from '../ui/output.js';
import type { CommandModule } from './types.js';

const command: CommandModule = {
  run: async ({ global, args, options }) => {
    const out = new Output({ lang: global.lang, json: global.json, color: global.color });
    const given = (args[0] as string[] | undefined) ?? [];
    const material = options.material as MaterialName | undefined;
    if (material && given.length > 0) throw new UsageError(text.bothCommandAndMaterial);
    if (!material && given.length === 0) throw new UsageError(text.noCommand);
    const prepared = material ? await prepareMaterial(material) : { argv: given, about: undefined };
    const view = new TraceScreen(
      out,
      material ? [`--material ${material}`] : given,
      prepared.about,
    );
    const onEvent = (e: TraceEvent) => {
      if (out.json) out.write(`${JSON.stringify(e)}\n`);
      else view.event(e);
    };
    const timeoutS = options.timeout as number | undefined;
    // Ctrl-C while the live tree is drawn: take it down and give the cursor back.
    const undo = children.onCleanup(() => view.stopLive());
    const report = await trace(prepared.argv, {
      observer: options.observer as ObserverKind | 'auto',
      maxProcs: options.maxProcs as number,
      ...(timeoutS === undefined ? {} : { timeoutMs: timeoutS * 1000 }),
      onEvent,
      // Said on stderr, so that --json stdout stays events only.
      onNotice: (n) => out.warn(n),
    });
    undo();
    const { stopped, exitCode } = report.summary;
    if (stopped === 'max-procs') out.warn(fmt(text.tooMany, { n: report.maxProcs }));
    if (stopped === 'timeout') out.warn(fmt(text.timedOut, { s: timeoutS ?? 0 }));
    if (!out.json) view.end(report);
    return exitCode;
  },
};

export default command;
