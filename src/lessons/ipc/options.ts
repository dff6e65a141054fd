/** The lesson's own options with their defaults; --fast shortens only what the user left unset. */
import type { LessonContext } from '../types.js';

export function producers(ctx: LessonContext): number {
  return (ctx.options.producers as number | undefined) ?? 3;
}

export function messagesPerProducer(ctx: LessonContext): number {
  return (ctx.options.messages as number | undefined) ?? (ctx.fast ? 200 : 2000);
}

export function redisUrl(ctx: LessonContext): string | undefined {
  const url = ctx.options.redis as string | undefined;
  return url === undefined || url === '' ? undefined : url;
}
