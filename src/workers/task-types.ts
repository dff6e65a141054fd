/**
 * Task names typed from the module: `new Pool<typeof import('./tasks.js')>(...)` makes a call
 * naming a function the module does not export a compile error, and types each call's arguments
 * and result from the function's own signature. Without a module type any name is accepted and
 * results are `unknown` (or the type given explicitly: `pool.apply<number>('foo', [1])`).
 */

// biome-ignore lint/suspicious/noExplicitAny: a task may declare any parameters.
export type AnyFn = (...args: any[]) => unknown;

/** The module type when none is given: any name, any arguments. */
export type UntypedModule = Record<string, AnyFn>;

/** The names of the functions a module type exports. */
export type TaskName<M> = Extract<
  { [K in keyof M]: M[K] extends AnyFn ? K : never }[keyof M],
  string
>;

/** The parameters of task `K`. */
export type TaskArgs<M, K extends keyof M> = M[K] extends (...args: infer A) => unknown
  ? A
  : unknown[];

/** What a call of `K` resolves to: T when given explicitly, else the task's awaited return type. */
export type TaskResult<T, M, K extends keyof M> = [T] extends [never]
  ? M[K] extends (...args: never[]) => infer R
    ? Awaited<R>
    : unknown
  : T;
