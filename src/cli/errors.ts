/**
 * commander's own errors (unknown lesson, unknown option, missing value) turned into proc-lab's
 * one bilingual line, so every usage error looks and exits the same (exit 2).
 */

import type { Bi } from '../i18n/index.js';
import type { CommanderError } from './commander.js';

const quoted = (message: string, n = 0) => [...message.matchAll(/'([^']*)'/g)][n]?.[1] ?? '';

export function commanderText(err: CommanderError, lessons: readonly string[]): Bi {
  const m = err.message.replace(/^error:\s*/, '');
  const list = { zh: lessons.join('、'), en: lessons.join(', ') };
  switch (err.code) {
    case 'commander.unknownCommand':
      return {
        zh: `没有叫 '${quoted(m)}' 的课程，可选：${list.zh}`,
        en: `unknown lesson '${quoted(m)}'; choose from: ${list.en}`,
      };
    case 'commander.unknownOption':
      return {
        zh: `未知的选项 '${quoted(m)}'（用 --help 查看可用选项）`,
        en: `unknown option '${quoted(m)}' (see --help for the options)`,
      };
    case 'commander.optionMissingArgument':
      return {
        zh: `选项 '${quoted(m)}' 缺少取值`,
        en: `option '${quoted(m)}' needs a value`,
      };
    case 'commander.excessArguments':
      return {
        zh: `多余的参数（用 --help 查看用法）`,
        en: `too many arguments (see --help for the usage)`,
      };
    case 'commander.missingArgument':
      return { zh: `缺少参数 '${quoted(m)}'`, en: `missing argument '${quoted(m)}'` };
    default:
      return { zh: `用法错误：${m}`, en: m };
  }
}
