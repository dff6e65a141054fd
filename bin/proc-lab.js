#!/usr/bin/env node
const fast = await import('../dist/help-fast.js').catch(() => undefined);
if (!fast) (process.exitCode = 1), console.error('proc-lab: dist/ is missing: run npm run build');
else if (!fast.fastHelp(process.argv)) await import('../dist/cli.js');
