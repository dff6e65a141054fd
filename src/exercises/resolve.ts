/**
 * The resolve hook hook.ts registers: the bare name 'proc-lab' is what package.json's "exports"
 * gives an installed copy, the one-module bundle dist/lib/index.js (the module tree's
 * dist/index.js before `npm run build` has bundled it); every other specifier resolves as usual.
 */
import { existsSync } from 'node:fs';

const bundle = new URL('../lib/index.js', import.meta.url);
const entry = (existsSync(bundle) ? bundle : new URL('../index.js', import.meta.url)).href;

interface Resolved {
  url: string;
  shortCircuit?: boolean;
}

export async function resolve(
  specifier: string,
  context: unknown,
  next: (specifier: string, context: unknown) => Promise<Resolved>,
): Promise<Resolved> {
  if (specifier === 'proc-lab') return { url: entry, shortCircuit: true };
  return next(specifier, context);
}
