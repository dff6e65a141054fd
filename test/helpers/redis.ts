/**
 * A real redis-server for the tests that need one. `sharedRedis()` is the one CI started
 * (PROC_LAB_TEST_REDIS_URL, or REDIS_URL), else one of our own on a free port of 127.0.0.1 when
 * the binary exists, else a reason to skip, unless PROC_LAB_REQUIRE_REDIS=1 (CI), which makes a
 * missing Redis a failure. `ownRedis()` always starts one, for tests that stop it mid-run.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { createClient } from '@redis/client';

export interface TestRedis {
  /** Empty when there is none: then `why` says so. */
  url: string;
  why: string;
  /** The server we started, if we did. */
  server?: ChildProcess;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export const hasRedisServer = () => spawnSync('redis-server', ['--version']).status === 0;

/** Start a redis-server of our own (no persistence), optionally with a password; wait for PING. */
export async function ownRedis(password?: string): Promise<TestRedis> {
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  if (password) args.push('--requirepass', password);
  const server = spawn('redis-server', args, { stdio: 'ignore' });
  const auth = password ? `:${password}@` : '';
  const url = `redis://${auth}127.0.0.1:${port}`;
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; i < 50; i++) {
    const probe = createClient({ url, socket: { reconnectStrategy: false } });
    probe.on('error', () => {});
    const ok = await probe.connect().then(
      async () => (await probe.ping()) === 'PONG',
      () => false,
    );
    probe.destroy();
    if (ok) return { url, why: '', server, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`redis-server on port ${port} did not answer`);
}

export async function sharedRedis(): Promise<TestRedis> {
  const url = process.env.PROC_LAB_TEST_REDIS_URL || process.env.REDIS_URL || '';
  if (url) return { url, why: '', stop: async () => {} };
  if (!hasRedisServer()) {
    const why = 'no REDIS_URL and no redis-server binary (install redis-server, or run .ci/run)';
    if (process.env.PROC_LAB_REQUIRE_REDIS === '1') throw new Error(why);
    return { url: '', why, stop: async () => {} };
  }
  return ownRedis();
}
