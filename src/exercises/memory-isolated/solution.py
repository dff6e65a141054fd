# memory-isolated, a reference solution: fork copies the parent's memory; the child changes its copy.
import os

counter = 0


def child_work():
    global counter
    counter += 100
    print(f"child pid {os.getpid()} sees counter = {counter}", flush=True)


if __name__ == "__main__":
    pid = os.fork()
    if pid == 0:
        child_work()
        os._exit(0)
    os.waitpid(pid, 0)
    print(f"parent pid {os.getpid()} sees counter = {counter}", flush=True)
