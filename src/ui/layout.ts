/**
 * The one module that measures and wraps text for the terminal. Lessons hand it text and never
 * count characters themselves.
 *
 * Measuring is string-width's (East Asian wide characters count two columns, colour codes none,
 * emoji and combining marks right): the same library @inquirer/core measures with. wrap-ansi
 * (also @inquirer/core's) breaks only at spaces, which leaves Chinese (no spaces) unwrapped, so the
 * break opportunities are found here and wrap-ansi is used only to cut a single unit that is wider
 * than the line. The rules:
 * - English breaks at spaces; a number keeps its unit ("8.03 s" never splits).
 * - Chinese breaks between any two characters, and between a Chinese character and Latin text,
 *   but never inside a number, a code name (`apply_async`, `/proc/<pid>/stat`) or a PID list
 *   (`4242、4243、4244`): a run without spaces stays whole.
 * - Kinsoku: no line starts with closing punctuation (，。、：；）」…) and none ends with an
 *   opening one (（「…).
 */
import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/**
 * Text whose width is the sum of its code points' East Asian widths: printable BMP characters
 * without combining marks, joiners, variation selectors or emoji. Almost every line proc-lab
 * prints is such text.
 */
const SIMPLE =
  /^[\u0020-\u007e\u00a0-\u02ff\u0370-\u04ff\u1e00-\u1fff\u2010-\u2027\u2030-\u205e\u2070-\u2bff\u2e80-\u3029\u3030-\u3098\u309b-\ud7ff\uf900-\ufdff\ufe10-\ufe19\ufe30-\ufeef\uff00-\ufff8]*$/;

/**
 * Columns a string occupies in a terminal. string-width is right for every string but segments
 * graphemes with Intl.Segmenter, whose first use costs tens of milliseconds of start-up (it made
 * `proc-lab --help` take 2–3× an empty script); simple text is measured per code point with the
 * same East Asian width table string-width uses, which gives the same answer.
 */
export const width = (s: string): number => {
  if (!SIMPLE.test(s)) return stringWidth(s);
  let w = 0;
  for (let i = 0; i < s.length; i++) w += eastAsianWidth(s.charCodeAt(i));
  return w;
};

/** The widest a paragraph of prose gets, however wide the terminal: longer lines are hard to read. */
export const PROSE_MAX = 100;

/** The terminal's width: `columns` of a terminal stream, else $COLUMNS, else 80. */
export function terminalWidth(stream?: { isTTY?: boolean; columns?: number }): number {
  const s = stream ?? process.stdout;
  if (s.isTTY && s.columns && s.columns > 0) return s.columns;
  const env = Number(process.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : 80;
}

const CLOSING = new Set('，。、：；！？）」』】》〉〕…—·%,.;:!?)]}’”');
const OPENING = new Set('（「『【《〈〔([{‘“');
const LIST_SEP = new Set('、,，');
/** Units that stay on the line of their number. */
const UNITS = /^(?:s|ms|µs|ns|KiB|MiB|GiB|B|kB|MB|GB|×)$/;
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/y;

/** A piece no line breaks inside; `space` is what separated it from the piece before. */
interface Piece {
  text: string;
  /** '' = may break here without a space; ' '… = a space that is dropped at a break; null = glued. */
  space: string | null;
}

const isWide = (ch: string) => width(ch) === 2;
// Called for every character of every paragraph: look at the ends only, never spread the string.
const plain = (s: string) =>
  s.includes('\u001b') ? s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '') : s;
const lastChar = (s: string) => {
  const p = plain(s);
  if (p === '') return '';
  const low = p.charCodeAt(p.length - 1);
  return low >= 0xdc00 && low <= 0xdfff && p.length > 1 ? p.slice(-2) : p.slice(-1);
};
const firstChar = (s: string) => {
  const cp = plain(s).codePointAt(0);
  return cp === undefined ? '' : String.fromCodePoint(cp);
};
const isDigit = (ch: string) => ch >= '0' && ch <= '9';

/** Split one paragraph into runs: wide characters one by one, other non-space text in runs. */
function runs(paragraph: string): { text: string; space: string }[] {
  const out: { text: string; space: string }[] = [];
  let space = '';
  let cur = '';
  const flush = () => {
    if (cur) out.push({ text: cur, space });
    cur = '';
    space = '';
  };
  for (let i = 0; i < paragraph.length; ) {
    ANSI.lastIndex = i;
    const esc = ANSI.exec(paragraph);
    if (esc) {
      cur += esc[0];
      i += esc[0].length;
      continue;
    }
    const ch = String.fromCodePoint(paragraph.codePointAt(i)!);
    i += ch.length;
    if (/\s/.test(ch)) {
      if (cur) flush();
      space += ch;
    } else if (isWide(ch)) {
      if (cur && width(cur) > 0) flush();
      cur += ch;
      flush();
    } else {
      if (cur && isWide(lastChar(cur))) flush();
      cur += ch;
    }
  }
  flush();
  return out;
}

/** Decide, between each two runs, whether a line may break there. */
function pieces(paragraph: string): Piece[] {
  const rs = runs(paragraph);
  const out: Piece[] = [];
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i]!;
    const prev = out[out.length - 1];
    const first = firstChar(r.text);
    let glue = false;
    if (prev) {
      const before = lastChar(prev.text);
      if (r.space === '') {
        // Kinsoku, and a PID list or number joined by 、/， stays whole.
        const next = rs[i + 1];
        glue =
          CLOSING.has(first) ||
          OPENING.has(before) ||
          (isDigit(before) && isDigit(first)) ||
          (isDigit(before) &&
            LIST_SEP.has(r.text) &&
            next?.space === '' &&
            isDigit(firstChar(next.text))) ||
          (LIST_SEP.has(before) && isDigit([...prev.text].at(-2) ?? '') && isDigit(first));
      } else {
        glue = isDigit(before) && UNITS.test(r.text);
      }
    }
    if (glue && prev) prev.text += (r.space === '' ? '' : ' ') + r.text;
    else out.push({ text: r.text, space: prev ? r.space : null });
  }
  return out;
}

/** Break `text` into lines of at most `max` columns (never fewer than 1). Newlines are kept. */
export function wrap(text: string, max: number): string[] {
  const limit = Math.max(1, Math.floor(max));
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const indent = /^ */.exec(paragraph)![0];
    let line = indent;
    let used = indent.length;
    for (const p of pieces(paragraph.slice(indent.length))) {
      const w = width(p.text);
      const gap = p.space === null || line.trim() === '' ? '' : p.space;
      if (used + width(gap) + w <= limit) {
        line += gap + p.text;
        used += width(gap) + w;
        continue;
      }
      if (line.trim() !== '') out.push(line.trimEnd());
      line = '';
      used = 0;
      // One piece wider than the line (a long path): cut it by columns, keeping colour codes.
      const cut =
        w > limit ? wrapAnsi(p.text, limit, { hard: true, trim: false }).split('\n') : [p.text];
      for (const part of cut.slice(0, -1)) out.push(part);
      line = cut[cut.length - 1]!;
      used = width(line);
    }
    out.push(line.trimEnd());
  }
  return out;
}

/** `text` wrapped to `max` columns with `first` before its first line and `rest` before the others. */
export function hang(text: string, max: number, first: string, rest: string): string[] {
  const room = max - Math.max(width(first), width(rest));
  return wrap(text, room).map((l, i) => (i === 0 ? first : rest) + l);
}

export function padEnd(s: string, cols: number): string {
  return s + ' '.repeat(Math.max(0, cols - width(s)));
}

export function padStart(s: string, cols: number): string {
  return ' '.repeat(Math.max(0, cols - width(s))) + s;
}

/** The widest piece of `text` that no line may break (its least possible wrapped width). */
export function longestPiece(text: string): number {
  return Math.max(0, ...text.split('\n').flatMap((p) => pieces(p).map((x) => width(x.text))));
}
