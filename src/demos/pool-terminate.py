#!/usr/bin/env python3
# CPython's multiprocessing.Pool.terminate(), measured (the pool lesson's `lifecycle` part shows it
# beside proc-lab's): Pool(N) gets M tasks of time.sleep(T); as soon as AFTER results are in, the
# main process calls terminate(). Then it counts how many AsyncResults ever became ready, reads the
# signal each worker was ended by (Process.exitcode is -signum), and calls get() with a timeout on
# one unfinished result: without the timeout that call would wait forever, because terminate()
# never completes the results of unfinished tasks.
#
# Prints one JSON line: {"ready", "total", "signal", "exitcodes", "getTimedOut", "waitedMs"}.
import json, multiprocessing, signal, sys, threading, time
import mp_cleanup  # beside this file: the workers end when this program is stopped


def foo(i, seconds):
    time.sleep(seconds)
    return i + 100


def main():
    n, m, ms, after = (int(a) for a in sys.argv[1:5])
    done = threading.Semaphore(0)
    pool = multiprocessing.Pool(n)
    workers = list(pool._pool)  # the Process objects, to read their exit codes afterwards
    results = [pool.apply_async(foo, (i, ms / 1000), callback=lambda _: done.release()) for i in range(m)]
    for _ in range(after):
        done.acquire()
    pool.terminate()
    pool.join()
    ready = sum(r.ready() for r in results)
    codes = [p.exitcode for p in workers]
    signals = sorted({signal.Signals(-c).name for c in codes if c is not None and c < 0})
    waited = ms / 1000 + 0.2
    unfinished = next((r for r in results if not r.ready()), None)
    timed_out = False
    t0 = time.monotonic()
    if unfinished is not None:
        try:
            unfinished.get(timeout=waited)
        except multiprocessing.TimeoutError:
            timed_out = True
    print(json.dumps({
        "ready": ready,
        "total": m,
        "signal": ",".join(signals) or "none",
        "exitcodes": codes,
        "getTimedOut": timed_out,
        "waitedMs": round((time.monotonic() - t0) * 1000),
    }))


if __name__ == "__main__":
    mp_cleanup.install()
    main()

# Run alone: python3 src/demos/pool-terminate.py 3 7 150 3   (workers, tasks, ms per task, stop after)
