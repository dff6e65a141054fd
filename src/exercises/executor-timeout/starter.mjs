// executor-timeout: fetch 3 pages in a process pool; one hangs, and must not hold the others up.
// Statement and hints: proc-lab exercises executor-timeout / proc-lab hint executor-timeout
// Check it: proc-lab verify executor-timeout (it starts the local server and sets PROC_LAB_SERVER)
import { fileURLToPath } from 'node:url';
import { ProcessPoolExecutor } from 'proc-lab';

const BASE = process.env.PROC_LAB_SERVER ?? 'http://127.0.0.1:8000';
const URLS = [`${BASE}/fast`, `${BASE}/hang`, `${BASE}/slow`]; // /hang never answers

// The workers import this file to find fetchPage by its name.
export async function fetchPage(url) {
  const path = new URL(url).pathname;
  try {
    // Without a timeout a hung page would wait forever.
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    const body = await res.text();
    console.log(`page ${path} ${Buffer.byteLength(body)} bytes in ${process.pid}`);
  } catch (err) {
    if (err.name !== 'TimeoutError') throw err;
    console.log(`timeout ${path} in ${process.pid} (${err.message})`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // TODO: as it is, the main process fetches one page after another, so /slow waits for /hang's
  // timeout. Submit each fetch to new ProcessPoolExecutor({ maxWorkers: 3, module:
  // import.meta.url }) instead (ex.submit('fetchPage', url)), then await ex.shutdown({ wait: true })
  // before the line below.
  for (const url of URLS) await fetchPage(url);
  console.log('shutdown returned');
}
