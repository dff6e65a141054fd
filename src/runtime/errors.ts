import type { Bi } from '../i18n/index.js';

/** The documented exit codes; everything that ends proc-lab goes through one of these. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  interrupted: 130,
} as const;

/** A mistake in how proc-lab was called: one bilingual line naming what is allowed, exit 2. */
export class UsageError extends Error {
  readonly exitCode = EXIT.usage;
  constructor(readonly text: Bi) {
    super(text.en);
    this.name = 'UsageError';
  }
}

/** Something went wrong while a lesson ran (a Redis URL unreachable, a demo crashed): exit 1. */
export class LessonFailure extends Error {
  readonly exitCode = EXIT.failure;
  constructor(
    readonly text: Bi,
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
    this.name = 'LessonFailure';
  }
}

/** Thrown inside a lesson when the user pressed Ctrl-C; unwinds to the top level, exit 130. */
export class Interrupted extends Error {
  readonly exitCode = EXIT.interrupted;
  constructor() {
    super('interrupted');
    this.name = 'Interrupted';
  }
}
