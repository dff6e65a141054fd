/** The words of the pool-join exercise. */
export const text = {
  statement: [
    {
      zh: '起始文件向 Pool(3) 提交了 10 个任务，调用了 close()，然后就结束了。主进程一结束，进程池就随之被拆掉，还在排队或正在运行的任务全部丢失（材料说不写 join() 程序会"直接关闭"，丢掉的正是这些任务）。',
      en: 'The starter submits 10 tasks to Pool(3), calls close(), and ends. When the main process ends, the pool is torn down with it, and every task still queued or running is lost (the material says that without join() the program "closes directly": these tasks are what is lost).',
    },
    {
      zh: '改好它：10 个结果都要在程序结束之前到达，而且工作进程要做完自己的工作后自己退出，不能在程序结束时被杀掉。',
      en: 'Fix it: all 10 results arrive before the program ends, and the workers finish their work and exit by themselves instead of being killed when the program ends.',
    },
  ],
  hints: [
    {
      zh: 'close() 只是说"不再有新任务"，它不等待。需要一个等到所有任务完成、所有工作进程退出的调用。',
      en: 'close() only says "no more tasks"; it does not wait. You need the call that waits until every task is done and every worker has exited.',
    },
    {
      zh: 'Python：在 pool.close() 之后加 pool.join()。JavaScript：在 pool.close() 之后加 await pool.join()；只 await 一个你自己的、由回调 resolve 的 Promise 不算数：Node 会发现没有事情可做，程序照样结束。',
      en: 'Python: add pool.join() after pool.close(). JavaScript: add await pool.join() after pool.close(); awaiting a promise of your own that a callback resolves does not count: Node finds nothing left to do and the program ends all the same.',
    },
  ],
  results: {
    title: { zh: '10 个结果都在程序结束前到达', en: 'all 10 results arrive before the end' },
    ok: {
      zh: '10 个结果都到达了：{values}',
      en: 'all 10 results arrived: {values}',
    },
    lost: {
      zh: '10 个结果中，程序结束前只到达了 {count} 个，缺少：{missing}',
      en: 'only {count} of 10 results arrived before the end; missing: {missing}',
    },
  },
  clean: {
    title: {
      zh: '工作进程做完工作后自己退出',
      en: 'the workers finish and exit by themselves',
    },
    ok: {
      zh: '工作进程 {pids} 都在程序结束（{end} 秒）之前以退出码 0 自行退出',
      en: 'workers {pids} all exited by themselves with code 0 before the program ended at {end} s',
    },
    none: { zh: '没有启动任何工作进程', en: 'no worker process was started' },
    killed: {
      zh: '工作进程 {pid} 在 {t} 秒被 {signal} 结束：进程池是被拆掉的，它的任务丢了',
      en: 'worker {pid} was ended by {signal} at {t} s: the pool was torn down and its tasks were lost',
    },
    code: {
      zh: '工作进程 {pid} 在 {t} 秒以退出码 {code} 结束',
      en: 'worker {pid} exited with code {code} at {t} s',
    },
    running: {
      zh: '程序在 {end} 秒结束时，工作进程 {pid} 还在运行',
      en: 'worker {pid} was still running when the program ended at {end} s',
    },
  },
} as const;
