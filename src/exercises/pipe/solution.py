# pipe, a reference solution: a writer child and a reader child; every unused end closed.
import os

DATA = b"x" * 100_000


def writer(w):
    sent = 0
    view = memoryview(DATA)
    while sent < len(DATA):
        sent += os.write(w, view[sent:])
    os.close(w)
    print(f"writer pid {os.getpid()} wrote {sent} bytes", flush=True)


def reader(r):
    got = 0
    while True:
        chunk = os.read(r, 65536)
        if not chunk:
            break
        got += len(chunk)
    print(f"reader pid {os.getpid()} read {got} bytes", flush=True)


def child(work, keep, drop):
    pid = os.fork()
    if pid == 0:
        os.close(drop)
        try:
            work(keep)
        finally:
            os._exit(0)
    return pid


if __name__ == "__main__":
    r, w = os.pipe()
    pids = [child(writer, w, r), child(reader, r, w)]
    # The reader sees the end of the data only when *every* write end is closed, ours too.
    os.close(r)
    os.close(w)
    for pid in pids:
        os.waitpid(pid, 0)
