/** The words of the pipe exercise. */
export const text = {
  statement: [
    {
      zh: '用一个管道连接两个子进程：一个往管道里写 100,000 字节，另一个从管道里读到结束为止。写的一方报告写了多少字节，读的一方报告读到多少字节，两个数要一致。父进程等两个子进程都结束。',
      en: 'Join two child processes with one pipe: one writes 100,000 bytes into it, the other reads until the end. The writer reports how many bytes it wrote, the reader how many it read, and the two counts must agree. The parent waits for both.',
    },
    {
      zh: '一个管道一次最多容纳 64 KiB（Linux）。起始文件在一个进程里先写后读：管道满了以后写操作一直阻塞，因为还没有人读。',
      en: 'A pipe holds at most 64 KiB at a time (on Linux). The starter writes and then reads in one process: once the pipe is full the write blocks for ever, because nobody reads yet.',
    },
  ],
  hints: [
    {
      zh: '写和读必须在两个同时运行的进程里。读的一方只有在所有写端都关闭之后才会读到结束（EOF）：每个进程都要关掉自己不用的那一端，父进程两端都不用。',
      en: 'Writing and reading must happen in two processes that run at the same time. The reader sees the end (EOF) only once every write end is closed: each process closes the end it does not use, and the parent uses neither.',
    },
    {
      zh: 'Python：fork 两次；写进程 os.close(r) 后调用 writer(w)，读进程 os.close(w) 后调用 reader(r)，都以 os._exit(0) 结束；父进程调用 os.close(r)、os.close(w)，再对两个子进程调用 os.waitpid()。JavaScript：读进程用 spawn(process.execPath, [me, "reader"], { stdio: [writer.stdout, "inherit", "inherit"] })，然后 writer.stdout.destroy()，再等两个 exit。',
      en: "Python: fork twice; the writer calls os.close(r), then writer(w); the reader os.close(w), then reader(r); both end with os._exit(0); the parent calls os.close(r) and os.close(w), then os.waitpid() for both. JavaScript: start the reader with spawn(process.execPath, [me, 'reader'], { stdio: [writer.stdout, 'inherit', 'inherit'] }), then writer.stdout.destroy(), then wait for both exits.",
    },
  ],
  counts: {
    title: {
      zh: '写进程和读进程报告的字节数一致',
      en: 'the byte counts the writer and the reader report agree',
    },
    ok: {
      zh: '写进程 {writer} 写了 {wrote} 字节，读进程 {reader} 读到 {read} 字节',
      en: 'the writer {writer} wrote {wrote} bytes and the reader {reader} read {read} bytes',
    },
    differ: {
      zh: '写进程 {writer} 写了 {wrote} 字节，读进程 {reader} 却只读到 {read} 字节',
      en: 'the writer {writer} wrote {wrote} bytes, but the reader {reader} read {read} bytes',
    },
    noWriter: {
      zh: '没有子进程打印 "writer pid … wrote … bytes"',
      en: "no child process printed 'writer pid … wrote … bytes'",
    },
    noReader: {
      zh: '没有子进程打印 "reader pid … read … bytes"',
      en: "no child process printed 'reader pid … read … bytes'",
    },
    same: {
      zh: '写和读都发生在同一个进程 {pid} 里，而不是两个子进程',
      en: 'the writing and the reading both happened in process {pid}, not in two children',
    },
  },
} as const;
