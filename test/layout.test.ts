/** The layout module's rules, checked on the text shapes the lessons print. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderBars } from '../src/ui/format.js';
import { width, wrap } from '../src/ui/layout.js';
import { renderTable } from '../src/ui/table.js';
import { renderTimeline } from '../src/ui/timeline.js';

function fits(lines: string[], max: number): void {
  for (const l of lines) assert.ok(width(l) <= max, `${width(l)} > ${max}: ${l}`);
}

describe('wrap', () => {
  it('English breaks at spaces, never inside a word; a number keeps its unit', () => {
    const text = 'The pool ending apply_async took 110 37×4 tasks in 8.03 s measured';
    for (let max = 12; max <= 40; max++) {
      const lines = wrap(text, max);
      fits(lines, max);
      assert.equal(lines.join(' '), text, `at ${max}`);
      assert.ok(!lines.some((l) => /^s\b/.test(l)), `"s" alone at ${max}: ${lines.join('|')}`);
    }
  });

  it('Chinese breaks between characters, in display columns, with kinsoku', () => {
    const text =
      '回调在主进程里运行（PID 4242、4243、4244），而不是在工作进程里：用 apply_async 提交。';
    // From 24: the PID list with its closing （）， is one 20-column piece.
    for (let max = 24; max <= 60; max++) {
      const lines = wrap(text, max);
      fits(lines, max);
      assert.equal(lines.join('').replace(/\s/g, ''), text.replace(/\s/g, ''));
      for (const l of lines) {
        assert.doesNotMatch(l, /^[，。、：；）」]/, `starts with closing punctuation at ${max}`);
        assert.doesNotMatch(l, /[（「]$/, `ends with opening punctuation at ${max}`);
      }
      const joined = lines.join('|');
      assert.match(joined, /4242、4243、4244/, `PID list split at ${max}`);
      assert.match(joined, /apply_async/, `code name split at ${max}`);
    }
  });

  it('a piece wider than the line is cut by columns rather than overflowing', () => {
    const lines = wrap(`see /proc/${'x'.repeat(30)}/stat`, 16);
    fits(lines, 16);
  });
});

describe('tables', () => {
  const header = ['名称\nname', '用途\nuse'];
  const rows = [
    [
      'pipe',
      '一个进程写、另一个进程读的字节流\na byte stream one process writes and another reads',
    ],
    ['shared memory', '同一块内存，需要信号量保护\nthe same memory, guarded by a semaphore'],
  ];

  it('a header shows one language per line and a table fits its width', () => {
    const wide = renderTable(header, rows, { width: 120 });
    assert.match(wide[0]!, /名称/);
    assert.match(wide[1]!, /name/);
    for (const w of [80, 60, 40]) fits(renderTable(header, rows, { width: w }), w);
  });

  it('shrinks columns by wrapping cells, and folds into blocks when nothing else fits', () => {
    const shrunk = renderTable(header, rows, { width: 50 });
    assert.ok(
      shrunk.some((l) => l.startsWith('  pipe ')),
      shrunk.join('\n'),
    );
    const folded = renderTable(header, [['a', 'x'.repeat(30)]], { width: 20 });
    fits(folded, 20);
    assert.match(folded.join('\n'), /▸ a/);
  });

  it('numbers stay right-aligned', () => {
    const lines = renderTable(['n'], [[5], [123]], { width: 80 });
    assert.equal(width(lines[2]!), width(lines[3]!));
  });
});

describe('charts scale to the width', () => {
  it('bars and timelines fit 60 and 120 columns', () => {
    const bars = [
      { label: '创建一个进程 / start a process', value: 30, text: '30.0 ms' },
      { label: '创建一个线程 / start a thread', value: 1, text: '1.00 ms' },
    ];
    for (const w of [60, 120]) fits(renderBars(bars, w), w);
    const rows = [
      { label: '4242', blocks: [{ start: 0, end: 900, label: '1' }] },
      { label: '排队 / queue', blocks: [{ start: 0, end: 500, label: '10' }] },
    ];
    for (const w of [60, 79, 120]) fits(renderTimeline(rows, { now: 1000, total: w }), w);
  });

  it('a block too short for its label gives its columns to the next, never "||"', () => {
    // The queue of the pool timeline: 10 waiting, then 9, 8 and 7 within a few ms, then 6.
    const steps = [
      [0, 100, '10'],
      [100, 200, '9'],
      [200, 202, '8'],
      [202, 400, '7'],
      [400, 1000, '6'],
    ] as const;
    const blocks = steps.map(([start, end, label]) => ({ start, end, label }));
    const [line] = renderTimeline([{ label: 'queue', blocks }], { now: 1000, total: 60 });
    assert.doesNotMatch(line!, /\|\|/);
    assert.match(line!, /\|10━+\|9━+\|7━+\|6━+$/);
  });
});
