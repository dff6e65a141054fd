/**
 * Runs one lesson: the `lesson-start` event and title, each chosen section (heading, `section`
 * event, its live demo, an optional pause), then `lesson-end` and the cleanup of every child.
 */

import type { GlobalValues } from '../cli/options.js';
import { markFinished } from '../progress/store.js';
import { children } from '../runtime/children.js';
import { UsageError } from '../runtime/errors.js';
import { Output } from '../ui/output.js';
import { pause } from '../ui/pause.js';
import { createContext } from './context.js';
import { text } from './text.js';
import type { LessonEntry } from './types.js';

export interface RunOptions extends Omit<GlobalValues, 'debug'> {
  /** Section ids to run; empty means all, in order. */
  parts: readonly string[];
  options: Record<string, unknown>;
  /** With --step, pause after the last section too (the tour, before the next lesson). */
  pauseAfterLast?: boolean;
}

export interface RunResult {
  /** The user pressed q at a pause. */
  quit: boolean;
  ms: number;
}

export async function runLesson(entry: LessonEntry, o: RunOptions): Promise<RunResult> {
  const { meta } = entry;
  const known = meta.sections.map((s) => s.id);
  for (const p of o.parts) {
    if (!known.includes(p)) {
      throw new UsageError({
        zh: `课程 ${meta.id} 没有 '${p}' 这一部分，可选：${known.join('、')}`,
        en: `lesson ${meta.id} has no part '${p}'; choose from: ${known.join(', ')}`,
      });
    }
  }
  const out = new Output({ lang: o.lang, json: o.json, color: o.color });
  children.observer = {
    spawned: (c) => out.event('spawn', { pid: c.pid, ppid: c.ppid, name: c.name }),
    exited: (e) => out.event('exit', { pid: e.pid, code: e.code, signal: e.signal, name: e.name }),
  };
  const ctx = createContext({
    lesson: meta,
    out,
    lang: o.lang,
    fast: o.fast,
    speed: o.speed,
    step: o.step,
    options: o.options,
    children,
  });

  out.restart();
  out.event('lesson-start', { lesson: meta.id, pid: process.pid, ppid: process.ppid });
  out.title(meta.title);
  out.say(meta.summary);
  const mod = (await entry.load()).default;
  let quit = false;
  const chosen = meta.sections.filter((s) => o.parts.length === 0 || o.parts.includes(s.id));
  try {
    if (!(await mod.override?.(ctx))) {
      for (let i = 0; i < chosen.length; i++) {
        const section = chosen[i]!;
        out.section = section.id;
        out.event('section', { id: section.id });
        out.heading({
          zh: `${i + 1}. ${section.title.zh}`,
          en: `${i + 1}. ${section.title.en}`,
        });
        await mod.sections[section.id]!(ctx);
        if (!o.step || (i === chosen.length - 1 && !o.pauseAfterLast)) continue;
        const answer = await pause(out, true);
        if (answer === 'quit') {
          quit = true;
          break;
        }
        // b: show the previous section again (or this one again if it is the first).
        if (answer === 'back') i = Math.max(-1, i - 2);
      }
    }
  } finally {
    await children.cleanup();
  }
  if (!quit && o.parts.length === 0) for (const w of markFinished(meta.id)) out.warn(w);
  const ms = Math.round(out.now());
  out.event('lesson-end', { lesson: meta.id, ms });
  out.blank();
  // q at a pause left the lesson part-way: it did not finish, so do not say it did.
  out.fact(quit ? text.lessonLeft : text.lessonFinished, { s: (ms / 1000).toFixed(1) });
  return { quit, ms };
}
