#!/usr/bin/env python3
# What ends a Python thread, and what ends the whole program (CPython). Each case runs in a fresh
# interpreter whose main thread starts one thread, joins it, and then prints "main-after":
#   raise     an uncaught exception: threading.excepthook prints it, only that thread ends, and
#             the main thread goes on (exit 0)
#   os-exit   os._exit(3) in the thread: the whole process ends at once with code 3
#   signal    os.kill(own pid, SIGTERM): the default action ends every thread (-15)
#   segfault  a crash in native code (ctypes reads address 0): SIGSEGV ends every thread (-11)
# Prints one JSON line: {case: {code, mainFinished, threadName}}.
import json, subprocess, sys

CASES = {
    "raise": "raise ValueError('boom')",
    "os-exit": "os._exit(3)",
    "signal": "os.kill(os.getpid(), signal.SIGTERM)",
    "segfault": "ctypes.string_at(0)",
}

BODY = """
import ctypes, os, signal, threading
def work():
    {stmt}
t = threading.Thread(target=work, name="worker-thread")
t.start()
t.join()
print("main-after", flush=True)
"""

if __name__ == "__main__":
    result = {}
    for case, stmt in CASES.items():
        p = subprocess.run(
            [sys.executable, "-c", BODY.format(stmt=stmt)],
            capture_output=True,
            text=True,
            timeout=20,
        )
        last = (p.stderr.strip().splitlines() or [""])[-1]
        result[case] = {
            "code": p.returncode,
            "mainFinished": "main-after" in p.stdout,
            "error": last[:80],
        }
    print(json.dumps({"version": sys.version.split()[0], "cases": result}))

# Run alone: python3 src/demos/thread-exception.py
