/**
 * What a command beside the lessons is (tour, quiz, progress, and the tools to come). Like a
 * lesson it has two halves: its entry in the registry (`index.ts`: name, help, arguments and
 * options, read by `--help`) and its module (`<name>.ts`, loaded only when it runs).
 */
import type { GlobalValues } from '../cli/options.js';
import type { Bi } from '../i18n/index.js';
import type { OptionSpec } from '../lessons/types.js';

export interface ArgSpec {
  /** commander's syntax: `[lesson]`, `<file>`, `[command...]` */
  syntax: string;
  description: Bi;
}

export interface CommandEntry {
  name: string;
  about: Bi;
  args?: readonly ArgSpec[];
  options?: readonly OptionSpec[];
  /** Shown under --help, e.g. `proc-lab quiz pool`. */
  examples: readonly string[];
  /** Options after the arguments belong to the command (`trace -- node x.js --fast`). */
  passThrough?: boolean;
  load: () => Promise<{ default: CommandModule }>;
}

export interface CommandRun {
  global: GlobalValues;
  /** Positional values, in the order of `args`. */
  args: readonly unknown[];
  /** The command's own options, validated, keyed by camelCase name. */
  options: Readonly<Record<string, unknown>>;
}

export interface CommandModule {
  /** Resolves to the exit code (0 when nothing is returned). */
  run(run: CommandRun): Promise<number | undefined>;
}
