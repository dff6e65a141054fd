/**
 * Asking before something a learner cannot undo (see a solution early, overwrite their file): a
 * yes/no prompt in a terminal; elsewhere no prompt at all, so `--yes` is required, and without it
 * the refusal is a usage error (exit 2) saying so.
 */
import { type Bi, inline, type Lang } from '../i18n/index.js';
import { UsageError } from '../runtime/errors.js';

export async function confirmed(o: {
  yes: boolean;
  lang: Lang;
  question: Bi;
  refusal: Bi;
}): Promise<boolean> {
  if (o.yes) return true;
  if (!process.stdin.isTTY || !process.stdout.isTTY) throw new UsageError(o.refusal);
  const { confirm } = await import('@inquirer/prompts');
  try {
    return await confirm({ message: inline(o.question, o.lang), default: false });
  } catch {
    // ExitPromptError: Ctrl-C at the prompt counts as no.
    return false;
  }
}
