# pool-join, a reference solution: close() and then join(): every task finishes, every worker exits.
import os
import time
from multiprocessing import Pool


def square(i):
    time.sleep(0.3)
    return i * i


def show(result):
    print(f"result {result} in {os.getpid()}", flush=True)


if __name__ == "__main__":
    pool = Pool(3)
    for i in range(10):
        pool.apply_async(square, (i,), callback=show)
    pool.close()  # no more tasks: each worker exits once the queue is empty
    pool.join()  # wait for that
    print("end", flush=True)
