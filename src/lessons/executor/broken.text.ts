/** The `executor` lesson's words for part 6: one killed worker breaks the executor; deadlock. */
import type { Bi } from '../../i18n/index.js';

export const broken = {
  intro: {
    zh: '{tasks} 个任务（每个 {ms}）交给 {workers} 个工作进程，其中第 {die} 号任务用 SIGKILL 杀死运行它的工作进程。同样的任务先交给 proc-lab 的 ProcessPoolExecutor，再交给 proc-lab 的 Pool，最后在 CPython 里各做一遍：',
    en: '{tasks} tasks ({ms} each) on {workers} worker processes, of which task {die} kills the worker process running it with SIGKILL. The same tasks go to proc-lab’s ProcessPoolExecutor, then to proc-lab’s Pool, and then to both in CPython:',
  },
  colTask: { zh: '任务', en: 'task' },
  colExecutor: { zh: 'proc-lab 执行器', en: 'proc-lab executor' },
  colPyExecutor: { zh: 'CPython 执行器', en: 'CPython executor' },
  colPool: { zh: 'proc-lab Pool', en: 'proc-lab Pool' },
  colPyPool: { zh: 'CPython Pool', en: 'CPython Pool' },
  ok: { zh: '完成', en: 'done' },
  never: { zh: '永远等不到', en: 'never ready' },
  notRun: { zh: '（没有 python3）', en: '(no python3)' },
  executorFact: {
    zh: 'proc-lab 的 ProcessPoolExecutor：{failed}/{tasks} 个 Future 以 BrokenProcessPool 失败，之后再 submit() 也立刻抛出 {after}：一个工作进程死了，整个执行器就坏了。',
    en: 'proc-lab’s ProcessPoolExecutor: {failed} of {tasks} futures failed with BrokenProcessPool, and a submit() afterwards threw {after} at once: one dead worker broke the whole executor.',
  },
  poolFact: {
    zh: 'proc-lab 的 Pool：只有第 {die} 号任务失败（{error}），其余 {ok}/{others} 个照常完成：进程池补上了一个新的工作进程（{old} → {new}）。',
    en: 'proc-lab’s Pool: only task {die} failed ({error}); the other tasks finished ({ok} of {others}): the pool started a new worker in its place ({old} → {new}).',
  },
  cpythonFact: {
    zh: 'CPython：ProcessPoolExecutor 里 {failed}/{tasks} 个 Future 以 BrokenProcessPool 失败，之后的 submit() 抛出 {after}；multiprocessing.Pool 里其余 {ok}/{others} 个任务完成，第 {die} 号任务的 AsyncResult 却永远不会就绪：get(timeout={timeout}) 等满时间后抛出 TimeoutError，不带超时的 get() 会一直等下去。',
    en: 'CPython: on ProcessPoolExecutor {failed} of {tasks} futures failed with BrokenProcessPool, and a later submit() raised {after}; on multiprocessing.Pool the other tasks finished ({ok} of {others}), but task {die}’s AsyncResult never becomes ready: get(timeout={timeout}) waited the whole time and raised TimeoutError, and get() without a timeout would wait forever.',
  },
  explain: {
    zh: '为什么执行器要整个作废？一个工作进程突然死掉时，执行器不知道它手里还有哪些任务、那些任务做了一半留下了什么，于是 CPython 让所有没完成的 Future 都以 BrokenProcessPool 失败，并且不再接受新任务；proc-lab 的执行器照做。要继续工作，就得新建一个执行器。multiprocessing.Pool 会补上新的工作进程，但死掉的那个任务的结果就此丢失；proc-lab 的 Pool 让那一个任务以 WorkerLostError 结束，这是 proc-lab 自己的做法。',
    en: 'Why does the whole executor give up? When a worker process dies suddenly, the executor cannot know which tasks it held or what they left half done, so CPython fails every unfinished Future with BrokenProcessPool and accepts no new task; proc-lab’s executor does the same. To go on, make a new executor. multiprocessing.Pool starts a new worker instead, but the dead task’s result is simply lost; proc-lab’s Pool ends that one task with WorkerLostError, which is proc-lab’s own choice.',
  },
  deadlockIntro: {
    zh: '执行器也会死锁。CPython 文档里的例子：ThreadPoolExecutor(max_workers=1) 上，任务 a 提交任务 b，然后等 b 的结果；可 b 只能在 a 占着的那个工作线程上运行。这里给 a 的等待加了 {wait} 的超时：',
    en: 'Executors can deadlock too. The example from CPython’s documentation: on ThreadPoolExecutor(max_workers=1), task a submits task b and waits for b’s result, but b can run only on the worker thread that a occupies. Here a’s wait has a timeout of {wait}:',
  },
  deadlockFact: {
    zh: 'CPython：a 等了 {waitedMs}，以 {outcome} 结束，那时 b 还是 {bState}（一直没轮到）；a 返回、让出工作线程之后，b 才运行（{bAfter}）。不加超时，两个任务会永远互相等下去。',
    en: 'CPython: a waited {waitedMs} and ended with {outcome}, with b still {bState} (it never got a turn); only once a had returned and freed the worker thread did b run ({bAfter}). Without the timeout both would wait for each other forever.',
  },
  deadlockAbsent: {
    zh: '在 CPython 里，a 的等待会在 {wait} 后以 TimeoutError 结束，那时 b 还是 PENDING；不加超时，两个任务会永远互相等下去。',
    en: 'In CPython, a’s wait ends with TimeoutError after {wait}, with b still PENDING; without the timeout both would wait for each other forever.',
  },
  correction8: {
    zh: '材料说用了线程池、进程池就“不需要维护 Queue 来操心死锁的问题”，这不对：执行器替你调度任务，却不能防止死锁。一个任务等另一个任务的 Future，而所有工作进程（线程）都忙着，就会像上面一样永远等下去。',
    en: 'The material says that with a thread or process pool you need not "maintain a Queue and worry about deadlocks". Not so: an executor schedules the tasks for you but cannot prevent a deadlock. A task that waits for another task’s Future while every worker is busy waits forever, as above.',
  },
  deadlockHere: {
    zh: '在 proc-lab 里，任务是工作进程或工作线程里按名字调用的函数，够不到运行它的那个执行器，所以这个程序用 proc-lab 的接口写不出来；但道理相同：凡是要等一个只有忙着的工作进程（线程）才能给出的结果，都会这样卡住。',
    en: 'In proc-lab a task is a function called by name in a worker process or thread and cannot reach the executor running it, so this program cannot be written with proc-lab’s API; the reason is the same, though: anything that waits for a result only a busy worker could produce hangs like this.',
  },
} satisfies Record<string, Bi>;
