/**
 * The checker checked, on real runs of the built CLI under the tracer: for every exercise and both
 * languages the starter fails, the reference solution passes, and each wrong solution in
 * test/fixtures/exercises/<id>/ fails on the rule its first comment names. After each run, the
 * process table must hold nothing of it (no process, no zombie).
 */
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { exercises } from '../src/exercises/index.js';
import { type Event, ROOT, type RunResult, run, settle } from './helpers/cli.js';
import { wrongs } from './helpers/exercises.js';

const verify = (id: string, file: string, extra: string[] = []) =>
  run(['verify', id, '--file', file, '--json', ...extra], { timeoutMs: 90_000 });

const rules = (r: RunResult) => r.events.filter((e) => e.event === 'rule');
const failed = (r: RunResult) => rules(r).filter((e) => e.ok === false);
const explain = (r: RunResult) =>
  `${rules(r)
    .map((e: Event) => `${e.ok ? '✓' : '✗'} ${e.rule}: ${(e.evidence as { en: string }).en}`)
    .join('\n')}\n${r.stderr}`;

async function nothingLeft(r: RunResult): Promise<void> {
  assert.deepEqual(await settle(r.tag, r.pids), [], 'nothing of the run is left');
}

for (const e of exercises) {
  describe(`exercise ${e.id}`, () => {
    for (const code of ['py', 'mjs']) {
      it(`${code}: the starter fails`, async () => {
        const r = await verify(e.id, join(ROOT, 'src', 'exercises', e.id, `starter.${code}`), [
          '--timeout',
          '4',
        ]);
        assert.equal(r.code, 1, explain(r));
        const verdict = r.events.find((x) => x.event === 'verdict');
        assert.equal(verdict?.passed, false);
        assert.ok(failed(r).length > 0, explain(r));
        await nothingLeft(r);
      });

      it(`${code}: the reference solution passes`, async () => {
        const r = await verify(e.id, join(ROOT, 'src', 'exercises', e.id, `solution.${code}`));
        assert.equal(r.code, 0, explain(r));
        assert.deepEqual(failed(r), [], explain(r));
        const mod = (await e.load()).default;
        assert.deepEqual(
          rules(r).map((x) => x.rule),
          mod.rules.map((x) => x.id),
        );
        const program = r.events.find((x) => x.event === 'run');
        assert.equal(typeof program?.pid, 'number');
        await nothingLeft(r);
      });
    }

    for (const w of wrongs(e.id)) {
      it(`wrong ${basename(w.file)}: fails on ${w.rules.join(', ')}`, async () => {
        const r = await verify(e.id, w.file);
        assert.equal(r.code, 1, explain(r));
        const broken = failed(r).map((x) => x.rule);
        for (const rule of w.rules) assert.ok(broken.includes(rule), `${rule}\n${explain(r)}`);
        await nothingLeft(r);
      });
    }
  });
}
