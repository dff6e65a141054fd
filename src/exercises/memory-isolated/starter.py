# memory-isolated: a child process changes a variable; the parent's copy stays as it was.
# Statement and hints: proc-lab exercises memory-isolated / proc-lab hint memory-isolated
# Check it: proc-lab verify memory-isolated
import os

counter = 0


def child_work():
    global counter
    counter += 100
    print(f"child pid {os.getpid()} sees counter = {counter}", flush=True)


if __name__ == "__main__":
    # TODO: run child_work() in a child process (os.fork), wait for that child, and only then let
    # the parent print its own counter.
    child_work()
    print(f"parent pid {os.getpid()} sees counter = {counter}", flush=True)
