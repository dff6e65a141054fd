/**
 * `proc-lab quiz [lesson]`: predict, then run. Each question is asked (inquirer in a terminal, or
 * taken from --answers for scripted grading), the live demo that settles it runs, and the measured
 * result is shown beside the prediction. Scores go to the progress file.
 */

import type { GlobalValues } from '../cli/options.js';
import { type Bi, fmt, pick } from '../i18n/index.js';
import { createContext } from '../lessons/context.js';
import { lessons } from '../lessons/index.js';
import type { Question, Quiz } from '../lessons/types.js';
import { recordScore } from '../progress/store.js';
import { children } from '../runtime/children.js';
import { UsageError } from '../runtime/errors.js';
import { Output } from '../ui/output.js';
import { text } from './text.js';
import type { CommandModule } from './types.js';

const LETTERS = 'abcd';

/** "b) 100" in both languages. */
const lettered = (k: number, c: Bi): Bi => ({
  zh: `${LETTERS[k]}) ${c.zh}`,
  en: `${LETTERS[k]}) ${c.en}`,
});

async function load(lesson: string | undefined): Promise<Quiz[]> {
  const ids = lessons.map((l) => l.meta.id);
  if (lesson !== undefined && !ids.includes(lesson)) {
    throw new UsageError({
      zh: `没有 '${lesson}' 的测验，可选：${ids.join('、')}`,
      en: `no quiz for '${lesson}'; choose from: ${ids.join(', ')}`,
    });
  }
  const chosen = lesson === undefined ? ids : [lesson];
  const entries = chosen.map((id) => lessons.find((l) => l.meta.id === id)!);
  return Promise.all(entries.map(async (e) => (await e.quiz()).default));
}

/** Turn `--answers a,b,c` into choice indexes, checked against the questions they answer. */
function parseAnswers(raw: string, questions: readonly Question[]): number[] {
  const letters = raw.split(',').map((a) => a.trim().toLowerCase());
  const bad = letters.findIndex(
    (a, i) =>
      !questions[i] || !LETTERS.slice(0, questions[i]!.choices.length).includes(a) || a === '',
  );
  if (letters.length !== questions.length || bad >= 0) {
    throw new UsageError({
      zh: `--answers 需要 ${questions.length} 个字母（a–d，用逗号分隔），收到的是 '${raw}'`,
      en: `--answers needs ${questions.length} letters (a–d, comma-separated), got '${raw}'`,
    });
  }
  return letters.map((a) => LETTERS.indexOf(a));
}

async function quiz(
  global: GlobalValues,
  lesson: string | undefined,
  answers?: string,
): Promise<void> {
  const quizzesToRun = await load(lesson);
  const all = quizzesToRun.flatMap((q) => q.questions);
  const interactive = process.stdin.isTTY && process.stdout.isTTY && !global.json;
  if (answers === undefined && !interactive) {
    throw new UsageError({
      zh: `测验需要在终端里作答；脚本评分请用 --answers 给出 ${all.length} 个答案（如 a,b,c）`,
      en: `the quiz needs a terminal to ask its questions; for scripted grading pass --answers with ${all.length} letters (e.g. a,b,c)`,
    });
  }
  const given = answers === undefined ? undefined : parseAnswers(answers, all);
  const out = new Output({ lang: global.lang, json: global.json, color: global.color });
  const { select } =
    interactive && !given ? await import('@inquirer/prompts') : { select: undefined };
  let asked = 0;
  for (const q of quizzesToRun) {
    const meta = lessons.find((l) => l.meta.id === q.lesson)!.meta;
    const ctx = createContext({
      lesson: meta,
      out,
      lang: global.lang,
      fast: true,
      speed: 10,
      options: {},
      children,
    });
    out.title(fmt(text.quizTitle, { title: meta.title }));
    let correct = 0;
    for (const [i, question] of q.questions.entries()) {
      out.event('question', { id: question.id, lesson: q.lesson });
      out.heading({ zh: `${i + 1}. ${question.prompt.zh}`, en: `${i + 1}. ${question.prompt.en}` });
      let chosen: number;
      if (given) {
        chosen = given[asked]!;
        for (const [k, c] of question.choices.entries()) out.say(lettered(k, c));
      } else {
        chosen = await select!({
          message: out.text(text.yourPrediction),
          // Every choice on screen at once, each one line per language.
          pageSize: question.choices.length * (out.lang === 'both' ? 2 : 1),
          choices: question.choices.map((c, k) => ({
            value: k,
            // With --lang both, the English under the Chinese, as everywhere else on screen.
            name: pick(c, out.lang)
              .map((l, j) => (j === 0 ? `${LETTERS[k]}) ${l}` : `     ${l}`))
              .join('\n'),
          })),
        });
      }
      asked++;
      out.fact(text.predicted, { p: lettered(chosen, question.choices[chosen]!) });
      if (question.live) {
        out.say(text.runningLive);
        const measured = await question.live(ctx);
        await children.cleanup();
        out.fact(text.measured, { m: measured });
      }
      const ok = chosen === question.answer;
      if (ok) correct++;
      out.event('answer', { id: question.id, chosen: LETTERS[chosen], correct: ok });
      out.fact(ok ? text.right : text.wrong, {
        a: lettered(question.answer, question.choices[question.answer]!),
        c: LETTERS[chosen]!,
      });
      out.say(question.explain);
    }
    out.event('score', { lesson: q.lesson, correct, total: q.questions.length });
    out.fact(text.score, { c: correct, t: q.questions.length });
    for (const w of recordScore(q.lesson, correct, q.questions.length)) out.warn(w);
  }
}

const command: CommandModule = {
  run: async ({ global, args, options }) => {
    await quiz(global, args[0] as string | undefined, options.answers as string | undefined);
    return 0;
  },
};
export default command;
