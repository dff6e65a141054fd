# zombie-make: make a child that stays a zombie for at least 1 s, then reap it yourself.
# Statement and hints: proc-lab exercises zombie-make / proc-lab hint zombie-make
# Check it: proc-lab verify zombie-make
import os
import sys
import time

# The material's program (§1.4), with a shorter sleep.
pid = os.fork()
if pid == 0:
    sys.exit(0)  # the child exits at once
print(f"parent {os.getpid()} made child {pid}", flush=True)
time.sleep(1.5)  # meanwhile the child is a zombie: it has exited and nobody has collected it
# TODO: the program ends without collecting the child's exit status, so the zombie is left to
# whoever adopts it. Collect it here, before the end (os.waitpid), and print what you got.
