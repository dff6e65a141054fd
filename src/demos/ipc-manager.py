#!/usr/bin/env python3
# The `ipc manager` part beside CPython: K processes each run `d['c'] += 1` N times on one
# multiprocessing.Manager dict, without a lock or inside `with m.Lock():`.
#
# On a proxy, `d['c'] += 1` is two requests to the Manager's server process: a read
# (__getitem__), then a write (__setitem__). The server serves each connection on its own thread,
# so between one process's read and its write another process's write can land, and that update
# is lost. With m.Lock() held around the read and the write, none is.
#
# Prints one JSON line: {lock, processes, each, expected, actual, lost, managerPid, pids,
# serverThreads, ms}. serverThreads is the most threads seen in the server process while the
# workers ran (from /proc/<pid>/task, Linux).
import json
import os
import sys
import threading
import time
from multiprocessing import Process
from multiprocessing.managers import SyncManager

from pdeath import die_with_parent, exit_on_sigterm


def work(d, lock, n):
    die_with_parent()
    for _ in range(n):
        if lock is None:
            d["c"] += 1
        else:
            with lock:
                d["c"] += 1


def count_threads(pid, seen, stop):
    while not stop.is_set():
        try:
            seen.append(len(os.listdir(f"/proc/{pid}/task")))
        except OSError:
            pass
        stop.wait(0.005)


def main():
    exit_on_sigterm()
    use_lock = sys.argv[1] == "lock"
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    m = SyncManager()
    m.start(initializer=die_with_parent)
    workers = []
    seen, stop = [], threading.Event()
    try:
        d = m.dict(c=0)
        lock = m.Lock() if use_lock else None
        watcher = threading.Thread(
            target=count_threads, args=(m._process.pid, seen, stop), daemon=True
        )
        watcher.start()
        t0 = time.perf_counter()
        workers = [Process(target=work, args=(d, lock, n)) for _ in range(k)]
        for p in workers:
            p.start()
        for p in workers:
            p.join()
        ms = (time.perf_counter() - t0) * 1000
        stop.set()
        actual = d["c"]
        print(json.dumps({
            "lock": use_lock,
            "processes": k,
            "each": n,
            "expected": k * n,
            "actual": actual,
            "lost": k * n - actual,
            "managerPid": m._process.pid,
            "pids": [p.pid for p in workers],
            "serverThreads": max(seen, default=0),
            "ms": round(ms, 1),
        }), flush=True)
    finally:
        stop.set()
        for p in workers:
            if p.is_alive():
                p.terminate()
                p.join()
        m.shutdown()


if __name__ == "__main__":
    main()

# Run alone: python3 src/demos/ipc-manager.py nolock 3 2000   (and: ... lock 3 2000)
