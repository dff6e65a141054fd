# orphan: a child outlives its parent and prints its parent's PID before and after.
# Statement and hints: proc-lab exercises orphan / proc-lab hint orphan
# Check it: proc-lab verify orphan
import os
import time

if __name__ == "__main__":
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        print(f"child {os.getpid()} parent before {os.getppid()}", flush=True)
        os.write(w, b"!")  # tell the parent the first line is out
        os.close(w)
        time.sleep(0.6)
        print(f"child {os.getpid()} parent after {os.getppid()}", flush=True)
        os._exit(0)
    os.close(w)
    os.read(r, 1)  # wait until the child has printed its first line
    # TODO: the parent waits for its child here, so the child never outlives it. Let the parent
    # leave now instead, while the child still runs: the child becomes an orphan and is adopted
    # by another process, which its second line shows.
    os.waitpid(pid, 0)
    print(f"parent {os.getpid()} ends", flush=True)
