# pool-async, a reference solution: 3 workers take the 10 tasks in waves; callbacks run in main.
import os
import time
from multiprocessing import Pool


def foo(i):
    time.sleep(0.5)
    print(f"task {i} in {os.getpid()}", flush=True)
    return i + 100


def call(result):
    print(f"callback {result} in {os.getpid()}", flush=True)


if __name__ == "__main__":
    print(f"main {os.getpid()}", flush=True)
    pool = Pool(3)
    for i in range(10):
        pool.apply_async(foo, (i,), callback=call)  # returns at once
    print("end", flush=True)
    pool.close()  # no more tasks
    pool.join()  # wait until every task is done and the workers have exited
