#!/usr/bin/env python3
# The material's zombie program (§1.4), made safe to run from a lesson: os.fork() a child that
# exits at once while the parent sleeps without calling wait(), so the child is a zombie (Z,
# "[python3] <defunct>") for the whole sleep. Unlike the material, the parent then reaps the child
# itself with os.waitpid() (also on SIGTERM), so the zombie is never left to PID 1.
#
# The sleep ends early when a byte or EOF arrives on stdin (proc-lab ending the hold, or proc-lab
# going away). Protocol for proc-lab: JSON lines on stdout, {"type": "child", ...} then
# {"type": "reaped", ...}; then it waits for EOF on stdin and exits.
import json, os, select, signal, sys


def say(**message):
    # One write() per line: lines under PIPE_BUF from several processes sharing the pipe never
    # interleave (print() may split a line into two writes).
    try:
        os.write(1, (json.dumps(message) + "\n").encode())
    except BrokenPipeError:
        pass


def on_term(signum, frame):
    sys.exit(0)  # raises SystemExit: the finally below still reaps


signal.signal(signal.SIGTERM, on_term)
signal.signal(signal.SIGHUP, on_term)

hold = float(sys.argv[1]) if len(sys.argv) > 1 else 30.0
pid = os.fork()
if pid == 0:
    # the child exits at once
    sys.exit(0)

reaped = False
try:
    say(type="child", pid=pid, ppid=os.getpid())
    # the parent "sleeps" (the material: time.sleep(30)) and does not call wait()
    ready, _, _ = select.select([sys.stdin], [], [], hold)
    eof = bool(ready) and os.read(sys.stdin.fileno(), 1) == b""
    _, status = os.waitpid(pid, 0)
    reaped = True
    say(type="reaped", pid=pid, by=os.getpid(), code=os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status))
    if not eof:
        sys.stdin.buffer.read()  # stay until proc-lab closes the pipe
finally:
    if not reaped:
        os.waitpid(pid, 0)

# Run alone: python3 src/demos/zombie-fork.py 30   (then: ps -ef | grep defunct)
