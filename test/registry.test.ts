/** The lesson registry against the files: ids, both languages everywhere, sections, demos. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { commands } from '../src/commands/index.js';
import { lessons } from '../src/lessons/index.js';
import { checkBilingual } from './helpers/bilingual.js';
import { ROOT } from './helpers/cli.js';

/** Sources are read from ROOT; their compiled modules sit beside this compiled test. */
const sources = join(ROOT, 'src', 'lessons');

/** Every object with a zh or an en key must have both, as non-empty strings. */
describe('lesson registry', () => {
  it('ids are unique and in teaching order', () => {
    const ids = lessons.map((l) => l.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    const order = ['processes', 'ipc', 'pool', 'zombie', 'executor'];
    const known = ids.filter((id) => order.includes(id));
    assert.deepEqual(
      known,
      order.filter((id) => known.includes(id)),
    );
  });

  it('every lesson meta, text module and quiz has both languages everywhere', async () => {
    const problems: string[] = [];
    for (const { meta } of lessons) checkBilingual(meta, meta.id, problems);
    // Every *.text.ts under src/ (lessons keep parts in folders of their own, classroom mode has
    // its own), and every quiz.
    const src = join(ROOT, 'src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /(^|[/.])(text|quiz)\.ts$/.test(f),
    );
    assert.ok(files.length >= 2 * lessons.length);
    for (const file of files) {
      const compiledFile = new URL(`../src/${file.replace(/ts$/, 'js')}`, import.meta.url);
      checkBilingual(await import(compiledFile.href), file, problems);
    }
    assert.deepEqual(problems, []);
  });

  it('every lesson folder is registered, and every registered lesson has its folder', () => {
    const folders = readdirSync(sources, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    assert.deepEqual(folders, lessons.map((l) => l.meta.id).sort());
    for (const id of folders) {
      const files = readdirSync(join(sources, id));
      for (const f of ['meta.ts', 'index.ts', 'quiz.ts'])
        assert.ok(files.includes(f), `${id}/${f}`);
      assert.ok(
        files.some((f) => f === 'text.ts' || f.endsWith('.text.ts')),
        `${id} keeps its words in a text module`,
      );
    }
  });

  it("each lesson's quiz belongs to it", async () => {
    for (const entry of lessons) assert.equal((await entry.quiz()).default.lesson, entry.meta.id);
  });

  it("each lesson's module runs exactly the sections its meta lists", async () => {
    for (const entry of lessons) {
      const mod = (await entry.load()).default;
      assert.deepEqual(
        Object.keys(mod.sections).sort(),
        entry.meta.sections.map((s) => s.id).sort(),
        entry.meta.id,
      );
    }
  });

  it('every demo a lesson names exists', () => {
    for (const { meta } of lessons) {
      const folder = join(sources, meta.id);
      const source = readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => readFileSync(join(folder, f), 'utf8'))
        .join('\n');
      const names = [...source.matchAll(/\b(?:demo|ctx\.demo)\(\s*'([\w-]+)'/g)].map((m) => m[1]!);
      assert.ok(names.length > 0, `${meta.id} names its demos`);
      for (const name of names) {
        assert.ok(existsSync(join(ROOT, 'src', 'demos', `${name}.ts`)), `${meta.id}: demo ${name}`);
      }
    }
  });
});

describe('command registry', () => {
  const folder = join(ROOT, 'src', 'commands');
  /** Files in src/commands/ that are not commands: the registry, its types, shared words. */
  const support = new Set(['index.ts', 'types.ts', 'text.ts']);

  it('every command module is registered once, and every entry has its module', async () => {
    const files = readdirSync(folder)
      .filter((f) => f.endsWith('.ts') && !support.has(f) && !f.endsWith('.text.ts'))
      .map((f) => f.slice(0, -3))
      .sort();
    const names = commands.map((c) => c.name);
    assert.equal(new Set(names).size, names.length);
    assert.deepEqual([...names].sort(), files);
    for (const entry of commands) {
      const mod = (await entry.load()).default;
      assert.equal(typeof mod.run, 'function', entry.name);
    }
  });

  it('no command shares a name with a lesson, and each has both languages and an example', () => {
    const ids = new Set(lessons.map((l) => l.meta.id));
    const problems: string[] = [];
    for (const c of commands) {
      assert.ok(!ids.has(c.name), c.name);
      assert.ok(c.examples.length > 0, c.name);
      checkBilingual({ about: c.about, args: c.args, options: c.options }, c.name, problems);
    }
    assert.deepEqual(problems, []);
  });
});
