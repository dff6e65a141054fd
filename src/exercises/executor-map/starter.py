# executor-map: squares of 0..5 in a ProcessPoolExecutor of 2 workers, printed in input order.
# Statement and hints: proc-lab exercises executor-map / proc-lab hint executor-map
# Check it: proc-lab verify executor-map
import os
import time
from concurrent.futures import ProcessPoolExecutor


def square(n):
    time.sleep(0.1 * (6 - n))  # the later items take less time
    print(f"task {n} in {os.getpid()}", flush=True)
    return n * n


if __name__ == "__main__":
    # TODO: as it is, the main process computes every square itself. Use ProcessPoolExecutor with
    # max_workers=2 and its map(), which gives the results in the order of the inputs.
    for n in range(6):
        print(f"result {n} {square(n)}", flush=True)
