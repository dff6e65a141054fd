/**
 * Files that ship as they are (Python programs: tsc does not copy them) live under the package's
 * `src/`. Compiled code runs from dist/ (or .build/src/ in tests, or src/ with tsx), so the
 * package root is found by walking up to package.json, once.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  root = dir;
  return root;
}

/** `srcFile('trace/subreaper.py')` → <package>/src/trace/subreaper.py */
export function srcFile(path: string): string {
  return join(packageRoot(), 'src', path);
}
