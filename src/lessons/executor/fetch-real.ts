/**
 * Part 2 with `--url`: fetch real addresses in the executor instead of the local server. Offline,
 * it ends with one clear line (exit 1) rather than a table of failures.
 */

import type { Fetched } from '../../demos/executor-tasks.js';
import { type Bi, counted, fmt } from '../../i18n/index.js';
import { words } from '../../i18n/words.js';
import { LessonFailure, UsageError } from '../../runtime/errors.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { type Kind, kindName, kinds, Tracker } from './kit.js';
import { fetchErrors, text } from './text.js';
import { checkUrl } from './url.js';

/** Real networks are slower than 127.0.0.1, so this timeout does not shrink with --fast. */
const REAL_TIMEOUT_MS = 5000;

export function fetchStatus(r: Fetched): Bi {
  if (r.status === 'timeout') return text.statusTimeout;
  if (r.status === 'error') {
    return fmt({ zh: '{s}（{e}）', en: '{s} ({e})' }, { s: text.statusError, e: r.error ?? '' });
  }
  return { zh: String(r.status), en: String(r.status) };
}

export async function fetchReal(ctx: LessonContext, urls: readonly string[]): Promise<void> {
  // Checked again here for a caller that did not come through the command line.
  for (const url of urls) {
    const problem = checkUrl(url);
    if (problem) throw new UsageError(problem);
  }
  const { out } = ctx;
  const kind: Kind = kinds(ctx).includes('process') ? 'process' : 'thread';
  out.say(text.fetchRealIntro, {
    addresses: counted(words.address, urls.length),
    kind: kindName(kind),
    timeout: ms(REAL_TIMEOUT_MS),
  });
  const tracker = new Tracker(ctx);
  const ex = tracker.executor(kind);
  const futures = urls.map((url) =>
    tracker.submit<Fetched>(ex, 'fetchPage', url, url, REAL_TIMEOUT_MS),
  );
  const results = await Promise.all(futures.map((f) => f.result()));
  await ex.shutdown();
  for (const r of results)
    out.event('fetch', { url: r.url, status: r.status, ms: r.ms, pid: r.pid });
  // Nothing came back at all: most likely no network. One line, exit 1.
  const failed = results.find((r) => typeof r.status !== 'number');
  if (failed && results.every((r) => typeof r.status !== 'number')) {
    const why = failed.status === 'timeout' ? text.statusTimeout : (failed.error ?? '');
    throw new LessonFailure(fmt(fetchErrors.offline, { url: failed.url, why }));
  }
  out.table(
    [text.colUrl, text.colStatus, text.colMs, text.colPid],
    results.map((r) => [r.url, out.text(fetchStatus(r)), ms(r.ms), r.pid]),
  );
}
