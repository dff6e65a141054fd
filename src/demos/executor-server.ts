/**
 * A small web server on 127.0.0.1 standing in for the material's three sites, so the page-fetch
 * demo runs offline: /fast answers at once, /slow after a delay, and /hang never answers (the
 * material's google.com, "stuck until the page times out"). A hung request stays open until the
 * client gives up or this server ends; ending closes every connection first.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exitWithParent, report } from '../runtime/child-side.js';

const slowMs = Number(process.argv[2] ?? 1500);

function page(res: ServerResponse, name: string): void {
  const body = `<html><body><h1>${name}</h1><p>served by PID ${process.pid}</p></body></html>\n`;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === '/fast') return page(res, 'fast');
  if (path === '/slow') {
    const timer = setTimeout(() => page(res, 'slow'), slowMs);
    res.on('close', () => clearTimeout(timer));
    return;
  }
  if (path === '/hang') return; // never answer: the client's timeout has to end it
  res.writeHead(404).end('not found\n');
});

// Port 0: the system picks a free port, so two runs (or a test and a lesson) never collide.
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  report({ type: 'listening', pid: process.pid, port, base: `http://127.0.0.1:${port}` });
});

exitWithParent(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

// Run alone: node dist/demos/executor-server.js 1500   (then: curl http://127.0.0.1:PORT/slow)
