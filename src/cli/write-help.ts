/**
 * Run by `npm run build`, after tsc: the top-level help of each language, bundled with its
 * renderer into dist/help-fast.js by esbuild (see help-cache.ts for why).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { LANGS } from '../i18n/index.js';
import { helpModel } from './help.js';
import type { HelpCache } from './help-cache.js';
import { buildProgram, topExamples } from './program.js';

const cache: HelpCache = {};
for (const lang of LANGS) {
  const program = buildProgram(lang);
  cache[lang] = {
    model: helpModel(program, program.createHelp()),
    after: `${topExamples(lang)}\n`,
  };
}
const entry = fileURLToPath(new URL('./help-entry.js', import.meta.url));
writeFileSync(
  entry,
  `import { fastHelp as render } from './help-cache.js';\n` +
    `const cache = ${JSON.stringify(cache)};\n` +
    `export const fastHelp = (argv) => render(argv, cache);\n`,
);
buildSync({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: fileURLToPath(new URL('../help-fast.js', import.meta.url)),
  logLevel: 'warning',
});
rmSync(entry);
