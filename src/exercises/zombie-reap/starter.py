# zombie-reap: 5 children exit at different moments; reap each one within 100 ms of its exit.
# Statement and hints: proc-lab exercises zombie-reap / proc-lab hint zombie-reap
# Check it: proc-lab verify zombie-reap
import os
import time

if __name__ == "__main__":
    for n in range(5):
        if os.fork() == 0:
            time.sleep(0.2 * (n + 1))  # child n exits after 0.2, 0.4, ... 1.0 s
            os._exit(0)
    # The parent's own work, 1.2 s of it.
    time.sleep(1.2)
    # TODO: nobody reaps the children: each is a zombie from its exit until the program ends.
    # Reap each one as it exits, while the work goes on: a SIGCHLD handler that calls
    # os.waitpid(-1, os.WNOHANG) until it returns (0, 0), or a loop of os.wait() calls.
    print("work done", flush=True)
