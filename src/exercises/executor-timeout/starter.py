# executor-timeout: fetch 3 pages in a process pool; one hangs, and must not hold the others up.
# Statement and hints: proc-lab exercises executor-timeout / proc-lab hint executor-timeout
# Check it: proc-lab verify executor-timeout (it starts the local server and sets PROC_LAB_SERVER)
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
    # TODO: as it is, the main process fetches one page after another, so /slow waits for /hang's
    # timeout. Submit each fetch to ProcessPoolExecutor(3) instead, then call
    # shutdown(wait=True) before the line below.
    for url in URLS:
        fetch(url)
    print("shutdown returned", flush=True)
