"""Shared by the multiprocessing demos: their worker processes end with them.

proc-lab stops a demo with SIGTERM and expects it to end its own children first (see
src/runtime/children.ts). Python's default SIGTERM ends the interpreter at once and leaves
multiprocessing's worker processes behind, re-parented to PID 1. install() replaces that in the
demo's main process: start no more processes, SIGKILL every child process it has, reap each, then
exit. The children are found in the kernel's process table (every process whose parent is this
one), not in multiprocessing's own list: the signal may arrive in the middle of a start(), after
the fork and before multiprocessing has recorded the new child. A worker gets the default
handlers back right after fork(), so a Pool's own terminate() ends its workers by SIGTERM, as
CPython does: a handler written in Python would not do, since it runs only when the worker's main
thread runs Python code, and a worker forked while another thread held a lock may never again.
"""
import multiprocessing
import os
import signal
import time


def _children():
    """PIDs whose parent is this process, from /proc (multiprocessing's list where there is none)."""
    if not os.path.isdir("/proc"):
        return [p.pid for p in multiprocessing.active_children()]
    me, found = os.getpid(), []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        if int(stat[stat.rindex(")") + 2 :].split()[1]) == me:
            found.append(int(name))
    return found


def _end(signum, frame):
    # A Pool's handler thread replaces workers that die: make starting a process a no-op first.
    multiprocessing.process.BaseProcess.start = lambda self: None
    deadline = time.monotonic() + 1  # within proc-lab's grace before SIGKILL (1.5 s)
    while time.monotonic() < deadline:
        kids = _children()
        if not kids:
            time.sleep(0.05)  # a start() already past its fork shows up a moment later
            if not _children():
                break
            continue
        for pid in kids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for pid in kids:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass  # reaped already (by multiprocessing's own threads)
    os._exit(128 + signum)


_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def _default_in_child():
    for s in _SIGNALS:
        signal.signal(s, signal.SIG_DFL)


def install():
    for s in _SIGNALS:
        signal.signal(s, _end)
    os.register_at_fork(after_in_child=_default_in_child)
