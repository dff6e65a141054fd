# pipe: two child processes joined by one pipe, one writing and one reading.
# Statement and hints: proc-lab exercises pipe / proc-lab hint pipe
# Check it: proc-lab verify pipe
import os

DATA = b"x" * 100_000  # more than a pipe holds at once (64 KiB on Linux)


def writer(w):
    sent = 0
    view = memoryview(DATA)
    while sent < len(DATA):
        sent += os.write(w, view[sent:])  # blocks while the pipe is full
    os.close(w)
    print(f"writer pid {os.getpid()} wrote {sent} bytes", flush=True)


def reader(r):
    got = 0
    while True:
        chunk = os.read(r, 65536)
        if not chunk:  # b"": every write end of the pipe is closed
            break
        got += len(chunk)
    print(f"reader pid {os.getpid()} read {got} bytes", flush=True)


if __name__ == "__main__":
    r, w = os.pipe()
    # TODO: one process cannot do both: the pipe fills up at 64 KiB and writer() blocks forever,
    # because nobody reads yet. Run writer() in one child and reader() in another (os.fork), close
    # in each process the ends it does not use (the parent uses neither), then wait for both.
    writer(w)
    reader(r)
