/**
 * Single keys from a terminal (raw mode) for live views: `q`, space, and so on. Raw mode turns
 * Ctrl-C into an ordinary byte, so it is passed on as SIGINT, and proc-lab ends the usual way.
 * Only in a TTY; elsewhere `listenKeys` returns undefined and nothing reads stdin.
 */
export interface Keys {
  close(): void;
}

export function listenKeys(onKey: (key: string) => void): Keys | undefined {
  const stdin = process.stdin;
  if (!stdin.isTTY) return undefined;
  const onData = (buf: Buffer) => {
    const key = buf.toString();
    if (key === '\u0003') process.kill(process.pid, 'SIGINT');
    else onKey(key);
  };
  stdin.setRawMode(true);
  stdin.resume();
  stdin.on('data', onData);
  let open = true;
  return {
    close() {
      if (!open) return;
      open = false;
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
    },
  };
}

/**
 * Waits that a pause stops: `sleep(ms)` counts only the time spent not paused, and `quit()`
 * ends every wait at once.
 */
export class PausableClock {
  paused = false;
  quitting = false;
  private readonly waits = new Set<() => void>();

  toggle(): void {
    this.paused = !this.paused;
    for (const w of this.waits) w();
  }

  quit(): void {
    this.quitting = true;
    for (const w of this.waits) w();
  }

  async sleep(ms: number): Promise<void> {
    let left = ms;
    while (left > 0 && !this.quitting) {
      const start = performance.now();
      const running = !this.paused;
      // Wake on the timer, or early on pause/resume/quit to re-plan.
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waits.delete(done);
          resolve();
        };
        const timer = running ? setTimeout(done, left) : undefined;
        this.waits.add(done);
      });
      if (running) left -= performance.now() - start;
    }
  }
}
