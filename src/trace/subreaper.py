#!/usr/bin/env python3
# proc-lab trace's subreaper (Linux 3.4+). Node cannot call prctl(), so this small process does:
# prctl(PR_SET_CHILD_SUBREAPER) makes every orphan among its descendants re-parent to it instead
# of to PID 1, so nothing the traced program starts escapes proc-lab, and no zombie is left for a
# PID 1 that may never reap (some containers). It starts the command (the program, or strace
# running the program) in a process group of its own, reaps every child it gets, its own and
# adopted ones, and reports each on fd 3; when none is left it exits.
#
# Usage: subreaper.py [--trace-fd4] -- COMMAND [ARGS...]
#   --trace-fd4: COMMAND is strace; its trace is copied to fd 4. NOTE: strace is given
#   `-o /proc/<our pid>/fd/<w>`, the write end of a pipe of ours: strace opens a file by name, and
#   fd 4 from Node is a socket, which cannot be opened through /proc. strace opens its output
#   close-on-exec, so the traced program never holds it.
# Reports, one JSON object per line on fd 3: subreaper {pid}, spawned {pid}, spawn-error {errno,
# error}, reaped {pid, code, signal}, stopping {signal, grace}, done.
# SIGTERM / SIGHUP / SIGINT: end the whole tree below us (SIGTERM, then SIGKILL after a grace of
# PROC_LAB_GRACE_MS, default 1000), reaping everything, then exit. SIGUSR1: the same at once with
# SIGKILL (proc-lab stopping a fork bomb).
import ctypes, json, os, signal, sys, threading, time

PR_SET_CHILD_SUBREAPER = 36
CONTROL = 3
TRACE = 4


def say(**message):
    # One write() per line, so a reader never sees half a line.
    try:
        os.write(CONTROL, (json.dumps(message) + "\n").encode())
    except OSError:
        pass


def descendants(root):
    """Every process below `root`, found through /proc/<pid>/task/<tid>/children, parents first."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        try:
            tids = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tids:
            try:
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    kids = [int(k) for k in f.read().split()]
            except OSError:
                continue
            for k in kids:
                if k not in found:
                    found.append(k)
                    todo.append(k)
    return found


def signal_all(sig, spare=()):
    for pid in descendants(os.getpid()):
        if pid in spare:
            continue
        try:
            os.kill(pid, sig)
        except OSError:
            pass


stop_at = None  # when the grace ends and SIGKILL follows
tracer = None  # strace's PID: spared from SIGTERM, so that it records how the others ended
group = None


def on_stop(signum, frame):
    global stop_at
    if stop_at is None:
        grace = 0 if signum == signal.SIGUSR1 else int(os.environ.get("PROC_LAB_GRACE_MS", "1000"))
        say(type="stopping", signal=signal.Signals(signum).name, grace=grace)
        stop_at = time.monotonic() + grace / 1000
        if grace == 0:
            kill_everything()
        else:
            signal_all(signal.SIGTERM, spare=(tracer,))


def kill_everything():
    # The group first: one kill() reaches every member at once, so a fork bomb cannot outrun it;
    # then every descendant, in case one moved to another group or session.
    if group is not None:
        try:
            os.killpg(group, signal.SIGKILL)
        except OSError:
            pass
    signal_all(signal.SIGKILL)


def status_of(status):
    if os.WIFSIGNALED(status):
        return None, signal.Signals(os.WTERMSIG(status)).name
    return os.WEXITSTATUS(status), None


if "--" not in sys.argv:
    sys.exit("usage: subreaper.py [--trace-fd4] -- COMMAND [ARGS...]")
split = sys.argv.index("--")
flags, argv = sys.argv[1:split], sys.argv[split + 1 :]
if not argv:
    sys.exit("usage: subreaper.py [--trace-fd4] -- COMMAND [ARGS...]")
os.set_inheritable(CONTROL, False)
trace_w = None
copier = None
if "--trace-fd4" in flags:
    trace_r, trace_w = os.pipe()  # not inheritable (PEP 446)
    os.set_inheritable(TRACE, False)
    argv = [argv[0], "-o", f"/proc/{os.getpid()}/fd/{trace_w}", *argv[1:]]

    def copy():
        while True:
            data = os.read(trace_r, 65536)
            if not data:
                break
            try:
                os.write(TRACE, data)
            except OSError:
                pass
        os.close(TRACE)

    copier = threading.Thread(target=copy, daemon=True)
    copier.start()

libc = ctypes.CDLL(None, use_errno=True)
if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
    say(type="error", errno=ctypes.get_errno())
    sys.exit(3)
ENDING = {signal.SIGTERM, signal.SIGHUP, signal.SIGINT, signal.SIGUSR1}
# Hold the ending signals until the child has started: it starts with their default actions (not
# our handler, which a fork would copy), and a signal arriving meanwhile is handled right after.
signal.pthread_sigmask(signal.SIG_BLOCK, ENDING)
# Python ignores SIGPIPE and SIGXFSZ, and an ignored signal stays ignored across exec: give the
# command the defaults it would have had from a shell (as subprocess's restore_signals does).
DEFAULTS = (*ENDING, signal.SIGPIPE, signal.SIGXFSZ)
for s in ENDING:
    signal.signal(s, on_stop)
say(type="subreaper", pid=os.getpid())
try:
    child = os.posix_spawnp(
        argv[0], argv, os.environ, setpgroup=0, setsigmask=(), setsigdef=DEFAULTS
    )
except OSError as err:
    say(type="spawn-error", errno=err.errno, error=os.strerror(err.errno))
    sys.exit(0)
group = child
if "--trace-fd4" in flags:
    tracer = child
say(type="spawned", pid=child)
signal.pthread_sigmask(signal.SIG_UNBLOCK, ENDING)

while True:
    try:
        if stop_at is None:
            pid, status = os.wait()
        else:
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                if time.monotonic() >= stop_at:
                    kill_everything()
                time.sleep(0.01)
                continue
    except ChildProcessError:
        break
    code, sig = status_of(status)
    say(type="reaped", pid=pid, code=code, signal=sig)
    if pid == tracer and trace_w is not None:
        # NOTE: only now: strace opens our write end at some moment after it starts, and closing it
        # earlier would make that open fail. With it closed, the copier sees the end of the trace.
        os.close(trace_w)
        trace_w = None
if copier is not None:
    if trace_w is not None:
        os.close(trace_w)
    copier.join()
say(type="done")

# Run alone (Linux): python3 src/trace/subreaper.py -- sh -c 'sleep 1 & exit 3' 3>&1
