/**
 * The module whose exported functions are a pool's tasks, checked where the mistake is made: a
 * path string is resolved against the current directory (never against proc-lab's own folder),
 * a missing file is a TypeError in the constructor, and a call that names no exported function
 * is a TypeError at that call listing what the module does export. The export names are read
 * without running the module (es-module-lexer), so they are known before any worker has started.
 * It uses the WebAssembly build, which compiles itself synchronously on the first parse in Node:
 * the asm.js build took 35-43 ms to compile here against 2 ms, paid by the Pool constructor before
 * its first worker can start. For a module it cannot read (CommonJS, `export *`) the names the
 * first worker reports are used instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'es-module-lexer';

const describe = (v: unknown): string =>
  v === null
    ? 'null'
    : typeof v === 'function'
      ? `the function ${v.name || '(anonymous)'}`
      : typeof v === 'object'
        ? `a ${(v as object).constructor?.name ?? 'object'}`
        : `${typeof v} ${typeof v === 'string' ? `'${v}'` : String(v)}`;

/** The "type" of the nearest package.json above a file (undefined when it has none). */
function packageType(file: string): string | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const pj = join(dir, 'package.json');
    if (existsSync(pj)) {
      try {
        return (JSON.parse(readFileSync(pj, 'utf8')) as { type?: string }).type;
      } catch {
        return undefined;
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** Export names read from the source, or undefined when they cannot be known without running it. */
function lexExports(file: string): string[] | undefined {
  try {
    const [, exports, , hasModuleSyntax] = parse(readFileSync(file, 'utf8'), file);
    if (!hasModuleSyntax || exports.some((e) => e.type === 'reexport-all')) return undefined;
    return exports.flatMap((e) => (e.type === 'reexport-all' ? [] : [e.name]));
  } catch {
    return undefined;
  }
}

export class TaskModule {
  /** The file: URL workers import. */
  readonly url: string;
  /** The file, for messages. */
  readonly label: string;
  private readonly lexed: string[] | undefined;

  constructor(module: unknown, owner: string) {
    if (!(module instanceof URL) && typeof module !== 'string') {
      throw new TypeError(
        `${owner}: 'module' names the file whose exported functions are the tasks, as a path or a URL (e.g. module: new URL('./tasks.js', import.meta.url)); got ${describe(module)}`,
      );
    }
    const url =
      module instanceof URL
        ? module
        : /^file:/.test(module)
          ? new URL(module)
          : pathToFileURL(resolve(process.cwd(), module));
    if (url.protocol !== 'file:') {
      throw new TypeError(`${owner}: 'module' must be a local file, got ${url.href}`);
    }
    const file = fileURLToPath(url);
    this.url = url.href;
    // For messages: the path from the current directory when the file is inside it.
    const rel = relative(process.cwd(), file);
    this.label = rel.startsWith('..') || isAbsolute(rel) ? file : `./${rel}`;
    if (!existsSync(file)) {
      throw new TypeError(
        `${owner}: the task module ${this.label} does not exist (looked for ${file}; a relative path is taken from the current directory, ${process.cwd()})`,
      );
    }
    this.lexed = lexExports(file);
    // Node loads such a file as ESM only where it detects module syntax (20.19 and later, which
    // also brought require(esm)) and no package.json says "type": "commonjs".
    const type = packageType(file);
    const detects = (process.features as { require_module?: boolean }).require_module === true;
    if (
      this.lexed &&
      extname(file) === '.js' &&
      type !== 'module' &&
      (type === 'commonjs' || !detects)
    ) {
      throw new TypeError(
        `${owner}: ${this.label} uses import/export, but Node loads a .js file outside a "type": "module" package as CommonJS: add "type": "module" to your package.json (or name the file .mjs)`,
      );
    }
  }

  /**
   * Check a call's task name: a TypeError now, at the call, if it is not a string or not exported.
   * `reported` are the function names a worker found, when it has started.
   */
  check(call: string, fn: unknown, reported?: readonly string[]): asserts fn is string {
    if (typeof fn !== 'string') {
      const hint = typeof fn === 'function' && fn.name ? `'${fn.name}'` : "'name'";
      throw new TypeError(
        `${call}: name the task by the name its module exports, as a string (e.g. ${hint}); got ${describe(fn)}${typeof fn === 'function' ? ' (a function cannot be sent to a worker)' : ''}`,
      );
    }
    const names = reported ?? this.lexed;
    if (names && !names.includes(fn)) {
      throw new TypeError(
        `${call}: ${this.label} exports no function '${fn}' (it exports: ${[...names].sort().join(', ') || 'nothing'})`,
      );
    }
  }
}

/** A TypeError unless `args` is an array of arguments. */
export function checkArgs(call: string, args: unknown): asserts args is unknown[] {
  if (!Array.isArray(args)) {
    throw new TypeError(
      `${call}: the arguments go in an array, e.g. [1, 2]; got ${describe(args)}`,
    );
  }
}

/** A TypeError unless `items` can be iterated (the items of a map). */
export function checkIterable(call: string, items: unknown): asserts items is Iterable<unknown> {
  if (typeof (items as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
    throw new TypeError(
      `${call}: the items must be iterable (an array, a Set, ...); got ${describe(items)}`,
    );
  }
}
