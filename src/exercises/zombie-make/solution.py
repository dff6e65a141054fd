# zombie-make, a reference solution: the child is a zombie while the parent sleeps, then reaped.
import os
import sys
import time

pid = os.fork()
if pid == 0:
    sys.exit(0)
print(f"parent {os.getpid()} made child {pid}", flush=True)
time.sleep(1.5)
reaped, status = os.waitpid(pid, 0)  # collect the exit status: the zombie is gone
print(f"reaped {reaped} with exit code {os.waitstatus_to_exitcode(status)}", flush=True)
