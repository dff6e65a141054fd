/**
 * `proc-lab --help`, rendered without commander. Loading commander, the registries and building
 * the program cost more than the rest of start-up together (1.4–1.9× an empty node script on
 * Node 24), so `npm run build` stores what the top-level help says in each language and bundles
 * it with this module into one file, dist/help-fast.js (write-help.ts); bin/proc-lab.js tries it
 * first. It lays the help out for the terminal with the same renderer as commander's path, and a
 * test compares the two byte for byte. One bundled module, and no node:fs, because on Node 24
 * each of those is a measurable part of an 25 ms start.
 */
import { LANGS, type Lang, langFromArgv } from '../i18n/index.js';
import { type HelpModel, helpWidth, renderHelp } from './help.js';

export interface HelpCache {
  [lang: string]: { model: HelpModel; after: string; rendered: Record<number, string> };
}

/** Only `--help` / `-h`, with at most a valid `--lang`: anything else goes through commander. */
function helpLang(argv: readonly string[]): Lang | undefined {
  const args = argv.slice(2);
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') help = true;
    else if (a === '--lang' && (LANGS as readonly string[]).includes(args[i + 1] ?? '')) i++;
    else if (!(a.startsWith('--lang=') && (LANGS as readonly string[]).includes(a.slice(7))))
      return undefined;
  }
  return help ? langFromArgv(argv) : undefined;
}

/** Print the help from the cache; false when this command line is not a plain --help. */
export function fastHelp(argv: readonly string[], cache: HelpCache): boolean {
  const lang = helpLang(argv);
  if (lang === undefined) return false;
  const entry = cache[lang];
  if (!entry) return false;
  const width = helpWidth();
  let text = entry.rendered[width];
  try {
    text ??= `${renderHelp(entry.model, width)}${entry.after}`;
  } catch {
    return false; // text the bundle cannot measure: commander's path can (see write-help.ts)
  }
  process.stdout.write(text);
  return true;
}
