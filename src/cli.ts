/**
 * The proc-lab command: one subcommand per lesson in the registry, global options on each, an
 * interactive menu when started bare in a terminal. Keep this file's imports light: it is all
 * that `proc-lab --help` loads.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from './cli/commander.js';
import { addCommands, examples as exampleText } from './cli/commands.js';
import { formatHelp } from './cli/help.js';
import {
  addGlobalOptions,
  deferOptions,
  installDeferredOptions,
  mergeGlobals,
  splitOptions,
  toOption,
} from './cli/options.js';
import { type Bi, inline, type Lang, langFromArgv } from './i18n/index.js';
import { lessons } from './lessons/index.js';
import type { LessonEntry } from './lessons/types.js';
import { EXIT, UsageError } from './runtime/errors.js';

const lang: Lang = langFromArgv(process.argv);
const debug = process.argv.includes('--debug');
const ids = lessons.map((l) => l.meta.id);
const version = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

const t = (text: Bi) => inline(text, lang);
const HELP_CODES = ['commander.helpDisplayed', 'commander.version', 'commander.help'];

const examples = (lines: readonly string[]) => exampleText(lines, lang);

function build(): Command {
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
    .addHelpText(
      'after',
      examples([
        `proc-lab ${ids[0]}`,
        `proc-lab ${ids[0]} --fast --lang en`,
        'proc-lab --json pool',
      ]),
    );
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
      const { menu } = await import('./cli/menu.js');
      await menu(splitOptions(opts).global);
    } else {
      program.outputHelp();
    }
  });

  for (const entry of lessons) addLesson(program, entry);
  addCommands(program, lang);
  installDeferredOptions(program);
  return program;
}

function addLesson(program: Command, entry: LessonEntry): void {
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
    .addHelpText('after', examples(meta.examples));
  deferOptions(cmd, () => {
    for (const spec of meta.options ?? []) cmd.addOption(toOption(spec, lang));
    addGlobalOptions(cmd, lang);
  });
  cmd.action(async (parts: string[], _opts: unknown, self: Command) => {
    const { runLesson } = await import('./lessons/run.js');
    const { installLifecycle, shutdown } = await import('./runtime/lifecycle.js');
    const { global, lesson } = splitOptions(mergeGlobals(self));
    installLifecycle(global.lang);
    await runLesson(entry, { ...global, parts, options: lesson });
    await shutdown(EXIT.ok);
  });
}

async function main(): Promise<void> {
  try {
    await build().parseAsync(process.argv);
  } catch (err) {
    await fail(err);
  }
}

async function fail(err: unknown): Promise<never> {
  // --help and --version end here too (exitOverride); leave before loading anything else.
  if (err instanceof CommanderError && HELP_CODES.includes(err.code)) process.exit(EXIT.ok);
  const { isEnding, shutdown } = await import('./runtime/lifecycle.js');
  // Already ending (Ctrl-C): a lesson's await failing because its child was killed is expected.
  if (isEnding()) return shutdown(EXIT.failure);
  let code: number = EXIT.failure;
  let text: Bi;
  if (err instanceof CommanderError) {
    code = EXIT.usage;
    text = (await import('./cli/errors.js')).commanderText(err, ids);
  } else if (err instanceof UsageError) {
    code = EXIT.usage;
    text = err.text;
  } else if (err instanceof Error && 'text' in err && 'exitCode' in err) {
    code = err.exitCode as number;
    text = err.text as Bi;
  } else {
    const message = err instanceof Error ? err.message : String(err);
    text = { zh: `运行失败：${message}`, en: `failed: ${message}` };
  }
  process.stderr.write(`proc-lab: ${t(text)}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return shutdown(code);
}

await main();
