/** `proc-lab progress`: which lessons are finished and the best quiz scores; `--reset` clears. */
import type { GlobalValues } from '../cli/options.js';
import { lessons } from '../lessons/index.js';
import { loadProgress, progressPath, resetProgress } from '../progress/store.js';
import { Output } from '../ui/output.js';

export function showProgress(global: GlobalValues, reset: boolean): void {
  const out = new Output({ lang: global.lang, json: global.json, color: global.color });
  const path = progressPath();
  if (reset) {
    const warning = resetProgress(path);
    if (warning) out.warn(warning);
    out.event('progress-reset', { path });
    out.say({ zh: '进度已清除：{path}', en: 'Progress cleared: {path}' }, { path });
    return;
  }
  const { progress, warning } = loadProgress(path);
  if (warning) out.warn(warning);
  out.event('progress', { path, lessons: progress.lessons, quiz: progress.quiz });
  out.heading({ zh: '学习进度', en: 'Progress' });
  out.table(
    [
      { zh: '课程', en: 'lesson' },
      { zh: '标题', en: 'title' },
      { zh: '完成', en: 'done' },
      { zh: '次数', en: 'runs' },
      { zh: '测验最好成绩', en: 'best quiz' },
    ],
    lessons.map(({ meta }) => {
      const done = progress.lessons[meta.id];
      const quiz = progress.quiz[meta.id];
      return [
        meta.id,
        out.text(meta.title),
        done ? '✓' : '·',
        String(done?.runs ?? 0),
        quiz ? `${quiz.best}/${quiz.total}` : '—',
      ];
    }),
  );
  out.say({ zh: '保存在 {path}', en: 'Kept in {path}' }, { path });
}
