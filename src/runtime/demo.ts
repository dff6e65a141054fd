/**
 * Where the demo programs live. Compiled, a demo is `dist/demos/<name>.js` and runs with plain
 * node; from the sources (`npm run dev`) it is `src/demos/<name>.ts` and needs tsx's loader.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ModuleLocation {
  path: string;
  /** node flags needed to run it (the tsx loader for .ts sources). */
  execArgv: string[];
}

/** Resolve a sibling module of the compiled or source tree, relative to `base` (an import.meta.url). */
export function locate(relative: string, base: string): ModuleLocation {
  const js = fileURLToPath(new URL(`${relative}.js`, base));
  if (existsSync(js)) return { path: js, execArgv: [] };
  const ts = fileURLToPath(new URL(`${relative}.ts`, base));
  if (existsSync(ts)) return { path: ts, execArgv: ['--import', 'tsx'] };
  throw new Error(`proc-lab: missing module ${relative} (run npm run build)`);
}

export function demo(name: string): ModuleLocation {
  return locate(`../demos/${name}`, import.meta.url);
}
