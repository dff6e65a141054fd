/** The words of classroom mode (tour, quiz, progress). */
import type { Bi } from '../i18n/index.js';

export const text = {
  tourCard: { zh: '第 {n} 课（共 {total} 课）', en: 'Lesson {n} of {total}' },
  quizTitle: { zh: '测验：{title}', en: 'Quiz: {title}' },
  yourPrediction: { zh: '你的预测', en: 'Your prediction' },
  predicted: { zh: '你的预测：{p}', en: 'Your prediction: {p}' },
  runningLive: { zh: '现在真实运行一遍……', en: 'Now running it for real…' },
  measured: { zh: '实测：{m}', en: 'Measured: {m}' },
  right: { zh: '✓ 答对了：{a}', en: '✓ Right: {a}' },
  wrong: { zh: '✗ 你选了 {c}；正确答案是 {a}', en: '✗ You chose {c}; the answer is {a}' },
  score: { zh: '得分：{c}/{t}', en: 'Score: {c}/{t}' },
  progressCleared: { zh: '进度已清除：{path}', en: 'Progress cleared: {path}' },
  progressAskReset: {
    zh: '清除所有已完成的课程和测验成绩（{path}）？',
    en: 'Clear every finished lesson and quiz score ({path})?',
  },
  progressNotCleared: { zh: '进度没有改动。', en: 'Progress left as it was.' },
  progressTitle: { zh: '学习进度', en: 'Progress' },
  progressKept: { zh: '保存在 {path}', en: 'Kept in {path}' },
  colLesson: { zh: '课程', en: 'lesson' },
  colTitle: { zh: '标题', en: 'title' },
  colDone: { zh: '完成', en: 'done' },
  colRuns: { zh: '次数', en: 'runs' },
  colQuiz: { zh: '测验最好成绩', en: 'best quiz' },
} satisfies Record<string, Bi>;
