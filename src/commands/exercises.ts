/**
 * `proc-lab exercises`: the exercises in order with each one's state; `exercises ID` shows one
 * statement; `exercises init [DIR]` writes the starters (never overwriting).
 */
import { relative } from 'node:path';
import type { GlobalValues } from '../cli/options.js';
import { cliText } from '../exercises/cli.text.js';
import { DEFAULT_DIR, pickLearnerFile, workspace } from '../exercises/files.js';
import { exercises } from '../exercises/index.js';
import { init } from '../exercises/init.js';
import { ids, requireExercise, unknownAction } from '../exercises/select.js';
import { loadStates } from '../exercises/state.js';
import type { ExerciseEntry } from '../exercises/types.js';
import { fmt } from '../i18n/index.js';
import { lessons } from '../lessons/index.js';
import { Output } from '../ui/output.js';
import type { CommandModule } from './types.js';

const LANGS = ['python', 'javascript'];

function output(global: GlobalValues): Output {
  return new Output({ lang: global.lang, json: global.json, color: global.color });
}

/**
 * One line per exercise under its lesson, so that the list fits 80 columns even with both
 * languages: "    ✓ zombie-make       造一个僵尸进程，再回收它 / Make a zombie, then reap it".
 */
function list(out: Output): void {
  const states = loadStates();
  if (states.warning) out.warn(states.warning);
  out.heading(cliText.listTitle);
  const marks = { 'not-started': '·', failing: out.c.red('✗'), passed: out.c.green('✓') };
  const width = Math.max(...ids.map((id) => id.length));
  let lesson = '';
  exercises.forEach((e, i) => {
    const state = states.state(e.id);
    out.event('exercise', { id: e.id, lesson: e.lesson, langs: LANGS, state, n: i + 1 });
    if (e.lesson !== lesson) {
      lesson = e.lesson;
      out.lines([`  ${out.c.bold(lesson)}`]);
    }
    out.lines([`    ${marks[state]} ${e.id.padEnd(width)}  ${out.text(e.title)}`]);
  });
  out.blank();
  const legend = (['passed', 'failing', 'not-started'] as const).map(
    (s) => `${marks[s]} ${out.text(cliText.states[s])}`,
  );
  out.lines([`  ${legend.join('   ')}`]);
  out.say(cliText.listHow);
}

async function show(out: Output, entry: ExerciseEntry, dirArg: string | undefined): Promise<void> {
  const mod = (await entry.load()).default;
  const dir = workspace(dirArg, ids);
  const file = pickLearnerFile(dir, entry.id);
  const lesson = lessons.find((l) => l.meta.id === entry.lesson);
  out.event('exercise', {
    id: entry.id,
    lesson: entry.lesson,
    langs: LANGS,
    state: loadStates().state(entry.id),
    statement: mod.statement,
    file: file ?? null,
  });
  out.heading(
    fmt(cliText.statementOf, {
      id: entry.id,
      lesson: lesson ? lesson.meta.title : entry.lesson,
      title: entry.title,
    }),
  );
  for (const p of mod.statement) out.say(p);
  if (file) out.say(cliText.yourFile, { file: relative(process.cwd(), file) || file });
  else out.say(cliText.noFileYet, { dir: relative(process.cwd(), dir) || '.', id: entry.id });
  out.say(cliText.checkWith, { id: entry.id });
}

async function initDir(out: Output, dirArg: string | undefined): Promise<void> {
  const dir = dirArg ?? DEFAULT_DIR;
  const result = await init(dir);
  const rel = (p: string) => relative(process.cwd(), p) || p;
  out.event('init', { dir, written: result.written, kept: result.kept });
  out.lines(result.written.map((f) => `  + ${rel(f)}`));
  out.lines(result.kept.map((f) => `  = ${rel(f)}`));
  out.say(cliText.initDone, { dir, written: result.written.length, kept: result.kept.length });
  out.say(cliText.initLink, { link: rel(result.link) });
  out.say(cliText.initNext, { dir });
}

const command: CommandModule = {
  run: async ({ global, args }) => {
    const [what, dir] = args as (string | undefined)[];
    const out = output(global);
    if (what === 'init') await initDir(out, dir);
    else if (what === undefined) list(out);
    else if (ids.includes(what)) await show(out, requireExercise(what), dir);
    else throw unknownAction(what);
    return 0;
  },
};
export default command;
