/**
 * proc-lab's help layout: two columns like commander's, but wrapping that understands Chinese.
 * commander breaks lines only at spaces, so a Chinese description (which has none) ran past the
 * edge of the terminal; layout.ts's wrap() also breaks between Chinese characters (with kinsoku).
 */
import { width as displayWidth, PROSE_MAX, terminalWidth, wrap } from '../ui/layout.js';
import type { Command, Help } from './commander.js';

function columns(rows: [string, string][], total: number): string[] {
  const termWidth = Math.min(30, Math.max(...rows.map(([t]) => displayWidth(t))));
  const room = Math.max(20, total - termWidth - 4);
  return rows.flatMap(([term, text]) => {
    const [first = '', ...rest] = wrap(text, room);
    const pad = ' '.repeat(Math.max(0, termWidth - displayWidth(term)));
    const head =
      displayWidth(term) > termWidth
        ? [`  ${term}`, `  ${' '.repeat(termWidth)}  ${first}`]
        : [`  ${term}${pad}  ${first}`];
    return [...head, ...rest.map((l) => `  ${' '.repeat(termWidth)}  ${l}`)];
  });
}

/** A help screen before layout: what commander knows of a command, in one language. */
export interface HelpModel {
  usage: string;
  description: string;
  sections: [title: string, rows: [term: string, text: string][]][];
}

/** The width help is laid out for: one column short of the terminal's, as prose (layout.ts). */
export function helpWidth(): number {
  return Math.min(terminalWidth(process.stdout) - 1, PROSE_MAX);
}

export function helpModel(cmd: Command, helper: Help): HelpModel {
  return {
    usage: helper.commandUsage(cmd),
    description: helper.commandDescription(cmd),
    sections: [
      [
        'Arguments',
        helper
          .visibleArguments(cmd)
          .map((a) => [helper.argumentTerm(a), helper.argumentDescription(a)]),
      ],
      [
        'Options',
        helper.visibleOptions(cmd).map((o) => [helper.optionTerm(o), helper.optionDescription(o)]),
      ],
      [
        'Commands',
        helper
          .visibleCommands(cmd)
          .map((c) => [helper.subcommandTerm(c), helper.subcommandDescription(c)]),
      ],
    ],
  };
}

export function renderHelp(model: HelpModel, total: number): string {
  const out = [`Usage: ${model.usage}`, ''];
  if (model.description) out.push(...wrap(model.description, total), '');
  for (const [title, rows] of model.sections) {
    if (rows.length > 0) out.push(`${title}:`, ...columns(rows, total), '');
  }
  return out.join('\n');
}

export function formatHelp(cmd: Command, helper: Help): string {
  return renderHelp(helpModel(cmd, helper), helpWidth());
}
