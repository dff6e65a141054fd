#!/usr/bin/env python3
"""The client of proc-lab's `cross` part, in another language on purpose.

It sends numbered JSON messages to the proc-lab server and times each answer: over HTTP on
127.0.0.1, or through Redis (LPUSH onto a list the server pops from, answers arriving by
pub/sub). Only the standard library is used; for Redis it speaks the RESP protocol itself, in a
few lines, so no package has to be installed. It reports JSON lines on stdout.
"""
import http.client
import json
import os
import platform
import socket
import sys
import time
from urllib.parse import unquote, urlparse

SAMPLE = 3


def emit(obj):
    print(json.dumps(obj), flush=True)


def percentile(sorted_xs, p):
    rank = max(1, min(len(sorted_xs), -(-len(sorted_xs) * p // 100)))
    return sorted_xs[int(rank) - 1]


def finish(rtts, samples, started):
    xs = sorted(rtts)
    emit({
        "type": "done", "pid": os.getpid(), "requests": len(xs),
        "ms": (time.perf_counter() - started) * 1000,
        "median": percentile(xs, 50), "p99": percentile(xs, 99), "samples": samples,
    })


def over_http(port, count):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    rtts, samples, started = [], [], time.perf_counter()
    for seq in range(count):
        body = json.dumps({"from": os.getpid(), "seq": seq})
        t0 = time.perf_counter()
        conn.request("POST", "/message", body, {"Content-Type": "application/json"})
        reply = json.loads(conn.getresponse().read())
        ms = (time.perf_counter() - t0) * 1000
        rtts.append(ms)
        if len(samples) < SAMPLE:
            samples.append({"to": reply["from"], "bytes": len(body), "ms": ms})
    conn.close()
    finish(rtts, samples, started)


class Resp:
    """A minimal Redis connection: commands as RESP arrays of bulk strings, replies parsed."""

    def __init__(self, url):
        u = urlparse(url)
        self.sock = socket.create_connection((u.hostname, u.port or 6379), timeout=10)
        self.file = self.sock.makefile("rb")
        if u.password:
            user = [unquote(u.username)] if u.username else []
            self.call("AUTH", *user, unquote(u.password))
        db = u.path.strip("/")
        if db:
            self.call("SELECT", db)

    def send(self, *args):
        out = [b"*%d\r\n" % len(args)]
        for a in args:
            data = a if isinstance(a, bytes) else str(a).encode()
            out.append(b"$%d\r\n%s\r\n" % (len(data), data))
        self.sock.sendall(b"".join(out))

    def read(self):
        line = self.file.readline()
        if not line:
            raise ConnectionError("Redis closed the connection")
        kind, rest = line[:1], line[1:-2]
        if kind == b"+":
            return rest.decode()
        if kind == b"-":
            raise RuntimeError(rest.decode())
        if kind == b":":
            return int(rest)
        if kind == b"$":
            n = int(rest)
            return None if n < 0 else self.file.read(n + 2)[:-2].decode()
        if kind == b"*":
            n = int(rest)
            return None if n < 0 else [self.read() for _ in range(n)]
        raise RuntimeError("unexpected reply %r" % line)

    def call(self, *args):
        self.send(*args)
        return self.read()


def over_redis(url, prefix, count):
    sub, pub = Resp(url), Resp(url)
    channel = "%s:replies:%d" % (prefix, os.getpid())
    sub.call("SUBSCRIBE", channel)  # the answers come here; the jobs go onto a list
    rtts, samples, started = [], [], time.perf_counter()
    for seq in range(count):
        job = json.dumps({"from": os.getpid(), "seq": seq, "replyTo": channel})
        t0 = time.perf_counter()
        pub.call("LPUSH", prefix + ":jobs", job)
        kind, _, data = sub.read()  # ["message", channel, payload]
        reply = json.loads(data)
        ms = (time.perf_counter() - t0) * 1000
        rtts.append(ms)
        if len(samples) < SAMPLE:
            samples.append({"to": reply["from"], "bytes": len(job), "ms": ms})
    finish(rtts, samples, started)


def main(argv):
    emit({"type": "hello", "pid": os.getpid(), "ppid": os.getppid(),
          "lang": "Python " + platform.python_version()})
    try:
        if argv[0] == "redis":
            over_redis(argv[1], argv[2], int(argv[3]))
        else:
            over_http(int(argv[1]), int(argv[2]))
    except Exception as err:  # one line for proc-lab to show, not a traceback
        emit({"type": "error", "pid": os.getpid(), "message": "%s: %s" % (type(err).__name__, err)})
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["http", "8080", "10"]))

# Run alone: python3 src/demos/ipc-client.py http PORT 10   (with node dist/demos/ipc-server.js http)
