# shm-counter, a reference solution: 2 processes, one shared Value, each addition under its lock.
import os
from multiprocessing import Event, Process, Value

N = 10_000


def work(counter, start):
    start.wait()
    for _ in range(N):
        with counter.get_lock():  # one process at a time from the read to the write
            value = counter.value
            sum(range(300))
            counter.value = value + 1
    print(f"worker pid {os.getpid()} added {N}", flush=True)


if __name__ == "__main__":
    counter = Value("i", 0)
    start = Event()
    workers = [Process(target=work, args=(counter, start)) for _ in range(2)]
    for p in workers:
        p.start()
    start.set()
    for p in workers:
        p.join()
    print(f"final count {counter.value}", flush=True)
