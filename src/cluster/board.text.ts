/** The labels of the producer's live picture (./board.ts). */
import type { Bi } from '../i18n/index.js';

export const text = {
  broker: {
    zh: 'Redis 的视图：等待 {waiting}，处理中 {active}，已完成 {done}',
    en: 'Redis’s view: waiting {waiting}, active {active}, done {done}',
  },
  pending: {
    zh: '待确认条目（PEL）：{list}',
    en: 'pending entries (PEL): {list}',
  },
  none: { zh: '无', en: 'none' },
  counted: {
    zh: '生产者已收到 {n}/{m} 个结果',
    en: 'the producer has {n} of {m} results',
  },
} satisfies Record<string, Bi>;
