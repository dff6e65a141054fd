/**
 * Turning option specs into commander options, with values checked the same way everywhere: a
 * bad value is a UsageError naming what is allowed (exit 2).
 */

import { inline, LANGS, type Lang } from '../i18n/index.js';
import type { OptionSpec } from '../lessons/types.js';
import { UsageError } from '../runtime/errors.js';
import { type Command, Option } from './commander.js';

/** --fast is a shorthand for --speed 10. */
export const FAST_SPEED = 10;

export function flagName(flags: string): string {
  return /--[\w-]+/.exec(flags)?.[0] ?? flags;
}

export function parseIntInRange(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError({
      zh: `${flag} 需要 ${min} 到 ${max} 之间的整数，收到的是 '${value}'`,
      en: `${flag} takes a whole number from ${min} to ${max}, got '${value}'`,
    });
  }
  return n;
}

export function parseNumberInRange(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new UsageError({
      zh: `${flag} 需要 ${min} 到 ${max} 之间的数，收到的是 '${value}'`,
      en: `${flag} takes a number from ${min} to ${max}, got '${value}'`,
    });
  }
  return n;
}

export function parseChoice(flag: string, value: string, choices: readonly string[]): string {
  if (!choices.includes(value)) {
    throw new UsageError({
      zh: `${flag} 只能是 ${choices.join('、')} 之一，收到的是 '${value}'`,
      en: `${flag} must be one of ${choices.join(', ')}, got '${value}'`,
    });
  }
  return value;
}

export function toOption(spec: OptionSpec, lang: Lang): Option {
  const flag = flagName(spec.flags);
  let description = inline(spec.description, lang);
  const range = spec.int ?? spec.number;
  if (range) description += ` (${range.min}–${range.max})`;
  if (spec.choices) description += ` (${spec.choices.join('|')})`;
  const option = new Option(spec.flags, description);
  if (spec.int) {
    const { min, max } = spec.int;
    option.argParser((v: string) => parseIntInRange(flag, v, min, max));
  } else if (spec.number) {
    const { min, max } = spec.number;
    option.argParser((v: string) => parseNumberInRange(flag, v, min, max));
  } else if (spec.choices) {
    const choices = spec.choices;
    option.argParser((v: string) => parseChoice(flag, v, choices));
  } else if (spec.check) {
    const check = spec.check;
    // A variadic option (`--url <url...>`) collects its values itself once it has a parser.
    option.argParser((v: string, previous: unknown) => {
      const problem = check(v);
      if (problem) throw new UsageError(problem);
      return option.variadic ? [...(Array.isArray(previous) ? previous : []), v] : v;
    });
  }
  if (spec.default !== undefined) option.default(spec.default);
  if (spec.env) option.env(spec.env);
  return option;
}

const GLOBAL: readonly OptionSpec[] = [
  {
    flags: '--lang <lang>',
    description: { zh: '显示的语言，默认 both', en: 'language to show, default both' },
    choices: LANGS,
    // No commander default: a default on the lesson's own --lang would hide `proc-lab --lang en pool`.
    env: 'PROC_LAB_LANG',
  },
  {
    flags: '--json',
    description: { zh: '只输出 JSON 事件，每行一个', en: 'print only JSON events, one per line' },
  },
  {
    flags: '--fast',
    description: { zh: '缩短演示时间（约十分之一）', en: 'shorten every demo (about 1/10)' },
  },
  {
    flags: '--speed <factor>',
    description: {
      zh: '演示速度：2 表示所有时长减半，0.5 表示加倍',
      en: 'demo pace: 2 halves every duration, 0.5 doubles it',
    },
    number: { min: 0.1, max: 10 },
  },
  {
    flags: '--step',
    description: {
      zh: '每节之后暂停（仅在终端中）',
      en: 'pause after each section (terminal only)',
    },
  },
  { flags: '--no-color', description: { zh: '不使用颜色', en: 'no colour' } },
  { flags: '--debug', description: { zh: '出错时显示调用栈', en: 'show stack traces on errors' } },
];

const deferred = new WeakMap<Command, () => void>();

/**
 * Add a subcommand's options only when that subcommand runs (or shows its help). The top-level
 * `proc-lab --help` lists subcommands by name and never needs their ~60 options, and building
 * them is a measurable part of its start-up.
 */
export function deferOptions(cmd: Command, add: () => void): void {
  deferred.set(cmd, add);
}

/** Install on the program: before a subcommand parses, give it its options. */
export function installDeferredOptions(program: Command): void {
  program.hook('preSubcommand', (_program, sub) => {
    deferred.get(sub)?.();
    deferred.delete(sub);
  });
}

export function addGlobalOptions(cmd: Command, lang: Lang): Command {
  for (const spec of GLOBAL) cmd.addOption(toOption(spec, lang));
  return cmd;
}

export interface GlobalValues {
  lang: Lang;
  json: boolean;
  fast: boolean;
  /** Divides every demo duration: --speed, or 10 with --fast, else 1. */
  speed: number;
  step: boolean;
  color: boolean;
  debug: boolean;
}

const GLOBAL_KEYS = new Set(['lang', 'json', 'fast', 'speed', 'step', 'color', 'debug']);

/**
 * Global options may come before the lesson (`proc-lab --json pool`) or after it; merge both
 * commands' values. `--no-color` anywhere wins over the implicit `color: true` of the other.
 */
export function mergeGlobals(cmd: Command): Record<string, unknown> {
  const merged = cmd.optsWithGlobals();
  const colors = [cmd.parent?.opts().color, cmd.opts().color];
  merged.color = !colors.includes(false);
  return merged;
}

/** Split commander's parsed values into the global ones and the lesson's own. */
export function splitOptions(values: Record<string, unknown>): {
  global: GlobalValues;
  lesson: Record<string, unknown>;
} {
  const lesson: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (!GLOBAL_KEYS.has(k)) lesson[k] = v;
  // Two answers to one question: which pace? Say so rather than silently pick one.
  if (values.fast === true && typeof values.speed === 'number') {
    throw new UsageError({
      zh: `--fast 与 --speed 只能用一个（--fast 就是 --speed ${FAST_SPEED}）`,
      en: `use --fast or --speed, not both (--fast means --speed ${FAST_SPEED})`,
    });
  }
  return {
    global: {
      lang: (values.lang as Lang | undefined) ?? 'both',
      json: values.json === true,
      fast: values.fast === true,
      speed:
        typeof values.speed === 'number' ? values.speed : values.fast === true ? FAST_SPEED : 1,
      step: values.step === true,
      color: values.color !== false,
      debug: values.debug === true,
    },
    lesson,
  };
}

/** A lesson's options at their defaults, for runs started from the menu or the tour. */
export function lessonDefaults(specs: readonly OptionSpec[] = []): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const s of specs) {
    const key = flagName(s.flags)
      .slice(2)
      .replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    if (s.default !== undefined) values[key] = s.default;
  }
  return values;
}
