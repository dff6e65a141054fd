/** Small helpers shared by the benchmarks: timing whole commands, medians, ratios. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
})();

export { median } from '../src/measure/stats.js';

import { findPython } from '../src/runtime/python.js';

/** Wall time of one run of a command, in ms; throws if it fails. */
export function timeCommand(
  command: string,
  args: readonly string[],
  cwd = ROOT,
  env: NodeJS.ProcessEnv = process.env,
): number {
  const t0 = performance.now();
  const r = spawnSync(command, args, { cwd, env, stdio: 'ignore' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}`);
  return ms;
}

/**
 * The python3 executable itself, not a launcher in front of it (pyenv's shim is a bash script
 * that adds its own start-up to every run): what `sys.executable` says. Undefined without one.
 */
/** Node 24 as `npm ci --prefix .ci/node24` installs it (.ci/run does), if it is there. */
const NODE24 = join(ROOT, '.ci', 'node24', 'node_modules', '.bin', 'node');

export interface NodeVariant {
  label: string;
  node: string;
  env: NodeJS.ProcessEnv;
}

/** This environment less NODE_EXTRA_CA_CERTS, or undefined when it does not set that. */
export function withoutExtraCa(): NodeJS.ProcessEnv | undefined {
  const { NODE_EXTRA_CA_CERTS: ca, ...plain } = process.env;
  return ca ? plain : undefined;
}

/**
 * The Nodes a start-up bench compares: this one; this one without NODE_EXTRA_CA_CERTS when it is
 * set (Node 20 reads that file at every start, TLS or not: nodejs/node#40524, deferred in Node 24),
 * so a figure is not one machine's setting; and Node 24 when installed.
 */
export function nodeVariants(): NodeVariant[] {
  const plain = withoutExtraCa();
  return [
    { label: process.version, node: process.execPath, env: process.env },
    ...(plain
      ? [
          {
            label: `${process.version}, no NODE_EXTRA_CA_CERTS`,
            node: process.execPath,
            env: plain,
          },
        ]
      : []),
    ...(existsSync(NODE24) ? [{ label: 'Node 24', node: NODE24, env: process.env }] : []),
  ];
}

export function realPython(): string | undefined {
  const py = findPython();
  if (!py) return undefined;
  const r = spawnSync(py, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() || py : undefined;
}

export function report(name: string, value: string, target?: string, ok?: boolean): void {
  const verdict = ok === undefined ? '' : ok ? '  ✓' : '  ✗ (misses the target)';
  console.log(`${name.padEnd(44)} ${value}${target ? `   target ${target}` : ''}${verdict}`);
}
