/**
 * The exercise commands that need no trace: the list with states from the progress store, init
 * (never overwriting), hint levels, solution and reset (refused without a terminal unless --yes),
 * and usage errors. All through the built CLI, as a learner runs it.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { exercises } from '../src/exercises/index.js';
import { ROOT, run } from './helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'proc-lab-exercises-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Each test has a progress file of its own, so states never leak from one to another. */
function fresh(name: string): Record<string, string> {
  return { PROC_LAB_PROGRESS: join(work, `${name}.progress.json`) };
}

describe('proc-lab exercises', () => {
  it('lists every exercise in order with its state, read from the progress store', async () => {
    const env = fresh('list');
    writeFileSync(
      env.PROC_LAB_PROGRESS!,
      JSON.stringify({
        version: 1,
        lessons: {},
        quiz: {},
        exercises: { pipe: { state: 'failing' }, orphan: { state: 'passed' } },
      }),
    );
    const r = await run(['exercises', '--json'], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      r.events.map((e) => e.id),
      exercises.map((e) => e.id),
    );
    const state = Object.fromEntries(r.events.map((e) => [e.id, e.state]));
    assert.equal(state.pipe, 'failing');
    assert.equal(state.orphan, 'passed');
    assert.equal(state['pool-async'], 'not-started');
    for (const e of r.events) {
      assert.equal(e.event, 'exercise');
      assert.deepEqual(e.langs, ['python', 'javascript']);
      assert.equal(typeof e.lesson, 'string');
    }
    const prose = await run(['exercises', '--lang', 'en'], { env });
    assert.match(prose.stdout, /✗ pipe +Two children joined by a pipe/);
    assert.match(prose.stdout, /✓ orphan +An orphan and its adopter/);
    assert.match(prose.stdout, /· pool-async /);
  });

  it('init writes one folder per exercise and never overwrites a learner’s file', async () => {
    const dir = join(work, 'init');
    const first = await run(['exercises', 'init', dir, '--json']);
    assert.equal(first.code, 0, first.stderr);
    const made = first.events.find((e) => e.event === 'init')!;
    for (const e of exercises) {
      for (const f of ['main.py', 'main.mjs', 'README.md'])
        assert.ok(existsSync(join(dir, e.id, f)), `${e.id}/${f}`);
      assert.equal(
        readFileSync(join(dir, e.id, 'main.py'), 'utf8'),
        readFileSync(join(ROOT, 'src', 'exercises', e.id, 'starter.py'), 'utf8'),
      );
    }
    assert.ok(existsSync(join(dir, 'node_modules', 'proc-lab', 'package.json')));
    assert.equal((made.kept as string[]).length, 0);
    // The learner's work, and a file removed: init again restores only what is missing.
    writeFileSync(join(dir, 'pipe', 'main.py'), '# my own work\n');
    rmSync(join(dir, 'orphan', 'main.mjs'));
    const again = await run(['exercises', 'init', dir, '--json']);
    const second = again.events.find((e) => e.event === 'init')!;
    assert.deepEqual(second.written, [join(dir, 'orphan', 'main.mjs')]);
    assert.equal(readFileSync(join(dir, 'pipe', 'main.py'), 'utf8'), '# my own work\n');
  });

  it('a JavaScript starter run with plain node finds proc-lab through the link init made', async () => {
    const dir = join(work, 'init');
    const { spawnSync } = await import('node:child_process');
    // What main.mjs in any exercise folder does: import from 'proc-lab', by the package name.
    const r = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', "import('proc-lab').then((m) => console.log(typeof m.Pool))"],
      { cwd: join(dir, 'pool-async'), encoding: 'utf8' },
    );
    assert.equal(r.stdout.trim(), 'function', r.stderr);
  });

  it('shows one statement; an unknown exercise is a usage error naming the choices', async () => {
    const shown = await run(['exercises', 'pool-async', '--lang', 'en']);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /Pool\(3\)/);
    const bad = await run(['exercises', 'nope']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /init, three-children, /);
    const badHint = await run(['hint', 'nope', '--lang', 'en']);
    assert.equal(badHint.code, 2);
    assert.match(badHint.stderr, /no exercise 'nope'; choose from: three-children/);
  });

  it('hint gives level 1, then level 2, and remembers it', async () => {
    const env = fresh('hint');
    const one = await run(['hint', 'zombie-make', '--json'], { env });
    const two = await run(['hint', 'zombie-make', '--json'], { env });
    const three = await run(['hint', 'zombie-make', '--json'], { env });
    assert.deepEqual(
      [one, two, three].map((r) => r.events[0]?.level),
      [1, 2, 2],
    );
    const first = await run(['hint', 'zombie-make', '--level', '1', '--json'], { env });
    assert.equal(first.events[0]?.level, 1);
    const bad = await run(['hint', 'zombie-make', '--level', '3'], { env });
    assert.equal(bad.code, 2);
  });

  it('solution: refused without a terminal until passed or --yes; then the reference source', async () => {
    const env = fresh('solution');
    const refused = await run(['solution', 'pipe', '--lang', 'en'], { env });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /has not passed yet.*--yes/);
    assert.equal(refused.stdout, '');
    const yes = await run(['solution', 'pipe', '--yes', '--code', 'js', '--json'], { env });
    assert.equal(yes.code, 0, yes.stderr);
    assert.equal(
      yes.events[0]?.source,
      readFileSync(join(ROOT, 'src', 'exercises', 'pipe', 'solution.mjs'), 'utf8'),
    );
    writeFileSync(
      env.PROC_LAB_PROGRESS!,
      JSON.stringify({
        version: 1,
        lessons: {},
        quiz: {},
        exercises: { pipe: { state: 'passed', passedAt: new Date().toISOString() } },
      }),
    );
    const passed = await run(['solution', 'pipe', '--code', 'py', '--json'], { env });
    assert.equal(passed.code, 0, passed.stderr);
    assert.match(String(passed.events[0]?.source), /os\.pipe\(\)/);
  });

  it('reset: refused without a terminal unless --yes; then the starter is back', async () => {
    const dir = join(work, 'reset');
    mkdirSync(join(dir, 'orphan'), { recursive: true });
    const mine = join(dir, 'orphan', 'main.py');
    writeFileSync(mine, '# my work\n');
    const refused = await run(['reset', 'orphan', '--dir', dir, '--code', 'py']);
    assert.equal(refused.code, 2);
    assert.equal(readFileSync(mine, 'utf8'), '# my work\n');
    const done = await run(['reset', 'orphan', '--dir', dir, '--code', 'py', '--yes', '--json']);
    assert.equal(done.code, 0, done.stderr);
    assert.equal(
      readFileSync(mine, 'utf8'),
      readFileSync(join(ROOT, 'src', 'exercises', 'orphan', 'starter.py'), 'utf8'),
    );
    assert.deepEqual(done.events[0]?.files, [mine]);
  });

  it('verify: a missing file, a wrong extension and no learner file are usage errors', async () => {
    const missing = await run(['verify', 'pipe', '--file', join(work, 'nope.py'), '--lang', 'en']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file/);
    const txt = join(work, 'notes.txt');
    writeFileSync(txt, 'x');
    const ext = await run(['verify', 'pipe', '--file', txt, '--lang', 'en']);
    assert.equal(ext.code, 2);
    assert.match(ext.stderr, /neither a \.py nor a \.mjs/);
    const none = await run(['verify', 'pipe', '--dir', join(work, 'empty'), '--lang', 'en']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /exercises init/);
    const code = await run(['verify', 'pipe', '--code', 'rust']);
    assert.equal(code.code, 2);
  });
});
