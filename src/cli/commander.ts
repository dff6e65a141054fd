/**
 * commander, loaded with require(). Importing a CommonJS package from an ES module makes node
 * scan its source for named exports first; require() skips that, which is a measurable part of
 * `proc-lab --help`'s start-up (see `npm run bench`).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const commander = require('commander') as typeof import('commander');

export const { Command, CommanderError, Option } = commander;
export type Command = import('commander').Command;
export type CommanderError = import('commander').CommanderError;
export type Option = import('commander').Option;
export type Help = import('commander').Help;
