/**
 * The resolve hook hook.ts registers: the bare name 'proc-lab' is this package's entry (built
 * dist/index.js, beside this file's folder); every other specifier resolves as usual.
 */
const entry = new URL('../index.js', import.meta.url).href;

interface Resolved {
  url: string;
  shortCircuit?: boolean;
}

export async function resolve(
  specifier: string,
  context: unknown,
  next: (specifier: string, context: unknown) => Promise<Resolved>,
): Promise<Resolved> {
  if (specifier === 'proc-lab') return { url: entry, shortCircuit: true };
  return next(specifier, context);
}
