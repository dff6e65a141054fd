#!/usr/bin/env python3
# One worker killed, in CPython (the executor lesson's `broken` part shows this beside proc-lab's):
# the same TASKS tasks of time.sleep(T), the DIE-th of which SIGKILLs its own worker process,
# first on a ProcessPoolExecutor(W), then on a multiprocessing.Pool(W). The executor breaks: every
# future not yet finished fails with BrokenProcessPool, and so does every later submit(). The Pool
# starts a new worker and finishes the other tasks, but the killed task's AsyncResult never becomes
# ready: get() without a timeout would wait forever, so get(timeout=...) is used.
#
# Prints one JSON line: {"executor": ["ok" or an exception name, per task], "submitAfter",
# "pool": ["ok" or "timeout", per task], "poolTimeoutMs"}.
import concurrent.futures as cf
import mp_cleanup  # beside this file: the workers end when this program is stopped
import json, multiprocessing, os, signal, sys, time


def job(seconds, die):
    if die:
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(seconds)
    return seconds


def outcome(f):
    try:
        f.result(timeout=10)
        return "ok"
    except Exception as e:  # noqa: BLE001 - the class name is what is reported
        return type(e).__name__


def submitted(ex, seconds, die):
    """The future, or the name of the exception submit() raised."""
    try:
        return ex.submit(job, seconds, die)
    except Exception as e:  # noqa: BLE001
        return type(e).__name__


def main():
    workers, tasks, ms, die = (int(a) for a in sys.argv[1:5])
    seconds = ms / 1000
    with cf.ProcessPoolExecutor(max_workers=workers) as ex:
        # On a busy machine the pool can break before the last submit: that submit raises.
        futures = [submitted(ex, seconds, i + 1 == die) for i in range(tasks)]
        executor = [f if isinstance(f, str) else outcome(f) for f in futures]
        late = submitted(ex, 0, False)
        after = late if isinstance(late, str) else "ok"
    timeout = max(2.0, 2 * seconds * tasks)  # ample for the others, even on a busy machine
    pool = multiprocessing.Pool(workers)
    results = [pool.apply_async(job, (seconds, i + 1 == die)) for i in range(tasks)]
    outcomes = []
    t0 = time.monotonic()
    for r in results:
        try:
            r.get(timeout=max(0.05, timeout - (time.monotonic() - t0)))
            outcomes.append("ok")
        except multiprocessing.TimeoutError:
            outcomes.append("timeout")
    pool.terminate()
    pool.join()
    print(json.dumps({
        "executor": executor,
        "submitAfter": after,
        "pool": outcomes,
        "poolTimeoutMs": round(timeout * 1000),
    }))


if __name__ == "__main__":
    mp_cleanup.install()
    main()

# Run alone: python3 src/demos/executor-broken.py 3 5 100 2   (workers, tasks, ms, which task dies)
