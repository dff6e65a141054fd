/** The wrong solutions kept as test fixtures, and the rules each one says it breaks. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

const fixtures = join(ROOT, 'test', 'fixtures', 'exercises');

/** The wrong solutions of an exercise and the rule each says it breaks ("(rule: x)"). */
export function wrongs(id: string): { file: string; rules: string[] }[] {
  const dir = join(fixtures, id);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((name) => {
    const head = readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .slice(0, 4)
      .map((l) => l.replace(/^(#|\/\/)\s?/, ''))
      .join(' ');
    const m = /\(rules?: ([\w, -]+)\)/.exec(head);
    return { file: join(dir, name), rules: m ? m[1]!.split(/,\s*/) : [] };
  });
}
