"""The material's own Pool program (section 1.3), as written there but for indentation restored and
the comments translated: Pool(3), ten tasks of foo (2 s each) by apply_async with a callback,
close(), join(). bench/material.bench.ts times it beside proc-lab's dist/demos/pool-material.js."""
from multiprocessing import Process, Pool
import time, os


def foo(i):
    time.sleep(2)
    print("in the process", os.getpid())  # the worker's PID
    return i + 100


def call(arg):
    print("-->exec done:", arg, os.getpid())


if __name__ == "__main__":
    pool = Pool(3)
    print("main pid:", os.getpid())
    for i in range(10):
        # the callback runs in the main process once foo has finished
        pool.apply_async(func=foo, args=(i,), callback=call)
    print("end")
    pool.close()
    pool.join()  # wait for the pool's processes to finish
