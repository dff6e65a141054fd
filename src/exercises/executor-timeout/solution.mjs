// executor-timeout, a reference solution: three workers fetch at once; shutdown({ wait: true })
// waits for all three, the hung one included.
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
  const ex = new ProcessPoolExecutor({ maxWorkers: 3, module: import.meta.url });
  for (const url of URLS) ex.submit('fetchPage', url);
  await ex.shutdown({ wait: true }); // no new tasks; resolves once every task is done
  console.log('shutdown returned');
}
