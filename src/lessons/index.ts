/**
 * The ordered lesson registry: the CLI's subcommands, the menu, the tour and the quiz are all
 * built by looping over this one list (as rustlings keeps every exercise in one info.toml).
 * Everything of a lesson lives in its folder `src/lessons/<id>/`: `meta.ts` (what --help and the
 * menu need), `index.ts` (its parts, loaded only when it runs), `text.ts` and `quiz.ts`. Adding a
 * lesson: copy a folder, then add its import and one line below.
 */

import { entry as executor } from './executor/meta.js';
import { entry as ipc } from './ipc/meta.js';
import { entry as pool } from './pool/meta.js';
import { entry as processes } from './processes/meta.js';
import type { LessonEntry } from './types.js';
import { entry as zombie } from './zombie/meta.js';

export const lessons: readonly LessonEntry[] = [processes, ipc, pool, zombie, executor];
