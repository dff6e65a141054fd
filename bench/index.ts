/**
 * `npm run bench`: every bench/*.bench.ts in name order, each printing its measurements side by
 * side with its target. Numbers are ratios measured in one run, so a busy machine affects both sides.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.js'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
for (const file of files) {
  console.log(`\n== ${file.replace(/\.bench\.js$/, '')} ==`);
  const mod = (await import(`./${file}`)) as { default: () => void | Promise<void> };
  await mod.default();
}
