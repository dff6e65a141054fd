#!/usr/bin/env python3
# Where does a multiprocessing.Pool callback run? (the pool lesson's `material` part shows this
# beside proc-lab's). In the main process, as the material shows, but not on the main thread: on
# the pool's result-handler thread, the one thread that takes every result off the result queue.
# So a slow callback holds up the callbacks of every other result. Two tasks finish at about the
# same moment; the first callback to run sleeps SLOW ms; when the second one starts is measured.
#
# Prints one JSON line: {"thread", "mainThread", "pid", "mainPid", "slowMs", "secondDelayMs",
# "tasksApartMs"} (tasksApartMs: how far apart the two tasks really finished, in the workers).
import json, multiprocessing, os, sys, threading, time
import mp_cleanup  # beside this file: the workers end when this program is stopped


def foo(seconds):
    time.sleep(seconds)
    return time.time()  # when the task finished, by the wall clock both processes share


def main():
    slow_ms = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    calls = []  # (wall time the callback started, the task's own end time, thread name, pid)
    both = threading.Event()

    def call(finished_at):
        calls.append((time.time(), finished_at, threading.current_thread().name, os.getpid()))
        if len(calls) == 1:
            time.sleep(slow_ms / 1000)  # a slow callback: the next result waits behind it
        else:
            both.set()

    with multiprocessing.Pool(2) as pool:
        pool.map(foo, [0, 0], chunksize=1)  # both workers up before timing
        for _ in range(2):
            pool.apply_async(foo, (0.2,), callback=call)
        both.wait(10)
    (start1, end1, thread, pid), (start2, end2, _, _) = calls
    print(json.dumps({
        "thread": thread,
        "mainThread": threading.main_thread().name,
        "pid": pid,
        "mainPid": os.getpid(),
        "slowMs": slow_ms,
        "secondDelayMs": round((start2 - end2) * 1000),
        "tasksApartMs": round(abs(end2 - end1) * 1000),
    }))


if __name__ == "__main__":
    mp_cleanup.install()
    main()

# Run alone: python3 src/demos/pool-callback-thread.py 300   (ms the first callback sleeps)
