# three-children, a reference solution: fork all three, then wait for each one.
import os
import time


def child(n):
    print(f"child {n} pid {os.getpid()} parent {os.getppid()}", flush=True)
    time.sleep(0.5)
    os._exit(0)


if __name__ == "__main__":
    print(f"parent pid {os.getpid()}", flush=True)
    pids = []
    for n in range(3):
        pid = os.fork()
        if pid == 0:
            child(n)
        pids.append(pid)
    # All three run now; waitpid collects each one's exit status (no zombie is left).
    for pid in pids:
        os.waitpid(pid, 0)
    print("all children done", flush=True)
