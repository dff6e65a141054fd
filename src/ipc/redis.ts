/**
 * Connecting to Redis for the `cross` part, with the client library loaded only here (it is not
 * needed for --help or the other parts). A bad URL or an unreachable server fails fast with one
 * bilingual line: no reconnect loop, a connect timeout, and the client destroyed on failure.
 */
import { LessonFailure } from '../runtime/errors.js';

/** How long connecting may take before we give up. */
export const CONNECT_TIMEOUT_MS = 2000;

/** Reject anything that is not redis://host[:port][/db] (or rediss://) before touching the network. */
export function checkUrl(url: string): URL {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  const port = parsed?.port ? Number(parsed.port) : 6379;
  if (
    !parsed ||
    !['redis:', 'rediss:'].includes(parsed.protocol) ||
    parsed.hostname === '' ||
    !(port > 0 && port < 65536)
  ) {
    throw new LessonFailure({
      zh: `Redis 地址格式不对：'${url}'，应形如 redis://127.0.0.1:6379`,
      en: `malformed Redis URL '${url}'; expected something like redis://127.0.0.1:6379`,
    });
  }
  return parsed;
}

/** A URL fit to print: without the password. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/** The Redis server's own version and PID, as it reports them (INFO server). */
export function serverInfo(info: string) {
  const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '?';
  return { version: field('redis_version'), pid: field('process_id') };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** Connect and PING, or throw a LessonFailure naming the URL and the reason. */
export async function openRedis(url: string) {
  checkUrl(url);
  const { createClient } = await import('@redis/client');
  const client = createClient({
    url,
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: false },
  });
  // The client also emits connection errors as events; they reach us through connect() below.
  client.on('error', () => {});
  try {
    await withTimeout(
      client.connect().then(() => client.ping()),
      CONNECT_TIMEOUT_MS + 500,
    );
    return client;
  } catch (err) {
    client.destroy();
    const reason = err instanceof Error ? err.message || err.name : String(err);
    throw new LessonFailure(
      {
        zh: `连不上 Redis ${safeUrl(url)}（${reason}）`,
        en: `cannot reach Redis at ${safeUrl(url)} (${reason})`,
      },
      { cause: err },
    );
  }
}
