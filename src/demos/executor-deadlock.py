#!/usr/bin/env python3
# Executors can deadlock (the material says they spare you that worry): a task that waits for
# another task's future, in a pool whose every worker is busy, waits for itself. This is the
# example from Python's own documentation of ThreadPoolExecutor, with a timeout so it ends: on
# ThreadPoolExecutor(max_workers=1), task a submits task b and waits for b's result; b can run
# only on the worker that a occupies.
#
# Prints one JSON line: {"workers", "waitedMs", "outcome" (what a's wait ended with), "bState"
# (b's state when a gave up), "bAfter" (b's state once a had returned and freed the worker)}.
import concurrent.futures as cf
import json, sys, time


def b():
    return "b"


def main():
    wait_ms = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    ex = cf.ThreadPoolExecutor(max_workers=1)
    box = {}

    def a():
        fb = ex.submit(b)
        box["b"] = fb
        t0 = time.monotonic()
        try:
            fb.result(timeout=wait_ms / 1000)  # without a timeout: waits forever
            outcome = "result"
        except cf.TimeoutError:
            outcome = "TimeoutError"
        box["state"] = fb._state  # PENDING: b never got the worker a holds
        return outcome, round((time.monotonic() - t0) * 1000)

    outcome, waited = ex.submit(a).result()
    box["b"].result(timeout=5)  # once a has returned, the worker is free and b runs
    ex.shutdown()
    print(json.dumps({
        "workers": 1,
        "waitedMs": waited,
        "outcome": outcome,
        "bState": box["state"],
        "bAfter": box["b"]._state,
    }))


if __name__ == "__main__":
    main()

# Run alone: python3 src/demos/executor-deadlock.py 500   (ms task a waits for task b)
