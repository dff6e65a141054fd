/** The words of the shm-counter exercise. */
export const text = {
  statement: [
    {
      zh: '至少 2 个进程同时给同一个共享计数器加 1，每个进程加 10,000 次。主进程等它们都结束后打印最终的计数，它必须分毫不差：进程数 × 10,000。',
      en: 'At least 2 processes add 1 to one shared counter at the same time, 10,000 times each. The main process waits for them and prints the final count, which must be exact: processes × 10,000.',
    },
    {
      zh: '每次加 1 都是"读出、计算、写回"三步，两个进程可能在读和写之间交错：两个都读到同一个值，都写回它加 1，其中一次加法就丢了。Python 用 multiprocessing.Value 放在共享内存里；Node 的进程之间不能共享内存（SharedArrayBuffer 只在线程之间共享），所以 JavaScript 版用一个两个进程都读写的文件。',
      en: 'Each addition is three steps, read, work, write back, and two processes can interleave between the read and the write: both read the same value, both write it plus 1, and one addition is lost. Python keeps the counter in shared memory with multiprocessing.Value; Node processes cannot share memory (a SharedArrayBuffer is shared between threads only), so the JavaScript version uses one file that both processes read and write.',
    },
  ],
  hints: [
    {
      zh: '先让 2 个进程同时运行 work()，你会看到计数变少了。然后用一把锁把"读出到写回"整个包起来，一次只让一个进程进去。',
      en: 'First run work() in 2 processes at once: you will see the count come out short. Then put a lock around the whole of read-to-write, so that only one process at a time is inside.',
    },
    {
      zh: 'Python：procs = [Process(target=work, args=(counter, start)) for _ in range(2)]，逐个 start()，再 start.set()，再逐个 join()；循环里用 with counter.get_lock(): 包住三行。JavaScript：fork(me, ["worker", dir]) 两次，等两个 "ready" 消息，给每个 send("go")，等两个 exit；循环里 lock(join(dir, "lock")) 与 unlock(...) 包住读和写。',
      en: "Python: procs = [Process(target=work, args=(counter, start)) for _ in range(2)], start() each, then start.set(), then join() each; in the loop wrap the three lines in `with counter.get_lock():`. JavaScript: fork(me, ['worker', dir]) twice, wait for both 'ready' messages, send('go') to each, wait for both exits; in the loop put lock(join(dir, 'lock')) and unlock(...) around the read and the write.",
    },
  ],
  workers: {
    title: { zh: '至少 2 个子进程参与了计数', en: 'at least 2 child processes did the counting' },
    ok: {
      zh: '子进程 {pids} 各自加了 {n} 次',
      en: 'children {pids} each added {n}',
    },
    few: {
      zh: '只有 {count} 个子进程报告了 "worker pid … added …"（{pids}）；至少需要 2 个',
      en: "only {count} child processes reported 'worker pid … added …' ({pids}); at least 2 are needed",
    },
  },
  exact: {
    title: { zh: '最终计数分毫不差', en: 'the final count is exact' },
    ok: {
      zh: '最终计数 {count} = {k} × {n}：没有丢失任何一次加法',
      en: 'final count {count} = {k} × {n}: no addition was lost',
    },
    lost: {
      zh: '最终计数 {count}，但一共加了 {expected} 次：丢了 {lost} 次（两个进程读到同一个值，都写回它加 1）',
      en: 'final count {count}, but {expected} additions were made: {lost} were lost (two processes read the same value and both wrote it plus 1)',
    },
    missing: {
      zh: '主进程没有打印 "final count …"',
      en: "the main process printed no 'final count …'",
    },
    noWork: {
      zh: '没有子进程完成加法，无从核对',
      en: 'no child process finished its additions, so there is nothing to check',
    },
  },
} as const;
