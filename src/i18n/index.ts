/**
 * Every sentence proc-lab shows exists in both languages. A `Bi` is that pair; `--lang` decides
 * which half (or both) reaches the screen, so lesson code never picks a language itself.
 */
export type Lang = 'zh' | 'en' | 'both';
export const LANGS: readonly Lang[] = ['zh', 'en', 'both'];

export interface Bi {
  zh: string;
  en: string;
}

/** Placeholder values; a `Bi` value is filled language by language (zh into zh, en into en). */
export type Vars = Record<string, string | number | bigint | boolean | Bi>;

/** Fill `{name}` placeholders in both languages at once. Unknown names stay visible on purpose. */
export function fmt(text: Bi, vars: Vars = {}): Bi {
  const fill = (s: string, lang: 'zh' | 'en') =>
    s.replace(/\{(\w+)\}/g, (whole, key: string) => {
      if (!(key in vars)) return whole;
      const v = vars[key]!;
      return typeof v === 'object' ? v[lang] : String(v);
    });
  return { zh: fill(text.zh, 'zh'), en: fill(text.en, 'en') };
}

/** Several texts as one list, joined the way each language writes a list. */
export function list(texts: readonly Bi[]): Bi {
  return { zh: texts.map((t) => t.zh).join('、'), en: texts.map((t) => t.en).join(', ') };
}

/** The lines to print for one text: zh first (the material is Chinese), then en. */
export function pick(text: Bi, lang: Lang): string[] {
  if (lang === 'zh') return [text.zh];
  if (lang === 'en') return [text.en];
  return text.zh === text.en ? [text.zh] : [text.zh, text.en];
}

/** One line holding both languages, for short labels and error messages ("中文 / English"). */
export function inline(text: Bi, lang: Lang): string {
  if (lang === 'zh') return text.zh;
  if (lang === 'en') return text.en;
  return text.zh === text.en ? text.zh : `${text.zh} / ${text.en}`;
}

/** The language asked for by `--lang`, else PROC_LAB_LANG, else both. Read before commander runs. */
export function langFromArgv(argv: readonly string[], env = process.env): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value && (LANGS as readonly string[]).includes(value)) return value as Lang;
  }
  const fromEnv = env.PROC_LAB_LANG;
  return fromEnv && (LANGS as readonly string[]).includes(fromEnv) ? (fromEnv as Lang) : 'both';
}

/** True when a string contains CJK ideographs; tests use it to check `--lang en` output. */
export function hasChinese(s: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(s);
}

/**
 * A text whose English depends on a count: `one` and `other` as CLDR names the plural forms
 * (Intl.PluralRules picks), while Chinese has one form for every number ("1 个进程", "3 个进程").
 * The one place plural rules live: text modules hold `Plural`s, lessons call `counted()`.
 */
export interface Plural {
  zh: string;
  en: { one: string; other: string };
}

const englishPlural = new Intl.PluralRules('en');

/** The Bi for count `n`, with `{n}` filled (other placeholders are left for fmt). */
export function counted(text: Plural, n: number): Bi {
  const en = englishPlural.select(n) === 'one' ? text.en.one : text.en.other;
  return fmt({ zh: text.zh, en }, { n });
}
