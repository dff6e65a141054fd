#!/usr/bin/env python3
# Which queued futures can CPython's executors still cancel? (the executor lesson's `shutdown`
# part shows this beside proc-lab's). N tasks of time.sleep(T) go to an executor of W workers;
# once the first W are running, shutdown(wait=True, cancel_futures=True). ThreadPoolExecutor
# cancels every task no worker thread has taken. ProcessPoolExecutor marks a future RUNNING as
# soon as its manager thread moves it into the call queue, which holds up to W + 1 calls
# (EXTRA_QUEUED_CALLS), so some "queued" tasks are already beyond cancel()'s reach.
#
# Prints one JSON line: {"process": {"running": [...] (just before shutdown), "cancelled": [...],
# "finished": [...]}, "thread": {...},
# "workers", "tasks", "callQueue"} with tasks numbered from 1 as the lesson labels them.
import concurrent.futures as cf
import mp_cleanup  # beside this file: the workers end when this program is stopped
import concurrent.futures.process as cfp
import json, sys, time


def wait_job(seconds):
    time.sleep(seconds)
    return seconds


def warm(seconds):
    return seconds


def one(kind, workers, tasks, seconds):
    ex = kind(max_workers=workers)
    # Start every worker first, as the lesson does, so the timing is the tasks' own.
    list(ex.map(warm, range(workers * 2)))
    futures = [ex.submit(wait_job, seconds) for _ in range(tasks)]
    deadline = time.monotonic() + 5
    while sum(f.running() for f in futures) < workers and time.monotonic() < deadline:
        time.sleep(0.005)
    running = [i + 1 for i, f in enumerate(futures) if f.running()]
    ex.shutdown(wait=True, cancel_futures=True)
    return {
        "running": running,
        "cancelled": [i + 1 for i, f in enumerate(futures) if f.cancelled()],
        "finished": [i + 1 for i, f in enumerate(futures) if f.done() and not f.cancelled()],
    }


def main():
    workers, tasks, ms = (int(a) for a in sys.argv[1:4])
    seconds = ms / 1000
    print(json.dumps({
        "process": one(cf.ProcessPoolExecutor, workers, tasks, seconds),
        "thread": one(cf.ThreadPoolExecutor, workers, tasks, seconds),
        "workers": workers,
        "tasks": tasks,
        "callQueue": workers + cfp.EXTRA_QUEUED_CALLS,
    }))


if __name__ == "__main__":
    mp_cleanup.install()
    main()

# Run alone: python3 src/demos/executor-cancel.py 3 5 100   (workers, tasks, ms per task)
