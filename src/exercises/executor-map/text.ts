/** The words of the executor-map exercise. */
export const text = {
  statement: [
    {
      zh: '用 max_workers=2 的 ProcessPoolExecutor 计算 0 到 5 的平方，主进程按输入的顺序打印结果："result 0 0"、"result 1 1"……"result 5 25"。这 6 个任务全部由这 2 个工作进程完成。',
      en: 'Compute the squares of 0 to 5 in a ProcessPoolExecutor with max_workers=2, and print the results in the main process in the order of the inputs: "result 0 0", "result 1 1", … "result 5 25". The 6 tasks all run in those 2 worker processes.',
    },
    {
      zh: '越靠后的输入算得越快，所以按完成的顺序打印就会乱序。起始文件在主进程里逐个计算。',
      en: 'The later inputs finish sooner, so printing in the order of completion comes out of order. The starter computes each one in the main process.',
    },
  ],
  hints: [
    {
      zh: 'Executor 的 map() 按输入的顺序给出结果，不管哪个先算完；as_completed() 则按完成的顺序给出。',
      en: "An executor's map() yields the results in the order of the inputs, whichever finishes first; as_completed() yields them in the order they finish.",
    },
    {
      zh: 'Python：with ProcessPoolExecutor(max_workers=2) as ex: for n, value in zip(inputs, ex.map(square, inputs)): print(...)。JavaScript：const ex = new ProcessPoolExecutor({ maxWorkers: 2, module: import.meta.url })；for await (const value of ex.map("square", inputs)) …；最后 await ex.shutdown()。',
      en: "Python: with ProcessPoolExecutor(max_workers=2) as ex: for n, value in zip(inputs, ex.map(square, inputs)): print(...). JavaScript: const ex = new ProcessPoolExecutor({ maxWorkers: 2, module: import.meta.url }); for await (const value of ex.map('square', inputs)) …; then await ex.shutdown().",
    },
  ],
  workersTitle: { zh: '恰好 {n} 个工作进程', en: 'exactly {n} worker processes' },
  inWorkers: {
    title: { zh: '6 个任务都在工作进程里运行', en: 'the 6 tasks all run in the worker processes' },
    ok: {
      zh: '6 个任务都在工作进程 {pids} 里运行',
      en: 'the 6 tasks ran in the worker processes {pids}',
    },
    few: {
      zh: '只看到 {count} 行 "task … in …"，应有 6 行',
      en: "only {count} lines 'task … in …' where 6 were expected",
    },
    elsewhere: {
      zh: '任务 {task} 在进程 {pid} 里运行，它不是工作进程',
      en: 'task {task} ran in {pid}, which is not a worker process',
    },
  },
  order: {
    title: { zh: '结果按输入的顺序打印', en: 'the results are printed in input order' },
    ok: {
      zh: '结果按输入顺序打印：{values}',
      en: 'the results came in input order: {values}',
    },
    few: {
      zh: '只看到 {count} 行 "result …"，应有 6 行',
      en: "only {count} lines 'result …' where 6 were expected",
    },
    wrongOrder: {
      zh: '结果的打印顺序是 {order}，应为 0 到 5',
      en: 'the results came in the order {order}, where 0 to 5 was asked',
    },
    wrongValue: {
      zh: '"result {n} {value}" 不对：{n} 的平方是 {square}',
      en: "'result {n} {value}' is wrong: the square of {n} is {square}",
    },
  },
} as const;
