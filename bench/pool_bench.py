"""CPython's multiprocessing.Pool on the same machine, for bench/pool.bench.ts to compare with:
tasks per second of apply_async and of imap(chunksize=1) with 2 workers and a no-op task.
Prints one JSON line: {"apply_async": [tasks/s per round], "imap": [...], "python": version}."""
import json
import sys
import time
from multiprocessing import Pool


def noop(*_args):
    return None


def apply_async(pool, n):
    t0 = time.perf_counter()
    results = [pool.apply_async(noop) for _ in range(n)]
    for r in results:
        r.get()
    return n / (time.perf_counter() - t0)


def imap(pool, n):
    t0 = time.perf_counter()
    for _ in pool.imap(noop, range(n), chunksize=1):
        pass
    return n / (time.perf_counter() - t0)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    out = {"apply_async": [], "imap": [], "python": sys.version.split()[0]}
    with Pool(2) as pool:
        apply_async(pool, n // 10)  # warm up: workers started, code paths hot
        imap(pool, n // 10)
        for _ in range(rounds):
            out["apply_async"].append(apply_async(pool, n))
            out["imap"].append(imap(pool, n))
    print(json.dumps(out))
