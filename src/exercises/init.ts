/**
 * `proc-lab exercises init [DIR]`: one folder per exercise with the starters (main.py, main.mjs)
 * and a README.md holding the statement, plus node_modules/proc-lab linked to this proc-lab so
 * that a learner can also run main.mjs with node directly. It never overwrites: a file that is
 * already there (the learner's work) is kept as it is.
 */
import {
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Bi, pick } from '../i18n/index.js';
import { cliText } from './cli.text.js';
import { learnerFile, shipped } from './files.js';
import { exercises } from './index.js';
import { CODES } from './types.js';

export interface InitResult {
  written: string[];
  kept: string[];
  link: string;
}

/** Write `path` only if nothing is there yet (not even a dangling link). */
function create(path: string, write: () => void, result: InitResult): void {
  try {
    if (existsSync(path)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    write();
    result.written.push(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    result.kept.push(path);
  }
}

function readme(id: string, title: Bi, statement: readonly Bi[]): string {
  const both = (b: Bi) => pick(b, 'both').join('\n\n');
  const head = `# ${id}: ${title.zh} / ${title.en}`;
  const body = statement.map(both).join('\n\n');
  const check = `\`proc-lab verify ${id}\` · \`proc-lab hint ${id}\` · \`proc-lab watch ${id}\``;
  return `${head}\n\n${body}\n\n${both(cliText.readmeFiles)}\n\n${check}\n`;
}

export async function init(dir: string): Promise<InitResult> {
  const result: InitResult = { written: [], kept: [], link: join(dir, 'node_modules', 'proc-lab') };
  for (const entry of exercises) {
    mkdirSync(join(dir, entry.id), { recursive: true });
    for (const code of CODES) {
      const to = learnerFile(dir, entry.id, code);
      // COPYFILE_EXCL: even a file created between our look and the copy is never overwritten.
      create(
        to,
        () => copyFileSync(shipped(entry.id, 'starter', code), to, constants.COPYFILE_EXCL),
        result,
      );
    }
    const mod = (await entry.load()).default;
    const md = join(dir, entry.id, 'README.md');
    create(
      md,
      () => writeFileSync(md, readme(entry.id, entry.title, mod.statement), { flag: 'wx' }),
      result,
    );
  }
  // The package root: two levels above this module (dist/exercises or src/exercises).
  const root = fileURLToPath(new URL('../../', import.meta.url));
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  create(result.link, () => symlinkSync(root, result.link, 'junction'), result);
  return result;
}
