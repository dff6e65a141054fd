# orphan: a child outlives its parent and prints its parent's PID before and after.
# Statement and hints: proc-lab exercises orphan / proc-lab hint orphan
# Check it: proc-lab verify orphan
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
            print(f"orphan {os.getpid()} parent after {os.getppid()}", flush=True)
            os._exit(0)
        # TODO: the middle process waits for its child here, so the child never outlives its
        # parent. Let it leave after 0.2 s instead, while its child still runs: the child becomes
        # an orphan and is adopted by another process, which its second line shows.
        os.wait()
        os._exit(0)
    os.close(w)
    os.waitpid(middle, 0)  # reap our own child, the orphan's parent
    os.read(r, 1)  # b"" once the orphan has exited and its end of the pipe is closed
    print(f"main {os.getpid()} ends", flush=True)
