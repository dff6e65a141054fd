# shm-counter: at least 2 processes add 1 to one shared counter 10,000 times each; the total is exact.
# Statement and hints: proc-lab exercises shm-counter / proc-lab hint shm-counter
# Check it: proc-lab verify shm-counter
import os
from multiprocessing import Event, Process, Value

N = 10_000


def work(counter, start):
    start.wait()  # every worker begins at the same moment
    for _ in range(N):
        # Read, work, write back: another process can run between the read and the write.
        value = counter.value
        sum(range(300))  # the work done for each item
        counter.value = value + 1
    print(f"worker pid {os.getpid()} added {N}", flush=True)


if __name__ == "__main__":
    counter = Value("i", 0)  # one int in shared memory, seen by every process
    start = Event()
    # TODO: run work() in 2 processes (multiprocessing.Process) at the same time, let them start
    # (start.set()), wait for both (join), and make each addition safe with the counter's lock
    # (counter.get_lock()). As it is, the main process does all the work alone.
    start.set()
    work(counter, start)
    print(f"final count {counter.value}", flush=True)
