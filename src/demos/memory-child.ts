/**
 * A child that changes its own copy of a value it got from its parent. The parent's copy stays
 * as it was: separate processes, separate memory.
 */
import { report } from '../runtime/child-side.js';

let counter = Number(process.argv[2] ?? 100);
const changed = Number(process.argv[3] ?? 999);
report({ type: 'memory', pid: process.pid, where: 'child-before', value: counter });
counter = changed;
report({ type: 'memory', pid: process.pid, where: 'child', value: counter });
process.disconnect?.();

// Run alone: node dist/demos/memory-child.js 100 999
