/** Classroom mode: tour, quiz (scripted and by keystrokes), progress, and pace. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { hasChinese } from '../src/i18n/index.js';
import { lessons } from '../src/lessons/index.js';
import { CONFIG_HOME, run, settle } from './helpers/cli.js';
import { hasTmux, Terminal } from './helpers/tty.js';

// Inside the helper's CONFIG_HOME, which is removed when the test process exits.
const freshConfig = () => mkdtempSync(join(CONFIG_HOME, 'progress-'));
const progressOf = (home: string) =>
  JSON.parse(readFileSync(join(home, 'proc-lab', 'progress.json'), 'utf8')) as {
    lessons: Record<string, { runs: number }>;
    quiz: Record<string, { best: number; total: number }>;
  };

async function answerKey(lesson: string): Promise<string[]> {
  const quiz = (await lessons.find((l) => l.meta.id === lesson)!.quiz()).default;
  return quiz.questions.map((q) => 'abcd'[q.answer]!);
}

describe('tour', () => {
  it('without a terminal runs every lesson in registry order and exits 0', async () => {
    const home = freshConfig();
    const r = await run(['tour', '--json', '--fast', '--step'], {
      env: { XDG_CONFIG_HOME: home },
      timeoutMs: 300_000,
    });
    assert.equal(r.code, 0, r.stderr);
    const marks = r.events.filter((e) => e.event === 'lesson-start' || e.event === 'lesson-end');
    const expected = lessons.flatMap((l) => [
      `lesson-start:${l.meta.id}`,
      `lesson-end:${l.meta.id}`,
    ]);
    assert.deepEqual(
      marks.map((e) => `${e.event}:${e.lesson}`),
      expected,
    );
    assert.deepEqual(
      Object.keys(progressOf(home).lessons).sort(),
      lessons.map((l) => l.meta.id).sort(),
    );
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('--from with an unknown lesson is a usage error', async () => {
    const r = await run(['tour', '--from', 'nowhere']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--from takes a lesson: processes/);
  });
});

describe('quiz', () => {
  it('every lesson has at least four bilingual questions with a valid answer', async () => {
    for (const { meta, quiz: load } of lessons) {
      const quiz = (await load()).default;
      assert.equal(quiz.lesson, meta.id);
      assert.ok(quiz.questions.length >= 4, meta.id);
      for (const q of quiz.questions) {
        assert.ok(q.id.startsWith(`${meta.id}.`));
        for (const bi of [q.prompt, q.explain, ...q.choices])
          assert.ok(bi.zh.trim() && bi.en.trim(), q.id);
        assert.ok(q.answer >= 0 && q.answer < q.choices.length && q.choices.length <= 4, q.id);
      }
    }
  });

  it('every error of the material is the subject of a question', async () => {
    const covered = new Set<number>();
    for (const { quiz } of lessons) {
      for (const q of (await quiz()).default.questions)
        if (q.materialError) covered.add(q.materialError);
    }
    const expected = [1, 2, 3, 4, 5, 6].filter((n) => n === 4 || lessons.length === 5);
    for (const n of expected) assert.ok(covered.has(n), `material error ${n}`);
  });

  it('--answers scores correctly, emits question/answer/score events and records the best score', async () => {
    const home = freshConfig();
    const key = await answerKey('processes');
    const right = await run(['quiz', 'processes', '--json', '--answers', key.join(',')], {
      env: { XDG_CONFIG_HOME: home },
    });
    assert.equal(right.code, 0, right.stderr);
    const answers = right.events.filter((e) => e.event === 'answer');
    assert.equal(answers.length, key.length);
    assert.ok(answers.every((e) => e.correct === true));
    assert.deepEqual(
      right.events.filter((e) => e.event === 'question').map((e) => e.id),
      answers.map((e) => e.id),
    );
    const score = right.events.find((e) => e.event === 'score')!;
    assert.deepEqual([score.correct, score.total], [key.length, key.length]);

    // One wrong answer costs one point; the best score is kept.
    const wrong = [...key];
    wrong[0] = wrong[0] === 'a' ? 'b' : 'a';
    const second = await run(['quiz', 'processes', '--json', '--answers', wrong.join(',')], {
      env: { XDG_CONFIG_HOME: home },
    });
    assert.equal(second.code, 0);
    assert.equal(second.events.find((e) => e.event === 'score')!.correct, key.length - 1);
    assert.equal(progressOf(home).quiz.processes!.best, key.length);
    assert.deepEqual(await settle(second.tag, second.pids), []);
  });

  it("--lang en prints no Chinese, for every lesson's quiz", async () => {
    const keys = await Promise.all(lessons.map((l) => answerKey(l.meta.id)));
    const r = await run(['quiz', '--lang', 'en', '--answers', keys.flat().join(',')], {
      timeoutMs: 300_000,
    });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!hasChinese(r.stdout), r.stdout.split('\n').find(hasChinese));
    assert.deepEqual(await settle(r.tag), []);
  });

  it('without a terminal and without --answers it refuses with exit 2', async () => {
    const r = await run(['quiz', 'processes']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--answers/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  it('--answers with the wrong number of letters is a usage error', async () => {
    const r = await run(['quiz', 'processes', '--answers', 'a,b']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--answers needs \d+ letters/);
  });

  it('answered by keystrokes in a real terminal, it records progress', {
    skip: hasTmux ? false : 'no tmux',
  }, async () => {
    const home = freshConfig();
    const term = new Terminal(['quiz', 'processes', '--lang', 'en'], {
      env: { XDG_CONFIG_HOME: home },
    });
    try {
      const key = await answerKey('processes');
      // Enter picks the first choice (a) every time.
      for (let i = 0; i < key.length; i++) {
        await term.waitFor(new RegExp(`${i + 1}\\. [\\s\\S]*Your prediction`));
        term.keys('Enter');
        await term.waitFor(new RegExp(`Score|${i + 2}\\. `), 30_000);
      }
      assert.equal(await term.exitCode(30_000), 0);
      const expected = key.filter((k) => k === 'a').length;
      assert.deepEqual(progressOf(home).quiz.processes, {
        ...progressOf(home).quiz.processes,
        best: expected,
        total: key.length,
      });
      assert.deepEqual(await settle(term.tag), []);
    } finally {
      term.close();
    }
  });

  it('with --lang both each choice is two lines, the English under the Chinese, all on screen', {
    skip: hasTmux ? false : 'no tmux',
  }, async () => {
    const quiz = (await lessons.find((l) => l.meta.id === 'processes')!.quiz()).default;
    const choices = quiz.questions[0]!.choices;
    const term = new Terminal(['quiz', 'processes'], { width: 80, env: { NO_COLOR: '1' } });
    try {
      const screen = await term.waitFor(/你的预测 \/ Your prediction[\s\S]*d\) /);
      const last = choices.at(-1)!;
      for (const [k, c] of choices.entries()) {
        const zh = screen.indexOf(`${'abcd'[k]}) ${c.zh}`);
        const en = screen.indexOf(`\n     ${c.en}`, zh);
        assert.ok(zh >= 0 && en > zh, `choice ${'abcd'[k]}: ${c.zh} above ${c.en}\n${screen}`);
      }
      assert.ok(screen.includes(last.en), 'the last choice is not cut off by the page size');
      term.keys('C-c');
      assert.equal(await term.exitCode(30_000), 130);
      assert.deepEqual(await settle(term.tag), []);
    } finally {
      term.close();
    }
  });
});

describe('progress', () => {
  it('a corrupt progress file is reported in one line and the lesson still runs', async () => {
    const home = freshConfig();
    mkdirSync(join(home, 'proc-lab'));
    writeFileSync(join(home, 'proc-lab', 'progress.json'), '{ not json');
    const r = await run(['processes', 'pids', '--fast'], { env: { XDG_CONFIG_HOME: home } });
    assert.equal(r.code, 0);
    const full = await run(['processes', '--fast', '--json'], { env: { XDG_CONFIG_HOME: home } });
    assert.equal(full.code, 0);
    assert.match(full.stderr, /progress file .* is corrupt/);
    assert.equal(full.stderr.trim().split('\n').length, 1);
    assert.equal(progressOf(home).lessons.processes!.runs, 1, 'rewritten as valid JSON');
  });

  it('an unwritable progress file never stops a lesson', async () => {
    const home = freshConfig();
    writeFileSync(join(home, 'proc-lab'), 'a file where a directory should be');
    const r = await run(['processes', '--fast', '--json', '--lang', 'en'], {
      env: { XDG_CONFIG_HOME: home },
    });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /could not save progress/);
    assert.equal(r.events.at(-1)!.event, 'lesson-end');
  });

  it('progress prints finished lessons and --reset clears them', async () => {
    const home = freshConfig();
    await run(['processes', '--fast', '--json'], { env: { XDG_CONFIG_HOME: home } });
    const shown = await run(['progress', '--lang', 'en'], { env: { XDG_CONFIG_HOME: home } });
    assert.equal(shown.code, 0);
    assert.match(shown.stdout, /processes\s+What a process is\s+✓\s+1/);
    const reset = await run(['progress', '--reset', '--json'], { env: { XDG_CONFIG_HOME: home } });
    assert.equal(reset.code, 0);
    const after = await run(['progress', '--json'], { env: { XDG_CONFIG_HOME: home } });
    assert.deepEqual(after.events.find((e) => e.event === 'progress')!.lessons, {});
  });
});

describe('pace', () => {
  it('--speed scales demo durations; out of range is a usage error', async () => {
    const slow = await run(['processes', 'pids', '--json', '--speed', '0.5']);
    const fast = await run(['processes', 'pids', '--json', '--speed', '10']);
    const took = (r: typeof slow) => Number(r.events.find((e) => e.event === 'lesson-end')!.ms);
    assert.ok(took(slow) > 2500, `pids lingers 1.5 s × 2 at speed 0.5 (${took(slow)} ms)`);
    assert.ok(took(fast) < took(slow));
    const bad = await run(['processes', '--speed', '20']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--speed takes a number from 0.1 to 10, got '20'/);
  });
});
