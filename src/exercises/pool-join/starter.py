# pool-join: this program loses its tasks; make every one of its 10 results arrive before it ends.
# Statement and hints: proc-lab exercises pool-join / proc-lab hint pool-join
# Check it: proc-lab verify pool-join
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
    pool.close()
    # TODO: the program ends here, and the pool is torn down with it: the tasks still queued or
    # running are lost. Something is missing.
    print("end", flush=True)
