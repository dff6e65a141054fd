/**
 * `proc-lab watch [ID]`: verify, then verify again on every save of the learner's file, like
 * rustlings' watch. In a terminal single keys work: h a hint, n the next exercise, l the list,
 * q quit. Without a terminal there are no keys and no prompt: it checks on each save until it is
 * ended (Ctrl-C, SIGTERM).
 */
import { type FSWatcher, watch as watchFs } from 'node:fs';
import { basename, dirname } from 'node:path';
import { cliText } from '../exercises/cli.text.js';
import { exercises } from '../exercises/index.js';
import { nextAfter } from '../exercises/select.js';
import { loadStates, recordHint } from '../exercises/state.js';
import { fileTarget, pickTarget, type Target } from '../exercises/target.js';
import { verifyOnce } from '../exercises/verify-run.js';
import { fmt } from '../i18n/index.js';
import { listenKeys } from '../ui/keys.js';
import { Output } from '../ui/output.js';
import type { CommandModule } from './types.js';

type Wake = 'change' | 'h' | 'n' | 'l' | 'q';

/** Wakes the loop: a save of the watched file (debounced: editors write in several steps) or a key. */
class Waker {
  private pending: Wake[] = [];
  private resolve: ((w: Wake) => void) | undefined;
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;

  push(w: Wake): void {
    if (this.resolve) {
      const r = this.resolve;
      this.resolve = undefined;
      r(w);
    } else if (!this.pending.includes(w)) {
      this.pending.push(w);
    }
  }

  next(): Promise<Wake> {
    const w = this.pending.shift();
    if (w) return Promise.resolve(w);
    return new Promise((resolve) => {
      this.resolve = resolve;
    });
  }

  /** Watch the file's folder, not the file: a save by rename replaces the file we would watch. */
  follow(file: string): void {
    this.watcher?.close();
    const name = basename(file);
    this.watcher = watchFs(dirname(file), (_event, changed) => {
      if (changed !== null && changed !== name) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.push('change'), 150);
    });
  }

  close(): void {
    this.watcher?.close();
    clearTimeout(this.timer);
  }
}

const command: CommandModule = {
  run: async ({ global, args, options }) => {
    const out = new Output({ lang: global.lang, json: global.json, color: global.color });
    let target: Target | undefined = pickTarget(
      args[0] as string | undefined,
      options,
      loadStates().state,
    );
    if (!target) {
      out.say(cliText.watchAll);
      return 0;
    }
    const waker = new Waker();
    const keys = global.json
      ? undefined
      : listenKeys((k) => {
          if (k === 'h' || k === 'n' || k === 'l' || k === 'q') waker.push(k);
        });
    try {
      let check = true;
      for (;;) {
        if (check) {
          waker.follow(target.file);
          const { passed } = await verifyOnce(out, target.entry, {
            file: target.file,
            code: target.code,
          });
          if (passed && keys) out.say(cliText.watchPassed, { id: target.entry.id });
          out.say(keys ? cliText.watchKeys : cliText.watchNoKeys);
        }
        check = false;
        const wake = await waker.next();
        if (wake === 'q') return 0;
        if (wake === 'change') check = true;
        if (wake === 'h') {
          const level = Math.min(2, (loadStates().get(target.entry.id).hints ?? 0) + 1);
          const hint = (await target.entry.load()).default.hints[level - 1]!;
          out.heading(fmt(cliText.hintLevel, { id: target.entry.id, level }));
          out.say(hint);
          for (const w of recordHint(target.entry.id, level)) out.warn(w);
        }
        if (wake === 'l') {
          const states = loadStates();
          out.lines(
            exercises.map(
              (e) =>
                `  ${states.state(e.id) === 'passed' ? '✓' : '·'} ${e.id}  ${out.text(e.title)}`,
            ),
          );
        }
        if (wake === 'n') {
          const next = nextAfter(target.entry.id, loadStates().state);
          if (!next) {
            out.say(cliText.watchAll);
            continue;
          }
          target = fileTarget(next, options);
          check = true;
        }
      }
    } finally {
      keys?.close();
      waker.close();
    }
  },
};
export default command;
