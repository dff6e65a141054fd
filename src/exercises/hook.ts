/**
 * Loaded into a learner's JavaScript program with `node --import` (through NODE_OPTIONS, so that
 * pool workers and other node children the program starts get it too): it makes
 * `import { Pool } from 'proc-lab'` resolve to this proc-lab, wherever the learner's file is.
 */
import { register } from 'node:module';

register('./resolve.js', import.meta.url);
