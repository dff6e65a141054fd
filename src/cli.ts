/**
 * The proc-lab command: parse the command line with the program of cli/program.ts and end every
 * run in one place (exit codes, one bilingual line for an error). `proc-lab --help` alone does not
 * come here: bin/proc-lab.js answers it from the help cache (cli/help-cache.ts).
 */
import { CommanderError } from './cli/commander.js';
import { buildProgram, ids } from './cli/program.js';
import { type Bi, inline, type Lang, langFromArgv } from './i18n/index.js';
import { EXIT, UsageError } from './runtime/errors.js';

const lang: Lang = langFromArgv(process.argv);
const debug = process.argv.includes('--debug');
const json = process.argv.includes('--json');
const t = (text: Bi) => inline(text, lang);
const HELP_CODES = ['commander.helpDisplayed', 'commander.version', 'commander.help'];

/**
 * `proc-lab help pool` is `proc-lab pool --help` (and `proc-lab help` is `proc-lab --help`), as in
 * git and npm. Rewritten before parsing, so the subcommand's own options are in its help; a word
 * that names no command stays as it is and is reported as unknown.
 */
function helpWords(argv: readonly string[], names: readonly string[]): string[] {
  const [node = '', script = '', first, second, ...rest] = argv;
  if (first !== 'help') return [...argv];
  if (second === undefined) return [node, script, '--help'];
  if (!second.startsWith('-') && !names.includes(second)) return [node, script, second, ...rest];
  return [node, script, second, ...rest, '--help'];
}

async function main(): Promise<void> {
  try {
    const program = buildProgram(lang);
    const names = program.commands.map((c) => c.name());
    await program.parseAsync(helpWords(process.argv, names));
  } catch (err) {
    await fail(err);
  }
}

async function fail(err: unknown): Promise<never> {
  // --help and --version end here too (exitOverride); leave before loading anything else.
  if (err instanceof CommanderError && HELP_CODES.includes(err.code)) process.exit(EXIT.ok);
  const { interrupt, isEnding, shutdown } = await import('./runtime/lifecycle.js');
  // Already ending (Ctrl-C): a lesson's await failing because its child was killed is expected.
  if (isEnding()) return shutdown(EXIT.failure);
  // Ctrl-C at a prompt (the quiz): the prompt held the terminal in raw mode, so no SIGINT came.
  if (err instanceof Error && err.name === 'ExitPromptError') return interrupt(lang);
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
  // --json: a script reading stdout learns why a run that started failed, not only that stdout
  // stopped. A usage error (exit 2) ran nothing, and its stdout stays empty.
  if (json && code !== EXIT.usage) {
    const event = {
      event: 'error',
      t: Math.round(performance.now() * 10) / 10,
      code,
      message: t(text),
    };
    process.stdout.write(`${JSON.stringify(event)}\n`);
  }
  process.stderr.write(`proc-lab: ${t(text)}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return shutdown(code);
}

await main();
