/**
 * Run by `npm run build`, after tsc: the library (`import { Pool } from 'proc-lab'`, dist/index.js
 * and the 25 modules under it) bundled into one module, dist/lib/index.js, which package.json's
 * "exports" names. Node's ES module loader pays for every module it resolves, reads and links:
 * importing the library cost 15-20 ms more as separate files than as one here (a 2-core machine),
 * and a Pool cannot start its first worker before the import is done. Packages stay imports.
 *
 * The bundle sits one folder below dist/, as every module it comes from does, so the paths they
 * build from import.meta.url (the worker program, the demos) stay right.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

await build({
  entryPoints: [fileURLToPath(new URL('../index.js', import.meta.url))],
  bundle: true,
  packages: 'external',
  // Class and function names appear in messages (`new ProcessPoolExecutor()`): keep them.
  keepNames: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: fileURLToPath(new URL('../lib/index.js', import.meta.url)),
  logLevel: 'warning',
});
