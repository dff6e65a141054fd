# pool-async: the material's pool program: Pool(3), 10 tasks of 0.5 s, apply_async with a callback.
# Statement and hints: proc-lab exercises pool-async / proc-lab hint pool-async
# Check it: proc-lab verify pool-async
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
    # TODO: as it is, the main process runs all 10 tasks itself, one after another (5 s). Create
    # Pool(3), submit each task with pool.apply_async(foo, (i,), callback=call), then close() the
    # pool and join() it.
    for i in range(10):
        call(foo(i))
    print("end", flush=True)
