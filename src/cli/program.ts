/**
 * The commander program of proc-lab in one language: one subcommand per lesson of the registry,
 * then the commands of src/commands/, global options on each. Built per run by cli.ts, and once
 * per language at build time for the help cache (help-cache.ts).
 */
import { readFileSync } from 'node:fs';
import { type Bi, inline, type Lang } from '../i18n/index.js';
import { lessons } from '../lessons/index.js';
import type { LessonEntry } from '../lessons/types.js';
import { EXIT, UsageError } from '../runtime/errors.js';
import { Command } from './commander.js';
import { addCommands, examples } from './commands.js';
import { formatHelp } from './help.js';
import {
  addGlobalOptions,
  deferOptions,
  installDeferredOptions,
  mergeGlobals,
  splitOptions,
  toOption,
} from './options.js';

export const ids = lessons.map((l) => l.meta.id);
const version = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** The examples under `proc-lab --help`. */
export function topExamples(lang: Lang): string {
  return examples(
    [`proc-lab ${ids[0]}`, `proc-lab ${ids[0]} --fast --lang en`, 'proc-lab --json pool'],
    lang,
  );
}

export function buildProgram(lang: Lang): Command {
  const t = (text: Bi) => inline(text, lang);
  const program = new Command('proc-lab')
    .description(
      t({
        zh: '在真实的进程上学习操作系统进程：PID、进程间通信、进程池、僵尸进程、执行器',
        en: 'Learn how OS processes work by running them: PIDs, IPC, pools, zombies, executors',
      }),
    )
    .version(version, '-V, --version')
    .enablePositionalOptions()
    .configureHelp({ formatHelp })
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .addHelpText('after', topExamples(lang));
  addGlobalOptions(program, lang);
  program.allowExcessArguments(true);
  program.action(async (opts: Record<string, unknown>) => {
    // commander reports an unknown subcommand only when the program has no action of its own.
    const [unknown] = program.args;
    if (unknown !== undefined) {
      throw new UsageError({
        zh: `没有叫 '${unknown}' 的课程，可选：${ids.join('、')}`,
        en: `unknown lesson '${unknown}'; choose from: ${ids.join(', ')}`,
      });
    }
    // --json promises JSON lines only on stdout, and the help is not JSON.
    if (opts.json === true) {
      throw new UsageError({
        zh: `--json 需要指定一课，例如 proc-lab ${ids[0]} --json；可选：${ids.join('、')}`,
        en: `--json needs a lesson, e.g. proc-lab ${ids[0]} --json; choose from: ${ids.join(', ')}`,
      });
    }
    // Bare `proc-lab`: a menu in a terminal; elsewhere the help, never waiting for input.
    if (process.stdin.isTTY && process.stdout.isTTY) {
      const { menu } = await import('./menu.js');
      await menu(splitOptions(opts).global);
    } else {
      program.outputHelp();
    }
  });

  for (const entry of lessons) addLesson(program, entry, lang);
  addCommands(program, lang);
  installDeferredOptions(program);
  return program;
}

function addLesson(program: Command, entry: LessonEntry, lang: Lang): void {
  const t = (text: Bi) => inline(text, lang);
  const { meta } = entry;
  const cmd = program
    .command(meta.id)
    .summary(t(meta.title))
    .description(`${t(meta.title)} (${meta.material})\n\n${t(meta.summary)}`)
    .argument(
      '[parts...]',
      t({
        zh: `只运行其中几部分：${meta.sections.map((s) => s.id).join('、')}`,
        en: `run only these parts: ${meta.sections.map((s) => s.id).join(', ')}`,
      }),
    )
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .addHelpText('after', examples(meta.examples, lang));
  deferOptions(cmd, () => {
    for (const spec of meta.options ?? []) cmd.addOption(toOption(spec, lang));
    addGlobalOptions(cmd, lang);
  });
  cmd.action(async (parts: string[], _opts: unknown, self: Command) => {
    const { runLesson } = await import('../lessons/run.js');
    const { installLifecycle, shutdown } = await import('../runtime/lifecycle.js');
    const { global, lesson } = splitOptions(mergeGlobals(self));
    installLifecycle(global.lang);
    await runLesson(entry, { ...global, parts, options: lesson });
    await shutdown(EXIT.ok);
  });
}
