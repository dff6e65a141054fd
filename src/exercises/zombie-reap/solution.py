# zombie-reap, a reference solution: a SIGCHLD handler reaps each child the moment it exits.
import os
import signal
import time


def reap(signum, frame):
    # One SIGCHLD can stand for several exits: collect every child that has exited by now.
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:  # no children left at all
            return
        if pid == 0:  # children remain, none has exited yet
            return
        print(f"reaped {pid}", flush=True)


if __name__ == "__main__":
    signal.signal(signal.SIGCHLD, reap)  # before the first fork, so no exit is missed
    for n in range(5):
        if os.fork() == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            time.sleep(0.2 * (n + 1))
            os._exit(0)
    time.sleep(1.2)  # the handler runs during the sleep; the sleep then goes on
    print("work done", flush=True)
