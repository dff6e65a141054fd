#!/usr/bin/env node
const fast = await import('../dist/help-fast.js').catch(() => undefined);
if (!fast) {
  console.error('proc-lab: dist/ is missing: run npm run build');
  process.exit(1);
}
if (!fast.fastHelp(process.argv)) await import('../dist/cli.js');
