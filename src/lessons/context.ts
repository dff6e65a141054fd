import { setTimeout as sleep } from 'node:timers/promises';
import type { Lang } from '../i18n/index.js';
import type { ChildRegistry } from '../runtime/children.js';
import { demo } from '../runtime/demo.js';
import type { Output } from '../ui/output.js';
import type { LessonContext, LessonMeta } from './types.js';

export interface ContextOptions {
  lesson: LessonMeta;
  out: Output;
  lang: Lang;
  fast: boolean;
  speed: number;
  step?: boolean;
  options: Record<string, unknown>;
  children: ChildRegistry;
}

export function createContext(o: ContextOptions): LessonContext {
  return {
    ...o,
    scale: (ms) => Math.round(ms / o.speed),
    demo(name, args = [], options = {}) {
      const where = demo(name);
      return o.children.fork(name, where.path, args, {
        execArgv: where.execArgv,
        ...options,
      });
    },
    sleep: (ms) => sleep(ms),
  };
}
