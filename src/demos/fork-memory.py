#!/usr/bin/env python3
# What os.fork() really does to memory (CPython on Linux). The parent sets counter = 100 and fills
# a 64 MiB buffer, then forks. The child starts with the parent's very variables (a copy of the
# whole address space, at the same addresses) but its pages are shared copy-on-write: the kernel
# copies a page only when one side writes to it. The child reads its memory figures from
# /proc/self/smaps_rollup, sets counter = 999 and writes to every page of the buffer, and reads
# them again; the parent then reads its own counter and buffer.
#   rss      resident pages, shared ones included: hardly changes
#   private  pages only this process maps: grows by about the buffer's size when the child writes
# Prints one JSON line: {counter: {child, parent}, sameAddress, bytes, before, after, ...}.
import ctypes, json, multiprocessing as mp, os, sys

SIZE = 64 << 20
PAGE = os.sysconf("SC_PAGE_SIZE")


def memory():
    try:
        with open("/proc/self/smaps_rollup") as f:
            kb = {k: int(v.split()[0]) for k, _, v in (line.partition(":") for line in f) if v.strip().endswith("kB")}
    except OSError:
        return None
    return {
        "rss": kb["Rss"] * 1024,
        "private": (kb["Private_Clean"] + kb["Private_Dirty"]) * 1024,
        "shared": (kb["Shared_Clean"] + kb["Shared_Dirty"]) * 1024,
    }


def touch(buf, value):
    for i in range(0, len(buf), PAGE):
        buf[i] = value


if __name__ == "__main__":
    counter = 100
    buf = bytearray(SIZE)
    touch(buf, 1)  # make every page real in the parent before the fork
    address = ctypes.addressof((ctypes.c_char * SIZE).from_buffer(buf))
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        before = memory()
        counter = 999
        touch(buf, 2)
        after = memory()
        seen = {"pid": os.getpid(), "counter": counter, "byte": buf[0],
                "address": ctypes.addressof((ctypes.c_char * SIZE).from_buffer(buf)),
                "before": before, "after": after}
        os.write(w, (json.dumps(seen) + "\n").encode())
        os._exit(0)
    os.close(w)
    with os.fdopen(r) as f:
        child = json.loads(f.readline())
    os.waitpid(pid, 0)
    print(json.dumps({
        "bytes": SIZE,
        "childPid": child["pid"],
        "counter": {"child": child["counter"], "parent": counter},
        "byte": {"child": child["byte"], "parent": buf[0]},
        "sameAddress": child["address"] == address,
        "before": child["before"],
        "after": child["after"],
        "startMethod": mp.get_start_method(),
        "version": sys.version.split()[0],
    }))

# Run alone: python3 src/demos/fork-memory.py
