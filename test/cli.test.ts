/** The CLI as a user meets it: help, version, usage errors and their exit codes, languages. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { hasChinese } from '../src/i18n/index.js';
import { lessons } from '../src/lessons/index.js';
import { ROOT, run } from './helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

describe('proc-lab CLI', () => {
  it('--help lists every lesson of the registry, with an example', async () => {
    const r = await run(['--help']);
    assert.equal(r.code, 0);
    for (const { meta } of lessons) assert.match(r.stdout, new RegExp(`\\b${meta.id}\\b`));
    assert.match(r.stdout, /\$ proc-lab /);
  });

  it('--help from the start-up cache is byte for byte the help commander prints', async () => {
    const { spawnSync } = await import('node:child_process');
    const cli = join(ROOT, 'dist', 'cli.js');
    for (const args of [['--help'], ['-h', '--lang', 'zh'], ['--lang=en', '--help']]) {
      const fast = await run(args);
      const slow = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
      assert.equal(fast.code, 0);
      assert.equal(slow.status, 0);
      assert.equal(fast.stdout, slow.stdout, args.join(' '));
    }
    // Anything beyond a plain --help goes through commander, with its checks.
    const bad = await run(['--help', '--lang', 'fr']);
    assert.equal(bad.code, 2);
  });

  it('each lesson has --help with its options and an example', async () => {
    for (const { meta } of lessons) {
      const r = await run([meta.id, '--help', '--lang', 'en']);
      assert.equal(r.code, 0, meta.id);
      assert.match(r.stdout, /--json/);
      assert.match(r.stdout, new RegExp(`\\$ proc-lab ${meta.id}`));
      assert.ok(!hasChinese(r.stdout), `${meta.id} --help --lang en has Chinese`);
    }
  });

  it('--version prints the package version', async () => {
    const r = await run(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trim(), pkg.version);
  });

  it('without a terminal, bare proc-lab prints the help and exits 0 at once', async () => {
    const r = await run([]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: proc-lab/);
    assert.ok(r.ms < 10_000);
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['unknown lesson', ['frobnicate'], /unknown lesson 'frobnicate'; choose from: processes/],
    ['unknown option', ['processes', '--bogus'], /unknown option '--bogus'/],
    ['bad language', ['processes', '--lang', 'fr'], /--lang must be one of zh, en, both, got 'fr'/],
    ['bad language from env', ['processes'], /--lang must be one of/],
    ['number out of range', ['processes', '--children', '40'], /from 1 to 32, got '40'/],
    ['not a number', ['processes', '--children', 'three'], /from 1 to 32, got 'three'/],
    ['missing value', ['processes', '--children'], /needs a value/],
    ['unknown part', ['processes', 'nope'], /no part 'nope'; choose from: pids/],
    ['--json without a lesson', ['--json'], /--json needs a lesson/],
  ];
  for (const [name, args, expected] of usageErrors) {
    it(`usage error: ${name} → one bilingual line, exit 2, no stack`, async () => {
      const env = name.endsWith('env') ? { PROC_LAB_LANG: 'fr' } : {};
      const r = await run(args, { env });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, expected);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.ok(hasChinese(lines[0]!), 'the line has Chinese too');
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      assert.equal(r.stdout, '');
    });
  }

  it('usage errors follow --lang', async () => {
    const r = await run(['frobnicate', '--lang', 'en']);
    assert.equal(r.code, 2);
    assert.ok(!hasChinese(r.stderr));
  });
});
