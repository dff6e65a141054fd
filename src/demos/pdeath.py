# Shared by proc-lab's CPython demos that start processes of their own (a Manager's server,
# multiprocessing workers). proc-lab ends a demo with SIGTERM, then SIGKILL after a grace period;
# a SIGKILL gives Python no chance to stop its children, and they would outlive proc-lab. So each
# child asks Linux to send it SIGKILL when its parent dies (prctl PR_SET_PDEATHSIG), and the demo
# turns SIGTERM into an ordinary exit, so its `with` blocks and `finally` clauses stop the rest.
import ctypes
import signal
import sys

PR_SET_PDEATHSIG = 1


def die_with_parent():
    """Call first thing in every child process (Linux; a no-op elsewhere)."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass


def exit_on_sigterm():
    """Call in the demo's main process: SIGTERM raises SystemExit, so cleanup code runs."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    signal.signal(signal.SIGHUP, lambda signum, frame: sys.exit(0))
