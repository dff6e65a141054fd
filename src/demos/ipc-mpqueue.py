#!/usr/bin/env python3
# The `ipc mpqueue` part beside CPython: one multiprocessing.Queue shared by many processes.
#
# 1. P producer processes put M items each into one Queue; C consumer processes take from it
#    until each gets a None. Every item is taken once, by whichever consumer is free.
# 2. put() does not write to the pipe itself: it appends to a buffer, and a thread of the
#    producer, QueueFeederThread, pickles each item and writes it into the pipe holding the
#    queue's write lock. A producer reports its threads' names right after a put().
# 3. The deadlock the documentation warns of ("joining processes that use queues"): a process
#    that put() an item waits, before it ends, until its feeder thread has written everything
#    into the pipe. A small item fits into the pipe's buffer at once; a 1 MiB item does not, so
#    the child cannot end until someone reads, and join() before get() would wait forever. Here
#    join() gets a timeout instead, then the parent drains the queue and joins again.
#
# Prints one JSON line with what it saw.
import json
import sys
import threading
import time
from multiprocessing import Process, Queue

from pdeath import die_with_parent, exit_on_sigterm


def produce(q, names, m, tell_threads):
    die_with_parent()
    for i in range(m):
        q.put((i, "x" * 32))
        if i == 0 and tell_threads:
            names.put([t.name for t in threading.enumerate()])


def consume(q, taken):
    die_with_parent()
    n = 0
    while q.get() is not None:
        n += 1
    taken.put(n)


def put_and_end(q, size):
    die_with_parent()
    q.put(b"x" * size)


def join_before_get(size, timeout):
    q = Queue()
    p = Process(target=put_and_end, args=(q, size))
    p.start()
    t0 = time.perf_counter()
    p.join(timeout)
    waited = time.perf_counter() - t0
    alive, code = p.is_alive(), p.exitcode
    got = len(q.get(timeout=30))
    p.join(30)
    return {"size": size, "pid": p.pid, "waitedMs": round(waited * 1000, 1),
            "aliveAfterJoin": alive, "exitcodeAfterJoin": code,
            "got": got, "exitcodeAfterGet": p.exitcode}


def main():
    exit_on_sigterm()
    k = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    q, names, taken = Queue(), Queue(), Queue()
    consumers = [Process(target=consume, args=(q, taken)) for _ in range(2)]
    producers = [Process(target=produce, args=(q, names, m, i == 0)) for i in range(k)]
    procs = consumers + producers
    try:
        for p in procs:
            p.start()
        threads = names.get(timeout=30)
        for p in producers:
            p.join()
        for _ in consumers:
            q.put(None)
        counts = [taken.get(timeout=30) for _ in consumers]
        for p in consumers:
            p.join()
        small = join_before_get(1024, timeout)
        large = join_before_get(1024 * 1024, timeout)
        print(json.dumps({
            "producers": k, "each": m, "expected": k * m,
            "consumers": [{"pid": p.pid, "took": n} for p, n in zip(consumers, counts)],
            "producerPids": [p.pid for p in producers],
            "producerThreads": threads,
            "small": small, "large": large, "timeoutMs": round(timeout * 1000),
        }), flush=True)
    finally:
        for p in procs:
            if p.is_alive():
                p.terminate()
                p.join()


if __name__ == "__main__":
    main()

# Run alone: python3 src/demos/ipc-mpqueue.py 3 200 1.0
