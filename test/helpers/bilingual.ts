/**
 * The check both registries' tests make of every text: each Bi-shaped object ({zh, en}, at any
 * depth) has both halves, neither empty, and the English half has no Chinese in it.
 */
import { hasChinese } from '../../src/i18n/index.js';

export function checkBilingual(value: unknown, path: string, problems: string[]): void {
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if ('zh' in o || 'en' in o) {
    for (const lang of ['zh', 'en']) {
      if (typeof o[lang] !== 'string' || (o[lang] as string).trim() === '')
        problems.push(`${path} lacks ${lang}`);
    }
    if (typeof o.en === 'string' && hasChinese(o.en)) problems.push(`${path}.en has Chinese`);
    return;
  }
  for (const [k, v] of Object.entries(o)) checkBilingual(v, `${path}.${k}`, problems);
}
