// The task of bench/material.mjs: the material's foo(i).
import { setTimeout as sleep } from 'node:timers/promises';

export async function foo(i) {
  await sleep(2000);
  console.log('in the process', process.pid); // the worker's PID
  return i + 100;
}
