# orphan, a reference solution: the middle process leaves at once; its child, the orphan, asks for
# its parent again later and finds the process that adopted it.
import os
import time

if __name__ == "__main__":
    r, w = os.pipe()
    middle = os.fork()
    if middle == 0:
        os.close(r)
        if os.fork() == 0:
            # The orphan-to-be. It keeps the write end of the pipe until it exits.
            print(f"orphan {os.getpid()} parent before {os.getppid()}", flush=True)
            time.sleep(0.6)
            # getppid() asks the kernel now: the adopter's PID, no longer the first parent's.
            print(f"orphan {os.getpid()} parent after {os.getppid()}", flush=True)
            os._exit(0)
        time.sleep(0.2)
        os._exit(0)  # leave without waiting for the child: it is an orphan now
    os.close(w)
    os.waitpid(middle, 0)  # reap our own child, the orphan's parent
    os.read(r, 1)  # b"" once the orphan has exited and its end of the pipe is closed
    print(f"main {os.getpid()} ends", flush=True)
