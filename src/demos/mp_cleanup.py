"""Shared by the multiprocessing demos: their worker processes end with them.

proc-lab stops a demo with SIGTERM and expects it to end its own children first (see
src/runtime/children.ts). Python's default SIGTERM ends the interpreter at once and leaves
multiprocessing's worker processes behind, re-parented to PID 1. install() replaces that in the
demo's main process: start no more processes, kill every child process it started, wait for
(reap) each, then exit. A
worker inherits the handler through fork() but acts as if it had none, so a Pool's own
terminate() still ends its workers by SIGTERM, as CPython does.
"""
import multiprocessing
import os
import signal
import time

_main = os.getpid()


def _end(signum, frame):
    if os.getpid() != _main:
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    # A Pool's handler thread replaces workers that die: first make starting a process a no-op,
    # then kill and reap until none is left (a start already under way shows up a moment later).
    multiprocessing.process.BaseProcess.start = lambda self: None
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        kids = multiprocessing.active_children()
        if not kids:
            time.sleep(0.05)
            if not multiprocessing.active_children():
                break
            continue
        for p in kids:
            p.kill()
        for p in kids:
            p.join(1)
    os._exit(128 + signum)


def install():
    for s in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(s, _end)
