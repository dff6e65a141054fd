/**
 * Running the CLI in a real pseudo-terminal (tmux), for what only happens in a terminal: the
 * menu, --step pauses, live views. Each session has its own tmux server socket so parallel tests
 * and other tmux users never meet.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import stringWidth from 'string-width';
import { BIN, CONFIG_HOME, TAG_VAR } from './cli.js';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

export class Terminal {
  readonly tag = randomUUID();
  private readonly socket = `proc-lab-test-${process.pid}-${Math.random().toString(36).slice(2)}`;

  constructor(
    args: readonly string[],
    opts: { width?: number; height?: number; env?: Record<string, string> } = {},
  ) {
    const env = Object.entries({ XDG_CONFIG_HOME: CONFIG_HOME, ...opts.env, [TAG_VAR]: this.tag })
      .map(([k, v]) => `${k}='${v}'`)
      .join(' ');
    const quoted = args.map((a) => `'${a}'`).join(' ');
    // The shell prints the exit code and lingers, so the pane (and its screen) outlive proc-lab.
    // The pane stands for a learner's terminal, not for CI: without `-u CI`, chalk would see the
    // CI=true of a CI run and print no colour in it.
    const command = `env -u CI ${env} '${process.execPath}' '${BIN}' ${quoted}; echo __EXIT=$?; sleep 600`;
    // A long history, so a whole lesson's scroll-back can be read back (scrollback()).
    this.tmux(
      'start-server',
      ';',
      'set-option',
      '-g',
      'history-limit',
      '100000',
      ';',
      'new-session',
      '-d',
      '-x',
      String(opts.width ?? 120),
      '-y',
      String(opts.height ?? 40),
      command,
    );
  }

  private tmux(...args: string[]): string {
    const r = spawnSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`tmux ${args[0]} failed: ${r.stderr}`);
    return r.stdout;
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-J');
  }

  /**
   * Everything the pane ever showed, history included. `joined` (tmux -J) rejoins rows the
   * terminal wrapped itself, so a line printed wider than the pane comes back whole and wide;
   * `escapes` (-e) keeps the colour codes.
   */
  scrollback(joined: boolean, escapes = false): string {
    const flags = [...(joined ? ['-J'] : []), ...(escapes ? ['-e'] : [])];
    return this.tmux('capture-pane', '-p', '-S', '-', '-E', '-', ...flags);
  }

  /** Keys as tmux names them: 'Enter', 'Down', 'C-c', 'q', 'Space'. */
  keys(...keys: string[]): void {
    this.tmux('send-keys', ...keys);
  }

  /** Wait until the screen (or, with `history`, the whole scroll-back) matches `pattern`. */
  async waitFor(pattern: RegExp, timeoutMs = 20_000, history = false): Promise<string> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const s = history ? this.scrollback(true) : this.screen();
      if (pattern.test(s)) return s;
      if (Date.now() > end) throw new Error(`timed out waiting for ${pattern}; screen:\n${s}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Wait for proc-lab to exit and return its exit code. */
  async exitCode(timeoutMs = 20_000): Promise<number> {
    const s = await this.waitFor(/__EXIT=\d+/, timeoutMs);
    return Number(/__EXIT=(\d+)/.exec(s)![1]);
  }

  /** The pane's terminal settings (`stty -a`), e.g. to check that raw mode was undone. */
  stty(): string {
    const tty = this.tmux('display-message', '-p', '#{pane_tty}').trim();
    return spawnSync('stty', ['-a', '-F', tty], { encoding: 'utf8' }).stdout;
  }

  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}

/** Lines the terminal had to wrap: wider than the pane once tmux rejoins them. */
export function tooWide(joined: string, width = 80): string[] {
  return joined.split('\n').filter((l) => stringWidth(l) > width);
}

/**
 * Words split across rows: a row that fills the pane and ends in a letter or digit, followed by a
 * row starting with one. proc-lab's own wrapping never ends a row in the last column, so this is
 * always the terminal cutting a word.
 */
export function splitWords(rows: string, width = 80): string[] {
  const lines = rows.split('\n');
  const out: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (stringWidth(a) >= width && /[A-Za-z0-9_]$/.test(a) && /^[A-Za-z0-9_]/.test(b)) {
      out.push(`${a.slice(-20)}|${b.slice(0, 20)}`);
    }
  }
  return out;
}
