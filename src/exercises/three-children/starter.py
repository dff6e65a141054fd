# three-children: start 3 child processes that run at the same time, then wait for all three.
# Statement and hints: proc-lab exercises three-children / proc-lab hint three-children
# Check it: proc-lab verify three-children
import os
import time


def child(n):
    # The child's work: say who it is and who its parent is, work a little, end.
    print(f"child {n} pid {os.getpid()} parent {os.getppid()}", flush=True)
    time.sleep(0.5)
    os._exit(0)  # a forked child must never return into the parent's code


if __name__ == "__main__":
    print(f"parent pid {os.getpid()}", flush=True)
    for n in range(3):
        pid = os.fork()
        if pid == 0:
            child(n)
        # TODO: this waits for each child before the next one starts, so they never run at the
        # same time. Start all three first, then wait for each.
        os.waitpid(pid, 0)
    print("all children done", flush=True)
