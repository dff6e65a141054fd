/**
 * What a learner has done: finished lessons and best quiz scores, kept in the user's config
 * directory. Progress is a nicety: a missing, corrupt or unwritable file is reported in one line
 * and never stops a lesson.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Bi } from '../i18n/index.js';

export interface Progress {
  version: 1;
  lessons: Record<string, { finishedAt: string; runs: number }>;
  quiz: Record<string, { best: number; total: number; at: string }>;
  /** Exercises verified (`proc-lab verify`): the last verdict, and the hints already shown. */
  exercises?: Record<string, ExerciseProgress>;
}

export interface ExerciseProgress {
  /** The last verify's verdict. */
  state?: 'failing' | 'passed';
  at?: string;
  runs?: number;
  /** When it first passed (the solution may then be shown without asking). */
  passedAt?: string;
  /** The highest hint level shown so far (0–2). */
  hints?: number;
}

const empty = (): Progress => ({ version: 1, lessons: {}, quiz: {} });

/** `$XDG_CONFIG_HOME/proc-lab/progress.json`, or the platform's usual config directory. */
export function progressPath(env = process.env, platform = process.platform): string {
  if (env.PROC_LAB_PROGRESS) return env.PROC_LAB_PROGRESS;
  let base = env.XDG_CONFIG_HOME;
  if (!base && platform === 'win32') base = env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (!base && platform === 'darwin') base = join(homedir(), 'Library', 'Application Support');
  return join(base ?? join(homedir(), '.config'), 'proc-lab', 'progress.json');
}

export interface Loaded {
  progress: Progress;
  warning?: Bi;
}

export function loadProgress(path = progressPath()): Loaded {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { progress: empty() };
    return { progress: empty(), warning: unreadable(path, err) };
  }
  try {
    const p = JSON.parse(raw) as Partial<Progress>;
    if (p.version !== 1 || typeof p.lessons !== 'object' || typeof p.quiz !== 'object')
      throw new Error('bad shape');
    const progress: Progress = { version: 1, lessons: p.lessons ?? {}, quiz: p.quiz ?? {} };
    if (typeof p.exercises === 'object' && p.exercises !== null) progress.exercises = p.exercises;
    return { progress };
  } catch {
    return {
      progress: empty(),
      warning: {
        zh: `进度文件 ${path} 已损坏，将从头记录（proc-lab progress --reset 可清除）`,
        en: `progress file ${path} is corrupt; starting afresh (proc-lab progress --reset clears it)`,
      },
    };
  }
}

/** Write atomically (temp file, then rename), so a crash never leaves half a file. */
export function saveProgress(progress: Progress, path = progressPath()): Bi | undefined {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(progress, null, 2)}\n`);
    renameSync(tmp, path);
    return undefined;
  } catch (err) {
    return {
      zh: `无法保存进度到 ${path}（${(err as Error).message}），课程不受影响`,
      en: `could not save progress to ${path} (${(err as Error).message}); the lesson is not affected`,
    };
  }
}

function unreadable(path: string, err: unknown): Bi {
  return {
    zh: `无法读取进度文件 ${path}（${(err as Error).message}）`,
    en: `could not read progress file ${path} (${(err as Error).message})`,
  };
}

/** Apply a change and save; returns the warnings to show (at most one line each). */
export function updateProgress(change: (p: Progress) => void, path = progressPath()): Bi[] {
  const { progress, warning } = loadProgress(path);
  change(progress);
  const saved = saveProgress(progress, path);
  return [warning, saved].filter((w): w is Bi => w !== undefined);
}

export function markFinished(lesson: string): Bi[] {
  return updateProgress((p) => {
    const runs = (p.lessons[lesson]?.runs ?? 0) + 1;
    p.lessons[lesson] = { finishedAt: new Date().toISOString(), runs };
  });
}

export function recordScore(lesson: string, correct: number, total: number): Bi[] {
  return updateProgress((p) => {
    const before = p.quiz[lesson];
    if (!before || correct / total >= before.best / before.total) {
      p.quiz[lesson] = { best: correct, total, at: new Date().toISOString() };
    }
  });
}

export function resetProgress(path = progressPath()): Bi | undefined {
  try {
    rmSync(path, { force: true });
    return undefined;
  } catch (err) {
    return unreadable(path, err);
  }
}
