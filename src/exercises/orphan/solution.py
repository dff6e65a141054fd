# orphan, a reference solution: the parent leaves first; the child asks for its parent again later.
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
        # getppid() asks the kernel now: the adopter's PID, no longer the first parent's.
        print(f"child {os.getpid()} parent after {os.getppid()}", flush=True)
        os._exit(0)
    os.close(w)
    os.read(r, 1)  # wait until the child has printed its first line
    print(f"parent {os.getpid()} ends", flush=True)  # and leaves without waiting
