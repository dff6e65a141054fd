/** Questions for the `executor` lesson (material §1.5.2). Two settle the material's errors 5 and 6. */
import { pathToFileURL } from 'node:url';
import type { Ran } from '../../demos/executor-tasks.js';
import { ProcessPoolExecutor, ThreadPoolExecutor } from '../../executor/index.js';
import { fmt } from '../../i18n/index.js';
import { cpython } from '../../runtime/cpython.js';
import { demo } from '../../runtime/demo.js';
import { ms } from '../../ui/format.js';
import { text as lessonText } from '../text.js';
import type { Quiz } from '../types.js';

const module = () => pathToFileURL(demo('executor-tasks').path);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const quiz: Quiz = {
  lesson: 'executor',
  questions: [
    {
      id: 'executor.process-pool',
      materialError: 5,
      prompt: {
        zh: '材料里的 ProcessPoolExecutor(10) 创建的是什么？',
        en: 'What does the material’s ProcessPoolExecutor(10) create?',
      },
      choices: [
        { zh: '有 10 个线程的线程池', en: 'a thread pool of 10 threads' },
        { zh: '最多 10 个工作进程的进程池', en: 'a process pool of up to 10 worker processes' },
        { zh: '一个进程里的 10 个任务队列', en: '10 task queues in one process' },
      ],
      answer: 1,
      explain: {
        zh: '材料的注释写成“创建线程池”，是错的。ProcessPoolExecutor 的每个工作进程都是独立的进程，有自己的 PID；线程池是 ThreadPoolExecutor。',
        en: 'The material’s comment says "create a thread pool"; that is wrong. Every ProcessPoolExecutor worker is a separate process with its own PID; the thread pool is ThreadPoolExecutor.',
      },
      async live() {
        const ex = new ProcessPoolExecutor({ maxWorkers: 2, module: module() });
        const runs = await Promise.all(
          [ex.submit<Ran>('waitJob', 50), ex.submit<Ran>('waitJob', 50)].map((f) => f.result()),
        );
        await ex.shutdown();
        return fmt(
          {
            zh: '任务在 PID {pids} 中运行；主进程是 {me}',
            en: 'the tasks ran in PIDs {pids}; the main process is {me}',
          },
          { pids: [...new Set(runs.map((r) => r.pid))].join(', '), me: process.pid },
        );
      },
    },
    {
      id: 'executor.shutdown',
      materialError: 6,
      prompt: {
        zh: 'pool.shutdown(wait=True) 做了什么？',
        en: 'What does pool.shutdown(wait=True) do?',
      },
      choices: [
        {
          zh: '不再接受新任务，等所有已提交的任务完成、工作进程退出后才返回',
          en: 'accepts no new tasks and returns once every submitted task is done and the workers have exited',
        },
        { zh: '立刻杀死所有工作进程', en: 'kills every worker at once' },
        {
          zh: '像计数器一样，每结束一个进程就减一',
          en: 'counts down by one as each process ends, like a counter',
        },
      ],
      answer: 0,
      explain: {
        zh: '材料把它说成计数器，不对。shutdown 是“关门”：之后 submit 会报错；wait=True 让调用者等到任务全部完成、工作进程全部退出。',
        en: 'The material calls it a counter; it is not. shutdown closes the doors: submit raises afterwards, and wait=True makes the caller wait until every task is done and every worker has exited.',
      },
      async live(ctx) {
        const ex = new ProcessPoolExecutor({ maxWorkers: 2, module: module() });
        const futures = [0, 1, 2].map(() => ex.submit<Ran>('waitJob', ctx.scale(500)));
        const pids = ex.workers.map((w) => w.pid);
        const t0 = performance.now();
        await ex.shutdown({ wait: true });
        const took = performance.now() - t0;
        const done = futures.filter((f) => f.done()).length;
        return fmt(
          {
            zh: 'shutdown 用了 {ms} 才返回；此时 {done}/3 个任务已完成，工作进程 {pids} 仍存在的有 {left} 个',
            en: 'shutdown returned after {ms}; by then {done}/3 tasks were done, and {left} of workers {pids} still existed',
          },
          { ms: ms(took), done, pids: pids.join(', '), left: pids.filter(alive).length },
        );
      },
    },
    {
      id: 'executor.cancel',
      prompt: {
        zh: '一个 Future 已经在工作线程里运行了，这时调用 cancel() 会怎样？',
        en: 'A Future is already running in a worker thread. What does cancel() do now?',
      },
      choices: [
        { zh: '返回 true，任务被中止', en: 'returns true and the task is stopped' },
        { zh: '抛出 CancelledError', en: 'throws CancelledError' },
        { zh: '返回 false，任务照常完成', en: 'returns false and the task finishes normally' },
      ],
      answer: 2,
      explain: {
        zh: '只有“等待中”的 Future 才能取消；运行中的 cancel() 返回 false，任务照常做完。在 proc-lab 和 CPython 的 ThreadPoolExecutor 里，Future 一直是“等待中”，直到工作线程取走它；CPython 的 ProcessPoolExecutor 则在任务进入调用队列时就把它标成 RUNNING，所以有的任务虽然还在排队，也已经取消不了（见下一题）。',
        en: 'Only a pending Future can be cancelled; on a running one cancel() returns false and the task finishes normally. In proc-lab and in CPython’s ThreadPoolExecutor a Future stays pending until a worker thread takes it; CPython’s ProcessPoolExecutor marks it RUNNING once it enters the call queue, so some tasks that are still queued can no longer be cancelled (see the next question).',
      },
      async live(ctx) {
        const ex = new ThreadPoolExecutor({ maxWorkers: 1, module: module() });
        const running = ex.submit<Ran>('waitJob', ctx.scale(1000));
        const queued = ex.submit<Ran>('waitJob', 10);
        while (!running.running()) await ctx.sleep(5);
        const answers = [running.cancel(), queued.cancel()];
        await running.result();
        await ex.shutdown();
        return fmt(
          {
            zh: '运行中的 cancel() → {a}（之后它照常完成）；排队中的 cancel() → {b}',
            en: 'cancel() on the running one → {a} (it then finished normally); on the queued one → {b}',
          },
          { a: String(answers[0]), b: String(answers[1]) },
        );
      },
    },
    {
      id: 'executor.cancel-queue',
      prompt: {
        zh: 'CPython：ProcessPoolExecutor(max_workers=1) 上提交了 3 个各要 1 秒的任务，第 1 个已经在运行。这时对第 2 个和第 3 个调用 cancel()，结果是？',
        en: 'CPython: 3 tasks of 1 s each are submitted to ProcessPoolExecutor(max_workers=1), and the 1st is running. What does cancel() do on the 2nd and on the 3rd?',
      },
      choices: [
        {
          zh: '两个都取消成功：它们都还没开始',
          en: 'both are cancelled: neither has started',
        },
        {
          zh: '只有第 3 个取消成功：第 2 个已经进了调用队列，被标成 RUNNING',
          en: 'only the 3rd is cancelled: the 2nd is already in the call queue, marked RUNNING',
        },
        { zh: '两个都取消不了', en: 'neither can be cancelled' },
      ],
      answer: 1,
      explain: {
        zh: 'ProcessPoolExecutor 的调用队列能放 max_workers + 1 个任务，进了队列的任务就被标成 RUNNING，cancel() 返回 False，尽管它还没开始。ThreadPoolExecutor 只在工作线程取走任务时才把它标成 RUNNING：在那里两个都能取消。',
        en: 'ProcessPoolExecutor’s call queue holds max_workers + 1 tasks, and a task in it is marked RUNNING, so cancel() returns False though it has not started. ThreadPoolExecutor marks a future RUNNING only when a worker thread takes it: there both could be cancelled.',
      },
      async live(ctx) {
        const py = await cpython<{ process: { running: number[]; cancelled: number[] } }>(
          ctx,
          'cancel',
          { demo: 'executor-cancel', args: ['1', '3', String(ctx.scale(1000))] },
        );
        if (!py)
          return fmt(lessonText.cpythonMissing, {
            run: 'python3 src/demos/executor-cancel.py 1 3 1000',
          });
        const labels = (xs: number[]) => xs.map((i) => `#${i}`).join(' ') || '-';
        return fmt(
          {
            zh: 'CPython 的 ProcessPoolExecutor(1)：被标成 RUNNING 的是 {running}，取消掉的是 {cancelled}',
            en: 'CPython’s ProcessPoolExecutor(1): marked RUNNING {running}, cancelled {cancelled}',
          },
          { running: labels(py.process.running), cancelled: labels(py.process.cancelled) },
        );
      },
    },
    {
      id: 'executor.map-order',
      prompt: {
        zh: '三个任务分别耗时 300、100、200 毫秒，同时运行，用 map 收结果。结果按什么顺序交给你？',
        en: 'Three tasks take 300, 100 and 200 ms and run at once; you collect them with map. In what order do the results come?',
      },
      choices: [
        { zh: '按完成顺序：第 2、3、1 个', en: 'in completion order: 2nd, 3rd, 1st' },
        { zh: '按输入顺序：第 1、2、3 个', en: 'in input order: 1st, 2nd, 3rd' },
        { zh: '不确定', en: 'no particular order' },
      ],
      answer: 1,
      explain: {
        zh: 'map 按输入顺序交出结果，哪怕后面的早就完成了；想按完成顺序处理，用 as_completed（asCompleted）。',
        en: 'map yields in input order, even when later items finished long before; to handle them as they finish, use as_completed (asCompleted).',
      },
      async live(ctx) {
        const ex = new ThreadPoolExecutor({ maxWorkers: 3, module: module() });
        const t0 = performance.now();
        const order: string[] = [];
        for await (const r of ex.map<Ran>(
          'waitJob',
          [300, 100, 200].map((d) => ctx.scale(d)),
        )) {
          order.push(`${ms(r.ms)}@${ms(performance.now() - t0)}`);
        }
        await ex.shutdown();
        return fmt(
          { zh: 'map 依次交出（耗时@到手时间）：{o}', en: 'map yielded (took@in hand at): {o}' },
          { o: order.join(', ') },
        );
      },
    },
    {
      id: 'executor.threads',
      prompt: {
        zh: '在 Node 里，把计算密集的任务交给 ThreadPoolExecutor，能同时用上多个 CPU 核吗？',
        en: 'In Node, can CPU-bound tasks on a ThreadPoolExecutor use several CPU cores at once?',
      },
      choices: [
        {
          zh: '能，每个工作线程有自己的 V8 和事件循环，没有 GIL',
          en: 'yes, each worker thread has its own V8 and event loop, and there is no GIL',
        },
        { zh: '不能，和 CPython 一样受 GIL 限制', en: 'no, a GIL limits it as in CPython' },
        { zh: '只有进程池才行', en: 'only a process pool can' },
      ],
      answer: 0,
      explain: {
        zh: 'Node 没有 GIL：工作线程真正并行。CPython 的线程受 GIL 限制，计算密集任务要用进程池。第 3 部分给出了实测对比。',
        en: 'Node has no GIL: worker threads really run in parallel. CPython’s threads are limited by the GIL, so CPU-bound work needs a process pool. Part 3 measures both.',
      },
    },
  ],
};

export default quiz;
