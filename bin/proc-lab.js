#!/usr/bin/env node
import { fastHelp } from '../dist/help-fast.js';

if (!fastHelp(process.argv)) await import('../dist/cli.js');
