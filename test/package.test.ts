/**
 * The library as a user gets it: `npm pack` (which builds through prepack), a fresh project
 * (`npm init -y`, `npm pkg set type=module` as the README says), `npm install` of the tarball, and
 * then every code block of the README's library sections, as written. Blocks whose first line is
 * `// <file>` are written to that file (one folder per section); a `console` block's `$ command`
 * is run there and its output must be the block's lines (`<pid>` stands for any number).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from './helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'proc-lab-pack-'));
const project = join(tmp, 'project');
let installLog = '';

function npm(args: string[], cwd: string): string {
  const r = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_loglevel: 'warn' },
  });
  assert.equal(r.status, 0, `npm ${args.join(' ')}: ${r.stderr}`);
  return `${r.stdout}${r.stderr}`;
}

interface Block {
  lang: string;
  body: string;
}

/** The fenced blocks of each `## Library` section of the README, in order. */
function librarySections(): { title: string; blocks: Block[] }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return readme
    .split(/^## /m)
    .filter((s) => s.startsWith('Library'))
    .map((s) => ({
      title: s.split('\n')[0]!,
      blocks: [...s.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({
        lang: m[1]!,
        body: m[2]!,
      })),
    }));
}

before(() => {
  const tgz = execFileSync('npm', ['pack', '--pack-destination', tmp, '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .at(-1)!;
  mkdirSync(project);
  npm(['init', '-y'], project);
  npm(['pkg', 'set', 'type=module'], project);
  installLog = npm(['install', join(tmp, tgz)], project);
  // For the TypeScript example: this checkout's own compiler and Node types, so no download.
  npm(
    [
      'install',
      '--save-dev',
      ...['typescript', '@types/node'].map((p) => join(ROOT, 'node_modules', p)),
    ],
    project,
  );
});

after(() => rmSync(tmp, { recursive: true, force: true }));

describe('the packed package in a fresh project', () => {
  it('installs without a warning about its scripts, with its LICENSE', () => {
    assert.doesNotMatch(installLog, /prepare|install script|warn/i, installLog);
    const pkg = join(project, 'node_modules', 'proc-lab');
    assert.match(readFileSync(join(pkg, 'LICENSE'), 'utf8'), /^MIT License/);
    assert.equal(JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).license, 'MIT');
  });

  it("'proc-lab' is the one-module bundle, exporting what the module tree does, by their names", () => {
    const script = `
      const lib = await import('proc-lab');
      const tree = await import(new URL('./node_modules/proc-lab/dist/index.js', 'file://' + process.cwd() + '/'));
      const named = Object.entries(lib).filter(([k, v]) => typeof v === 'function' && v.name !== k);
      console.log(JSON.stringify({
        at: import.meta.resolve('proc-lab'),
        lib: Object.keys(lib).sort(),
        tree: Object.keys(tree).sort(),
        renamed: named.map(([k]) => k),
      }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: project,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const got = JSON.parse(r.stdout) as Record<string, string[] | string>;
    assert.match(String(got.at), /node_modules\/proc-lab\/dist\/lib\/index\.js$/);
    assert.deepEqual(got.lib, got.tree);
    assert.ok(got.lib!.includes('Pool') && got.lib!.includes('ProcessPoolExecutor'));
    assert.deepEqual(got.renamed, [], 'a class or function exported under a name it does not have');
  });

  const sections = librarySections();
  it('the README has library sections with runnable examples', () => {
    assert.ok(sections.length >= 2);
    for (const s of sections)
      assert.ok(
        s.blocks.some((b) => b.lang === 'console'),
        s.title,
      );
  });

  sections.forEach((section, i) => {
    it(`every example of "${section.title}" runs as written`, { timeout: 180_000 }, () => {
      const dir = join(project, `section-${i + 1}`);
      mkdirSync(dir);
      let ran = 0;
      for (const { lang, body } of section.blocks) {
        const file = /^\/\/ ([\w.-]+\.(?:js|ts|json))\b/.exec(body)?.[1];
        if (file) writeFileSync(join(dir, file), body);
        if (lang !== 'console') continue;
        const [command, ...expected] = body.trimEnd().split('\n');
        assert.match(command!, /^\$ /);
        const r = spawnSync('sh', ['-c', command!.slice(2)], {
          cwd: dir,
          encoding: 'utf8',
          timeout: 120_000,
        });
        assert.equal(r.status, 0, `${command}\n${r.stdout}\n${r.stderr}`);
        assert.equal(r.stderr, '', `${command} wrote to stderr`);
        const got = r.stdout.trimEnd().split('\n');
        assert.equal(got.length, expected.length, `${command}:\n${r.stdout}`);
        expected.forEach((line, k) => {
          const pattern = new RegExp(
            `^${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<pid>/g, '\\d+')}$`,
          );
          assert.match(got[k]!, pattern, `${command}, line ${k + 1}`);
        });
        ran++;
      }
      assert.ok(ran > 0);
    });
  });
});
