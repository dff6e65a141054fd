/**
 * Run by `npm run build`, after tsc: the top-level help of each language, bundled with its
 * renderer into dist/help-fast.js by esbuild (see help-cache.ts for why).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { LANGS } from '../i18n/index.js';
import { helpModel, renderHelp } from './help.js';
import type { HelpCache } from './help-cache.js';
import { buildProgram, topExamples } from './program.js';

const cache: HelpCache = {};
for (const lang of LANGS) {
  const program = buildProgram(lang);
  const model = helpModel(program, program.createHelp());
  const after = `${topExamples(lang)}\n`;
  // Laid out already for the widths help takes on most screens (79: no terminal, or 80 columns;
  // 99: 100 columns; 100: the widest prose gets), so those starts skip the layout code too.
  const rendered: Record<number, string> = {};
  for (const w of [79, 99, 100]) rendered[w] = `${renderHelp(model, w)}${after}`;
  cache[lang] = { model, after, rendered };
}
const entry = fileURLToPath(new URL('./help-entry.js', import.meta.url));
writeFileSync(
  entry,
  `import { fastHelp as render } from './help-cache.js';\n` +
    `const cache = ${JSON.stringify(cache)};\n` +
    `export const fastHelp = (argv) => render(argv, cache);\n`,
);
/**
 * string-width and wrap-ansi cost 25 ms of module start-up on Node 24 (their Unicode property
 * regexes), more than the rest of --help together. The help is simple text, which layout.ts
 * measures without them, and no piece of it is wider than a line, so the bundle gets stand-ins
 * that throw; fastHelp() then falls back to commander's path, which loads the real ones.
 */
const standIns: Plugin = {
  name: 'no-unicode-tables',
  setup(b) {
    b.onResolve({ filter: /^(string-width|wrap-ansi)$/ }, (a) => ({
      path: a.path,
      namespace: 'stand-in',
    }));
    b.onLoad({ filter: /.*/, namespace: 'stand-in' }, (a) => ({
      contents: `export default () => { throw new Error('${a.path} is not in the help bundle'); };`,
    }));
  },
};
await build({
  plugins: [standIns],
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: fileURLToPath(new URL('../help-fast.js', import.meta.url)),
  logLevel: 'warning',
});
rmSync(entry);
