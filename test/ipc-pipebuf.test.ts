/** The `ipc pipebuf` part: several writer processes on one pipe; PIPE_BUF records never tear. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Event, interruptAt, run, settle, unwrap } from './helpers/cli.js';

const named = (events: readonly Event[], name: string) => events.filter((e) => e.event === name);
const env = { REDIS_URL: undefined };

describe('lesson: ipc pipebuf', () => {
  it('--json: small records all whole, large ones counted, writers are siblings', async () => {
    const r = await run(['ipc', 'pipebuf', '--json', '--fast', '--producers', '3'], { env });
    assert.equal(r.code, 0, r.stderr);
    const lesson = r.events[0]!.pid!;
    const [small, large] = named(r.events, 'pipebuf');
    assert.equal(small?.size, 4096, 'PIPE_BUF on Linux');
    assert.equal(small?.expected, 3 * 200);
    assert.equal(small?.intact, small?.expected, 'no record of PIPE_BUF bytes is ever torn');
    assert.equal(small?.torn, 0);
    assert.equal(large?.size, 256 * 1024);
    assert.equal(large?.expected, 3 * 8);
    assert.equal(Number(large?.torn), Number(large?.expected) - Number(large?.intact));
    const measures = new Map(named(r.events, 'measure').map((e) => [e.name, e.value]));
    assert.equal(measures.get('pipebuf-small-torn'), 0);
    assert.equal(measures.get('pipebuf-large-torn'), large?.torn);
    // A torn stretch is made of bytes of at least two of this run's writers.
    const writers = named(r.events, 'spawn').filter((e) => e.name === 'ipc-pipebuf-writer');
    assert.equal(writers.length, 6, 'three writers per round');
    for (const w of writers) assert.equal(w.ppid, lesson, 'siblings: children of proc-lab');
    const example = large?.example as { parts: { pid: number }[] } | undefined;
    if (Number(large?.torn) > 0) {
      assert.ok(example && example.parts.length >= 2, JSON.stringify(example));
      const pids = new Set(writers.map((w) => w.pid));
      for (const p of example.parts) assert.ok(pids.has(p.pid));
    }
    const [v] = named(r.events, 'verdict').filter((e) => e.name === 'pipebuf-atomic');
    assert.equal(v?.holds, small?.torn === 0 && Number(large?.torn) > 0);
    assert.equal(v?.largeTorn, large?.torn);
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('the prose states the counts it printed and concludes only what they show', async () => {
    const r = await run(['ipc', 'pipebuf', '--fast', '--lang', 'en'], { env });
    assert.equal(r.code, 0, r.stderr);
    r.stdout = unwrap(r.stdout); // prose is wrapped to the width
    const small = /4 KiB records: (\d+) of (\d+) arrived whole, (\d+) torn/.exec(r.stdout);
    const large = /256 KiB records: (\d+) of (\d+) arrived whole, (\d+) torn/.exec(r.stdout);
    assert.ok(small && large, r.stdout);
    assert.equal(small[3], '0');
    if (Number(large[3]) > 0) {
      assert.match(r.stdout, new RegExp(`of the ${large[2]} large records, ${large[3]} were torn`));
    } else {
      assert.match(r.stdout, /This run: 0 of \d+ small records torn, 0 of \d+ large ones/);
    }
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });

  it('SIGINT while the large writers wait for room: exit 130, no writer left', async () => {
    let writers = 0;
    // The sixth writer is the last of round two: its siblings are already writing 256 KiB records.
    const sixth = (e: Event) =>
      e.event === 'spawn' && e.name === 'ipc-pipebuf-writer' && ++writers === 6;
    const r = await interruptAt(['ipc', 'pipebuf', '--json'], sixth, { env });
    assert.deepEqual(await settle(r.tag, r.pids), []);
  });
});
