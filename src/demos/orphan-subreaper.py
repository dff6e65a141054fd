#!/usr/bin/env python3
# A child subreaper (Linux 3.4+): prctl(PR_SET_CHILD_SUBREAPER) makes orphans among this process's
# descendants re-parent to it instead of to PID 1. It runs the command given as arguments (a parent
# that orphans its child), then reaps every child it gets, its own and adopted ones, reporting
# each, until none is left; then it exits. So no orphan depends on PID 1.
#
# Protocol for proc-lab: JSON lines on stdout: {"type": "subreaper", ...}, {"type": "reaped", ...}.
# SIGTERM or SIGHUP: pass SIGTERM on to every descendant (they share our process group), and go on
# reaping until they are gone.
import ctypes, json, os, signal, sys

PR_SET_CHILD_SUBREAPER = 36


def say(**message):
    # One write() per line: lines under PIPE_BUF from several processes sharing the pipe never
    # interleave (print() may split a line into two writes).
    try:
        os.write(1, (json.dumps(message) + "\n").encode())
    except BrokenPipeError:
        pass


def on_term(signum, frame):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # killpg reaches us too
    os.killpg(os.getpgrp(), signal.SIGTERM)


if len(sys.argv) < 2:
    sys.exit("usage: orphan-subreaper.py COMMAND [ARGS...]")
libc = ctypes.CDLL(None, use_errno=True)
if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
    say(type="error", errno=ctypes.get_errno())
    sys.exit(3)
ENDING = {signal.SIGTERM, signal.SIGHUP}
# Hold SIGTERM/SIGHUP until the child has started: it starts with their default actions (not our
# handler, which a fork would copy), and a signal arriving meanwhile is handled right after.
signal.pthread_sigmask(signal.SIG_BLOCK, ENDING)
for s in ENDING:
    signal.signal(s, on_term)
say(type="subreaper", pid=os.getpid())
os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ, setsigmask=(), setsigdef=tuple(ENDING))
signal.pthread_sigmask(signal.SIG_UNBLOCK, ENDING)
while True:
    try:
        pid, status = os.wait()
    except ChildProcessError:
        break
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status)
    say(type="reaped", pid=pid, by=os.getpid(), code=code)

# Run alone (Linux): python3 src/demos/orphan-subreaper.py "$(command -v node)" dist/demos/orphan-parent.js 3000
