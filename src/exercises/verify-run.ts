/**
 * One verify: run the learner's file under the tracer, show what it printed (prose mode), then
 * each rule ✓ or ✗ with its evidence, and the verdict; record the verdict in the progress store.
 * Shared by `proc-lab verify` and `proc-lab watch`.
 */
import { relative } from 'node:path';
import { type Bi, fmt, pick } from '../i18n/index.js';
import { wrap } from '../ui/format.js';
import type { Output } from '../ui/output.js';
import { check } from './check.js';
import { cliText } from './cli.text.js';
import type { TracedRun } from './facts.js';
import { runTraced } from './runner.js';
import { recordVerdict } from './state.js';
import type { Code, ExerciseEntry } from './types.js';

export interface VerifyOptions {
  file: string;
  code: Code;
  /** Overrides the exercise's own time limit (ms). */
  timeoutMs?: number;
}

/** Rule lines fit the terminal (80 columns and up), as trace's screen does. */
const width = () => Math.max(60, Math.min(process.stdout.columns ?? 80, 120) - 1);

export async function verifyOnce(
  out: Output,
  entry: ExerciseEntry,
  o: VerifyOptions,
): Promise<{ passed: boolean; run: TracedRun }> {
  const mod = (await entry.load()).default;
  const shown = relative(process.cwd(), o.file) || o.file;
  out.heading(fmt(cliText.verifying, { id: entry.id, title: entry.title }));
  out.say(cliText.programSaid);
  let printed = 0;
  const run = await runTraced({
    file: o.file,
    code: o.code,
    timeoutMs: o.timeoutMs ?? mod.timeoutMs ?? 10_000,
    server: mod.server,
    onLine: (line) => {
      printed++;
      // With --json the program's lines are events too, so a syntax error's message is not lost.
      out.event('output', { pid: line.pid, stream: line.stream, line: line.text });
      out.lines([`  ${out.c.dim('│')} ${line.text}`]);
    },
    onNotice: (text: Bi) => out.lines([`  ${out.c.dim('│')} ${out.c.yellow(out.text(text))}`]),
  });
  if (printed === 0) out.lines([`  ${out.c.dim('│')}`]);
  out.say(cliText.running, { file: shown, observer: run.observer });
  const { results, passed } = check(mod, run);
  out.event('run', {
    exercise: entry.id,
    file: o.file,
    code: o.code,
    pid: run.root.pid,
    pids: [...run.procs.keys()],
    observer: run.observer,
  });
  for (const r of results) {
    out.event('rule', { exercise: entry.id, rule: r.rule.id, ok: r.ok, evidence: r.evidence });
    const mark = r.ok ? out.c.green('✓') : out.c.red('✗');
    const [first = '', ...rest] = wrap(out.text(r.rule.title), width() - 4);
    out.lines([`  ${mark} ${first}`, ...rest.map((l) => `    ${l}`)]);
    for (const line of pick(r.evidence, out.lang)) {
      out.lines(wrap(line, width() - 4).map((l) => `    ${out.c.dim(l)}`));
    }
  }
  out.event('verdict', { exercise: entry.id, passed });
  const failing = results.filter((r) => !r.ok).length;
  out.blank();
  if (passed) out.fact(cliText.passed);
  else out.say(cliText.failed, { n: failing, id: entry.id });
  for (const w of recordVerdict(entry.id, passed)) out.warn(w);
  return { passed, run };
}
