// pipe, a reference solution: the writer's stdout is the reader's stdin, one pipe between them.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const me = fileURLToPath(import.meta.url);
const role = process.argv[2];

if (role === 'writer') {
  const data = Buffer.alloc(100_000, 'x');
  process.stdout.write(data, () =>
    console.error(`writer pid ${process.pid} wrote ${data.length} bytes`),
  );
} else if (role === 'reader') {
  let got = 0;
  process.stdin.on('data', (chunk) => {
    got += chunk.length;
  });
  process.stdin.on('end', () => console.log(`reader pid ${process.pid} read ${got} bytes`));
} else {
  const writer = spawn(process.execPath, [me, 'writer'], { stdio: ['ignore', 'pipe', 'inherit'] });
  // The pipe's read end is handed to the reader as its stdin (a copy of the descriptor).
  const reader = spawn(process.execPath, [me, 'reader'], {
    stdio: [writer.stdout, 'inherit', 'inherit'],
  });
  // Our copy of the read end is not needed: drop it, so only the reader holds one.
  writer.stdout.destroy();
  await Promise.all([writer, reader].map((c) => new Promise((resolve) => c.once('exit', resolve))));
}
