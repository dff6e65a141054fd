#!/usr/bin/env python3
# What starting a thread, an os.fork() child and a spawned interpreter costs in CPython: the
# median time from asking for it until its first line of code runs (the same yardstick proc-lab
# uses for Node's Worker and child process).
#   thread  threading.Thread(...).start(): start() returns once the new thread runs
#   fork    os.fork(): until the child has written one byte to a pipe
#   spawn   multiprocessing's "spawn" start method: a new interpreter that re-imports this file
#           (which is why the code below sits under `if __name__ == "__main__"`) and unpickles
#           its target, until the target has sent one message back
# Usage: start-cost.py [runs]. Prints one JSON line: {threadMs, forkMs, spawnMs, runs, ...}.
import json, multiprocessing as mp, os, statistics, sys, threading, time


def ping(conn):
    conn.send(1)


def thread_ms():
    t0 = time.perf_counter()
    t = threading.Thread(target=lambda: None)
    t.start()
    elapsed = time.perf_counter() - t0
    t.join()
    return elapsed * 1000


def fork_ms():
    r, w = os.pipe()
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.write(w, b"x")
        os._exit(0)
    os.read(r, 1)
    elapsed = time.perf_counter() - t0
    os.waitpid(pid, 0)
    os.close(r)
    os.close(w)
    return elapsed * 1000


def spawn_ms(ctx):
    here, there = ctx.Pipe()
    t0 = time.perf_counter()
    p = ctx.Process(target=ping, args=(there,))
    p.start()
    here.recv()
    elapsed = time.perf_counter() - t0
    p.join()
    return elapsed * 1000


if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    spawn = mp.get_context("spawn")
    result = {
        "threadMs": statistics.median(thread_ms() for _ in range(runs * 10)),
        "forkMs": statistics.median(fork_ms() for _ in range(runs * 4)),
        "spawnMs": statistics.median(spawn_ms(spawn) for _ in range(runs)),
        "runs": runs,
        "defaultStartMethod": mp.get_start_method(),
        "version": sys.version.split()[0],
    }
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}))

# Run alone: python3 src/demos/start-cost.py 5
