/**
 * The commands of `src/commands/` as commander subcommands: built from the registry entry (help,
 * arguments, options), with their options added only when they run, and their module loaded
 * then too, exactly as lessons are.
 */
import { commands } from '../commands/index.js';
import type { CommandEntry } from '../commands/types.js';
import { type Bi, inline, type Lang } from '../i18n/index.js';
import { EXIT } from '../runtime/errors.js';
import type { Command } from './commander.js';
import { addGlobalOptions, deferOptions, mergeGlobals, splitOptions, toOption } from './options.js';

export function examples(lines: readonly string[], lang: Lang): string {
  const title = inline({ zh: '示例', en: 'Examples' }, lang);
  return `\n${title}:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

function addCommand(program: Command, entry: CommandEntry, lang: Lang): void {
  const t = (b: Bi) => inline(b, lang);
  const cmd = program
    .command(entry.name)
    .description(t(entry.about))
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .addHelpText('after', examples(entry.examples, lang));
  for (const arg of entry.args ?? []) cmd.argument(arg.syntax, t(arg.description));
  // Words the command does not take are a mistake (`progress reset`), not something to ignore.
  if (entry.passThrough) cmd.passThroughOptions();
  else cmd.allowExcessArguments(false);
  deferOptions(cmd, () => {
    for (const spec of entry.options ?? []) cmd.addOption(toOption(spec, lang));
    addGlobalOptions(cmd, lang);
  });
  cmd.action(async (...values: unknown[]) => {
    const self = values.at(-1) as Command;
    const { installLifecycle, shutdown } = await import('../runtime/lifecycle.js');
    const { global, lesson } = splitOptions(mergeGlobals(self));
    installLifecycle(global.lang);
    const mod = (await entry.load()).default;
    const code = await mod.run({ global, args: values.slice(0, -2), options: lesson });
    await shutdown(code ?? EXIT.ok);
  });
}

export function addCommands(program: Command, lang: Lang): void {
  for (const entry of commands) addCommand(program, entry, lang);
}
