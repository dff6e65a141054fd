/**
 * Every paragraph says the same thing in both languages: for each text of every text module
 * (lesson metas, *.text.ts, text.ts and quizzes under src/), the Chinese and the English mention
 * the same {placeholders}, the same numbers and the same code names (os.fork(), SIGKILL,
 * SharedArrayBuffer, --flags, ...). A sentence that gives a figure or names an API in one language
 * and not the other is a translation that drifted. The Chinese also keeps one term per thing.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { commands } from '../src/commands/index.js';
import { lessons } from '../src/lessons/index.js';
import { ROOT } from './helpers/cli.js';

/** What each language mentions; compared as sets. */
export function mentions(s: string): Record<'placeholders' | 'numbers' | 'code', string[]> {
  const placeholders = [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  // Placeholders and code are taken out first, so their digits are not counted as numbers.
  const rest = s.replace(/\{\w+\}/g, ' ');
  const code = new Set<string>();
  const patterns = [
    /--[a-z][\w-]*/g, // options
    /\b[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+(?:\([^()\s]*\))?/g, // os.fork(), multiprocessing.Pool
    /\b[A-Za-z_]\w*\([^()\s]*\)/g, // wait(), exit(3)
    /\b[a-z]+_[\w]+\b|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g, // snake_case, PR_SET_CHILD_SUBREAPER
    /\b[a-z]+[A-Z]\w*\b|\b[A-Z][a-z]+[A-Z]\w*\b/g, // camelCase, SharedArrayBuffer
    /\bSIG[A-Z]+(?=s?\b|ed\b)/g, // signals, also as English verbs: SIGKILLs, SIGKILLed
  ];
  // Not code: "e.g." and plural endings such as "process(es)", "worker(s)".
  const prose = /^[a-z]\.[a-z]$|\((?:s|es)\)$/i;
  let left = rest;
  for (const p of patterns) {
    // Quotes inside code are the same code either way: send("go") is send('go').
    for (const m of left.matchAll(p)) if (!prose.test(m[0])) code.add(m[0].replace(/"/g, "'"));
    left = left.replace(p, ' ');
  }
  const numbers = [...left.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0].replace(/,/g, ''));
  const uniq = (xs: Iterable<string>) => [...new Set(xs)].sort();
  return { placeholders: uniq(placeholders), numbers: uniq(numbers), code: uniq(code) };
}

/**
 * One term per thing in Chinese: 材料 (never 教材) for the material, and 工作进程 / 工作线程 for a
 * worker (not the English word; the `proc-lab worker` command and the Worker class keep their names).
 * A quoted span with no Chinese in it is a literal, not a term: a line a program prints
 * ("worker pid … added …") or a string in code (fork(me, ["worker", dir])) must stay as it is.
 */
export function offTerms(zh: string): string[] {
  const text = zh
    .replace(/\{\w+\}/g, ' ')
    .replace(/proc-lab worker/g, ' ')
    .replace(/"[^"\u4e00-\u9fff]*"|'[^'\u4e00-\u9fff]*'/g, ' ');
  const found: string[] = [];
  if (text.includes('教材')) found.push('教材');
  for (const m of text.matchAll(/(?<![\w.-])workers?(?![\w.(-])/g)) found.push(m[0]);
  return [...new Set(found)];
}

interface Finding {
  where: string;
  kind: string;
  zh: string[];
  en: string[];
}

function walk(value: unknown, where: string, found: Finding[]): void {
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.zh === 'string' && typeof o.en === 'string') {
    const zh = mentions(o.zh);
    const en = mentions(o.en);
    for (const kind of ['placeholders', 'numbers', 'code'] as const) {
      if (zh[kind].join('\u0000') !== en[kind].join('\u0000')) {
        found.push({ where, kind, zh: zh[kind], en: en[kind] });
      }
    }
    const terms = offTerms(o.zh);
    if (terms.length > 0) found.push({ where, kind: 'terms', zh: terms, en: [] });
    return;
  }
  for (const [k, v] of Object.entries(o)) walk(v, `${where}.${k}`, found);
}

async function allFindings(): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const { meta } of lessons) walk(meta, `lessons/${meta.id}/meta`, found);
  for (const c of commands)
    walk({ about: c.about, args: c.args, options: c.options }, `commands/${c.name}`, found);
  const src = join(ROOT, 'src');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => /(^|[/.])(text|quiz)\.ts$/.test(f))
    .sort();
  for (const file of files) {
    const compiled = new URL(`../src/${file.replace(/ts$/, 'js')}`, import.meta.url);
    walk(await import(compiled.href), file.replace(/\.ts$/, ''), found);
  }
  return found;
}

describe('language parity', () => {
  it('mentions(): placeholders, numbers and code names, each apart', () => {
    assert.deepEqual(mentions('PID {pid}：os.fork() 用了 1,000 次，SIGKILL 3 秒后'), {
      placeholders: ['pid'],
      numbers: ['1000', '3'],
      code: ['SIGKILL', 'os.fork()'],
    });
    assert.deepEqual(mentions('call exit(3) with --hold 10 on a SharedArrayBuffer').code, [
      '--hold',
      'SharedArrayBuffer',
      'exit(3)',
    ]);
    assert.deepEqual(mentions('it SIGKILLs one, SIGTERMed the other').code, ['SIGKILL', 'SIGTERM']);
    assert.deepEqual(mentions('voluntary_ctxt_switches in /proc/<pid>/status').code, [
      'voluntary_ctxt_switches',
    ]);
    assert.deepEqual(offTerms('教材里的 3 个 worker，工作进程 {worker}，proc-lab worker'), [
      '教材',
      'worker',
    ]);
    assert.deepEqual(offTerms('工作线程（Worker）与 --workers 3'), []);
    assert.deepEqual(offTerms('报告了 "worker pid … added …"；fork(me, ["worker", dir])'), []);
    assert.deepEqual(offTerms('"交给 worker 的任务"'), ['worker']);
    assert.deepEqual(mentions('e.g. 3 process(es) and 2 worker(s)'), {
      placeholders: [],
      numbers: ['2', '3'],
      code: [],
    });
  });

  it('every text says the same numbers, code names and placeholders in zh and en, in one set of terms', async () => {
    const problems = (await allFindings()).map(
      (f) => `${f.where}:${f.kind}  zh=${JSON.stringify(f.zh)} en=${JSON.stringify(f.en)}`,
    );
    assert.deepEqual(problems, []);
  });
});
