# executor-timeout, a reference solution: three workers fetch at once; shutdown(wait=True) waits
# for all three, the hung one included.
import os
import urllib.error
import urllib.request
from concurrent.futures import ProcessPoolExecutor

BASE = os.environ.get("PROC_LAB_SERVER", "http://127.0.0.1:8000")
URLS = [BASE + "/fast", BASE + "/hang", BASE + "/slow"]  # /hang never answers


def fetch(url):
    path = url[len(BASE):]
    try:
        # Without a timeout a hung page would wait forever (the material's requests.get has none).
        with urllib.request.urlopen(url, timeout=2) as page:
            body = page.read()
        print(f"page {path} {len(body)} bytes in {os.getpid()}", flush=True)
    except (TimeoutError, urllib.error.URLError) as err:
        print(f"timeout {path} in {os.getpid()} ({err})", flush=True)


if __name__ == "__main__":
    pool = ProcessPoolExecutor(3)  # a process pool (the material's comment says thread pool)
    for url in URLS:
        pool.submit(fetch, url)
    pool.shutdown(wait=True)  # no new tasks; returns once every task is done and workers exited
    print("shutdown returned", flush=True)
