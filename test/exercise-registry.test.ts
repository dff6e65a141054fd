/**
 * The exercise registry against the files: ids, teaching order, two or more per lesson, both
 * languages in every text, the four programs of each exercise and at least one wrong solution per
 * language that names the rule it breaks.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { exercises } from '../src/exercises/index.js';
import { lessons } from '../src/lessons/index.js';
import { checkBilingual } from './helpers/bilingual.js';
import { ROOT } from './helpers/cli.js';
import { wrongs } from './helpers/exercises.js';

const folder = join(ROOT, 'src', 'exercises');

describe('exercise registry', () => {
  const ids = exercises.map((e) => e.id);

  it('ids are unique and follow the lessons’ order, at least two per lesson', () => {
    assert.equal(new Set(ids).size, ids.length);
    const order = lessons.map((l) => l.meta.id);
    const positions = exercises.map((e) => order.indexOf(e.lesson));
    assert.ok(!positions.includes(-1), 'every exercise names a lesson that exists');
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
    );
    for (const lesson of order) {
      assert.ok(exercises.filter((e) => e.lesson === lesson).length >= 2, lesson);
    }
    for (const named of ['zombie-make', 'zombie-reap', 'orphan', 'pool-async', 'pool-join']) {
      assert.ok(ids.includes(named), named);
    }
    for (const named of ['shm-counter', 'pipe', 'executor-timeout']) assert.ok(ids.includes(named));
  });

  it('every exercise folder is registered and holds its programs, text and rules', () => {
    const folders = readdirSync(folder, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'rules')
      .map((d) => d.name)
      .sort();
    assert.deepEqual(folders, [...ids].sort());
    for (const id of ids) {
      for (const f of [
        'index.ts',
        'text.ts',
        'starter.py',
        'starter.mjs',
        'solution.py',
        'solution.mjs',
      ])
        assert.ok(existsSync(join(folder, id, f)), `${id}/${f}`);
    }
  });

  it('statements, hints, rule titles and every text have both languages', async () => {
    const problems: string[] = [];
    for (const e of exercises) {
      checkBilingual(e.title, `${e.id}.title`, problems);
      const mod = (await e.load()).default;
      assert.ok(mod.statement.length > 0, e.id);
      assert.equal(mod.hints.length, 2, e.id);
      checkBilingual(mod.statement, `${e.id}.statement`, problems);
      checkBilingual(mod.hints, `${e.id}.hints`, problems);
      const ruleIds = mod.rules.map((r) => r.id);
      assert.equal(new Set(ruleIds).size, ruleIds.length, `${e.id}: rule ids unique`);
      assert.equal(ruleIds[0], 'ran', `${e.id}: first, the program runs to its end`);
      for (const r of mod.rules) checkBilingual(r.title, `${e.id}.${r.id}`, problems);
      const text = await import(new URL(`../src/exercises/${e.id}/text.js`, import.meta.url).href);
      checkBilingual(text, `${e.id}/text.ts`, problems);
    }
    for (const m of ['cli.text.js', 'runner.text.js', 'rules/common.text.js']) {
      checkBilingual(
        await import(new URL(`../src/exercises/${m}`, import.meta.url).href),
        m,
        problems,
      );
    }
    assert.deepEqual(problems, []);
  });

  it('each exercise has a wrong solution per language, each naming rules the exercise has', async () => {
    for (const e of exercises) {
      const mod = (await e.load()).default;
      const found = wrongs(e.id);
      for (const ext of ['.py', '.mjs']) {
        assert.ok(
          found.some((w) => w.file.endsWith(ext)),
          `${e.id}: a wrong ${ext}`,
        );
      }
      for (const w of found) {
        assert.ok(w.rules.length > 0, `${w.file} names the rule it breaks`);
        for (const r of w.rules)
          assert.ok(
            mod.rules.some((x) => x.id === r),
            `${w.file}: ${r}`,
          );
      }
    }
  });
});
