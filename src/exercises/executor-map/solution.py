# executor-map, a reference solution: 2 worker processes; map() yields results in input order.
import os
import time
from concurrent.futures import ProcessPoolExecutor


def square(n):
    time.sleep(0.1 * (6 - n))
    print(f"task {n} in {os.getpid()}", flush=True)
    return n * n


if __name__ == "__main__":
    inputs = range(6)
    with ProcessPoolExecutor(max_workers=2) as ex:  # leaving the block calls shutdown(wait=True)
        for n, value in zip(inputs, ex.map(square, inputs)):
            print(f"result {n} {value}", flush=True)
