// pipe: two child processes joined by one pipe, one writing and one reading.
// Statement and hints: proc-lab exercises pipe / proc-lab hint pipe
// Check it: proc-lab verify pipe
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const me = fileURLToPath(import.meta.url);
const role = process.argv[2];

if (role === 'writer') {
  // stdout is the pipe here, so the report goes to stderr.
  const data = Buffer.alloc(100_000, 'x'); // more than a pipe holds at once (64 KiB on Linux)
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
  // The writer's stdout is a pipe ('pipe'); its read end stays here, in this process.
  const writer = spawn(process.execPath, [me, 'writer'], { stdio: ['ignore', 'pipe', 'inherit'] });
  // TODO: start the reader (this file with 'reader') with the writer's stdout as its stdin, let go
  // of this process's own copy of the read end (writer.stdout.destroy()), and wait for both to
  // exit. As it is, only one child exists and what it writes is read by nobody.
  await new Promise((resolve) => writer.once('exit', resolve));
}
