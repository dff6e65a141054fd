/**
 * The Python demos (the material's own os.fork() program, a subreaper, the ipc client): finding
 * python3 without starting a process (a walk over PATH), and locating the .py files. tsc does not
 * copy them, so they are looked for beside the compiled demos and then in the package's src/demos
 * (shipped via package.json "files"); from the sources (tsx) the first place is already right.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Bi } from '../i18n/index.js';
import { findOnPath, isExecutableFile } from './which.js';

/**
 * The python3 to run, or undefined. PROC_LAB_PYTHON overrides the name; a
 * name that is not found counts as no Python (tests use that to take the no-Python path).
 */
export function findPython(env = process.env): string | undefined {
  const name = env.PROC_LAB_PYTHON || 'python3';
  if (name.includes('/')) return isExecutableFile(name) ? name : undefined;
  if (process.platform === 'win32') return undefined; // the lesson uses no Python there
  return findOnPath(name, env);
}

/**
 * Why findPython() found nothing, for an error line: what PROC_LAB_PYTHON names when it is set
 * (a path or a name), else python3 on PATH.
 */
export function pythonMissing(env = process.env): Bi {
  const name = env.PROC_LAB_PYTHON;
  if (!name) return { zh: 'PATH 里没有 python3', en: 'python3 is not on PATH' };
  return name.includes('/')
    ? {
        zh: `PROC_LAB_PYTHON 指定的 ${name} 不是可执行文件`,
        en: `PROC_LAB_PYTHON names ${name}, which is not an executable file`,
      }
    : {
        zh: `PROC_LAB_PYTHON 指定的 ${name} 不在 PATH 里`,
        en: `PROC_LAB_PYTHON names ${name}, which is not on PATH`,
      };
}

export function pyDemo(name: string): string {
  const places = [`../demos/${name}.py`, `../../src/demos/${name}.py`].map((rel) =>
    fileURLToPath(new URL(rel, import.meta.url)),
  );
  return places.find((p) => existsSync(p)) ?? places[0]!;
}
