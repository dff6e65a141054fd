/**
 * The classroom commands beside the lessons: `tour`, `quiz`, `progress`. Like lessons, their code
 * loads only when they run.
 */
import type { Bi, Lang } from '../i18n/index.js';
import { inline } from '../i18n/index.js';
import { EXIT } from '../runtime/errors.js';
import type { Command } from './commander.js';
import {
  addGlobalOptions,
  deferOptions,
  type GlobalValues,
  mergeGlobals,
  splitOptions,
} from './options.js';

type Action = (
  global: GlobalValues,
  args: unknown[],
  own: Record<string, unknown>,
) => Promise<void>;

function add(
  program: Command,
  lang: Lang,
  name: string,
  about: Bi,
  examples: string[],
  action: Action,
): Command {
  const t = (b: Bi) => inline(b, lang);
  const cmd = program
    .command(name)
    .description(t(about))
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .addHelpText(
      'after',
      `\n${t({ zh: '示例', en: 'Examples' })}:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`,
    );
  deferOptions(cmd, () => addGlobalOptions(cmd, lang));
  cmd.action(async (...args: unknown[]) => {
    const self = args.at(-1) as Command;
    const { installLifecycle, shutdown } = await import('../runtime/lifecycle.js');
    const { global, lesson } = splitOptions(mergeGlobals(self));
    installLifecycle(global.lang);
    await action(global, args.slice(0, -2), lesson);
    await shutdown(EXIT.ok);
  });
  return cmd;
}

export function addClassroom(program: Command, lang: Lang): void {
  add(
    program,
    lang,
    'tour',
    {
      zh: '按顺序走完所有课程（课堂演示用）',
      en: 'every lesson in order, for a classroom walkthrough',
    },
    ['proc-lab tour --step', 'proc-lab tour --from pool --speed 2'],
    async (global, _args, own) => {
      const { tour } = await import('../commands/tour.js');
      await tour(global, own.from as string | undefined);
    },
  ).option('--from <lesson>', inline({ zh: '从这一课开始', en: 'start at this lesson' }, lang));

  add(
    program,
    lang,
    'quiz',
    {
      zh: '先预测、再运行：每课的选择题',
      en: 'predict, then run: multiple-choice questions per lesson',
    },
    ['proc-lab quiz processes', 'proc-lab quiz processes --answers b,b,b,b,a --json'],
    async (global, args, own) => {
      const { quiz } = await import('../commands/quiz.js');
      await quiz(global, args[0] as string | undefined, own.answers as string | undefined);
    },
  )
    .argument('[lesson]', inline({ zh: '只测这一课', en: 'only this lesson' }, lang))
    .option(
      '--answers <letters>',
      inline(
        {
          zh: '脚本评分：按顺序给出答案，如 a,b,c',
          en: 'scripted grading: the answers in order, e.g. a,b,c',
        },
        lang,
      ),
    );

  add(
    program,
    lang,
    'progress',
    { zh: '查看学过的课程和测验成绩', en: 'finished lessons and best quiz scores' },
    ['proc-lab progress', 'proc-lab progress --reset'],
    async (global, _args, own) => {
      const { showProgress } = await import('../commands/progress.js');
      showProgress(global, own.reset === true);
    },
  ).option('--reset', inline({ zh: '清除进度', en: 'clear the progress' }, lang));
}
