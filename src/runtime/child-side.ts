/**
 * Helpers for the demo programs themselves (the child side). A demo started by a lesson talks
 * over the IPC channel; run alone with node it prints the same messages as JSON lines instead.
 */

export type Message = Record<string, unknown> & { type: string };

/** Send a message to the lesson, or print it when the demo runs alone. */
export function report(message: Message): void {
  if (process.send) process.send(message);
  else console.log(JSON.stringify(message));
}

/**
 * A demo must never outlive proc-lab: when the IPC channel closes (proc-lab ended, even by
 * SIGKILL), the demo ends too. Demos that own children pass `beforeExit` to end them first.
 */
export function exitWithParent(beforeExit?: () => void | Promise<void>): void {
  const end = async () => {
    await beforeExit?.();
    process.exit(0);
  };
  process.on('disconnect', () => void end());
  process.on('SIGTERM', () => void end());
}

/** Resolve with the next IPC message of the given type (when run alone, resolve at once). */
export function nextMessage<T extends Message>(type: string): Promise<T | undefined> {
  if (!process.send) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const on = (m: T) => {
      if (m?.type === type) {
        process.off('message', on);
        resolve(m);
      }
    };
    process.on('message', on);
  });
}
