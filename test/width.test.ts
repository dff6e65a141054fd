/** layout's width() measures simple text itself (fast start); it must agree with string-width. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import stringWidth from 'string-width';
import { lessons } from '../src/lessons/index.js';
import { width } from '../src/ui/layout.js';

describe('display width', () => {
  it('agrees with string-width on every lesson title and summary, and on hard cases', () => {
    const samples = [
      'plain ASCII',
      '中文，标点。（括号）「引号」',
      'PID 4242、4243 · 8.03 s ━━░░▲ ● ⚠ ✓ ✗ █ ─ │ └─',
      'Ångström café — “quotes” … ½ →',
      '한국어 ｆｕｌｌｗｉｄｔｈ ｶﾀｶﾅ',
      'é combining é', // e + U+0301
      'emoji ✅ ⭐ 🧪 👩‍💻 ⚠️',
      '\u001b[31mred\u001b[0m 红',
    ];
    for (const { meta } of lessons) {
      samples.push(meta.title.zh, meta.title.en, meta.summary.zh, meta.summary.en);
      for (const s of meta.sections) samples.push(s.title.zh, s.title.en);
    }
    for (const s of samples) assert.equal(width(s), stringWidth(s), JSON.stringify(s));
  });
});
