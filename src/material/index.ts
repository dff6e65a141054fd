/**
 * The material's three Python programs, shipped with proc-lab so `proc-lab trace --material NAME`
 * runs them as written: pool.py and zombie.py verbatim (only the indentation the flattened text
 * lost is back), executor.py made offline against a local server (demos/executor-server).
 * They run with the real interpreter behind `python3` (a pyenv shim's own helper processes would
 * crowd the trace) and with -u, so each print reaches the trace when it happens, as on a terminal:
 * through a pipe CPython would buffer it until the process exits.
 */
import { spawnSync } from 'node:child_process';
import { type Bi, fmt } from '../i18n/index.js';
import { children } from '../runtime/children.js';
import { demo } from '../runtime/demo.js';
import { waitMessage } from '../runtime/messages.js';
import { srcFile } from '../runtime/package-file.js';
import { findPython } from '../runtime/python.js';
import { TraceFailure } from '../trace/types.js';

export const MATERIALS = ['pool', 'zombie', 'executor'] as const;
export type MaterialName = (typeof MATERIALS)[number];

/** The hung page's timeout in the offline fetch (the material's requests.get had none). */
export const FETCH_TIMEOUT_S = 3;

export const about: Record<MaterialName, Bi> = {
  pool: {
    zh: '材料 §1.3 的进程池程序（原样）：Pool(3)，10 个任务，apply_async 加回调，close、join',
    en: "the material's §1.3 Pool program as written: Pool(3), 10 tasks, apply_async with a callback, close, join",
  },
  zombie: {
    zh: '材料 §1.4 的 os.fork() 僵尸进程程序（原样）：子进程立刻退出，父进程 sleep 30 秒不调用 wait()',
    en: "the material's §1.4 os.fork() zombie program as written: the child exits at once, the parent sleeps 30 s without wait()",
  },
  executor: {
    zh: '材料 §1.5.2 的 ProcessPoolExecutor 抓网页（离线版）：本地服务器代替百度和谷歌，/hang 一直不回应，{s} 秒后超时',
    en: "the material's §1.5.2 ProcessPoolExecutor page fetch, offline: a local server instead of baidu and google; /hang never answers and times out after {s} s",
  },
};

const text = {
  needsPython: {
    zh: '--material 需要 python3（材料里的程序是 Python），但没有找到',
    en: '--material needs python3 (the material’s programs are Python), and none was found',
  },
  running: { zh: '运行：{about}', en: 'running {about}' },
} satisfies Record<string, Bi>;

export interface Prepared {
  argv: string[];
  about: Bi;
}

/** The interpreter `python3` really is (pyenv's shim is a bash script that execs it). */
function realPython(python: string): string {
  const r = spawnSync(python, ['-c', 'import sys; print(sys.executable)'], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  const exe = r.status === 0 ? r.stdout.trim() : '';
  return exe || python;
}

export async function prepareMaterial(name: MaterialName): Promise<Prepared> {
  const python = findPython();
  if (!python) throw new TraceFailure(text.needsPython);
  const argv = [realPython(python), '-u', srcFile(`material/${name}.py`)];
  if (name === 'executor') {
    // The local server is proc-lab's own child (in the registry), not part of the traced tree.
    const where = demo('executor-server');
    const server = children.fork('executor-server', where.path, ['1500'], {
      execArgv: where.execArgv,
    });
    const { base } = await waitMessage<{ base: string }>(server, 'listening');
    argv.push(base, String(FETCH_TIMEOUT_S));
  }
  return { argv, about: fmt(text.running, { about: fmt(about[name], { s: FETCH_TIMEOUT_S }) }) };
}
