/** Questions for the `pool` lesson (material §1.3), three of them on the material's errors. */
import { counted, fmt } from '../../i18n/index.js';
import { words } from '../../i18n/words.js';
import { Pool } from '../../pool/index.js';
import { ms } from '../../ui/format.js';
import type { Quiz } from '../types.js';
import { program } from './lifecycle.js';
import { runPool, taskModule } from './runner.js';

const quiz: Quiz = {
  lesson: 'pool',
  questions: [
    {
      id: 'pool.apply',
      materialError: 1,
      prompt: {
        zh: '在 Pool(3) 上用循环调用 4 次 pool.apply(foo, (i,))，每个任务要 200 ms。大约一共要多久？',
        en: 'A loop calls pool.apply(foo, (i,)) 4 times on Pool(3); each task takes 200 ms. About how long in all?',
      },
      choices: [
        {
          zh: '约 200 ms：apply 是异步的，4 个同时跑',
          en: 'about 200 ms: apply is asynchronous, all 4 at once',
        },
        { zh: '约 400 ms：3 个一波，共两波', en: 'about 400 ms: waves of 3, two waves' },
        {
          zh: '约 800 ms：apply 等任务做完才返回，一个接一个',
          en: 'about 800 ms: apply waits for its task, one after another',
        },
      ],
      answer: 2,
      explain: {
        zh: 'apply 是同步（阻塞）的：等这一个任务做完才返回，所以循环里的任务一个接一个地执行。材料把 apply 和 apply_async 的“同步”“异步”写反了；两波 400 ms 是 apply_async 的结果。',
        en: 'apply is synchronous (blocking): it returns only when its task has finished, so the tasks in the loop run one after another. The material swaps the words for apply and apply_async; two waves, 400 ms, is what apply_async gives.',
      },
      async live(ctx) {
        const run = await runPool(ctx, { mode: 'sync', workers: 3, tasks: 4, taskMs: 200 });
        return fmt(
          {
            zh: '{ms}，最多同时运行 {most} 个任务',
            en: '{ms}, at most {tasks} at once',
          },
          { ms: ms(run.ms), most: run.maxRunning, tasks: counted(words.task, run.maxRunning) },
        );
      },
    },
    {
      id: 'pool.size',
      materialError: 2,
      prompt: {
        zh: 'Pool(3) 会启动几个工作进程？',
        en: 'How many worker processes does Pool(3) start?',
      },
      choices: [
        { zh: '3 个', en: '3' },
        { zh: '最多 5 个', en: 'at most 5' },
        { zh: '每个任务一个', en: 'one per task' },
      ],
      answer: 0,
      explain: {
        zh: '参数就是工作进程的数量：Pool(3) 就是 3 个，反复使用。材料注释里的“最多允许5个进程”是错的。',
        en: 'The argument is the number of worker processes: Pool(3) has 3, reused for every task. The material’s comment "at most 5 processes" is wrong.',
      },
      async live() {
        const pool = new Pool({ processes: 3, module: taskModule() });
        const pids = pool.pids;
        await pool.terminate();
        return fmt(
          { zh: '工作进程 PID：{pids}（{n} 个）', en: 'worker PIDs: {pids} ({n})' },
          { pids: pids.join(', '), n: pids.length },
        );
      },
    },
    {
      id: 'pool.join',
      materialError: 3,
      prompt: {
        zh: '材料的程序如果把 pool.join() 注释掉，10 个任务会怎样？',
        en: 'If the material’s program leaves out pool.join(), what happens to its 10 tasks?',
      },
      choices: [
        { zh: '照常全部做完，回调都会执行', en: 'they all finish and every callback runs' },
        {
          zh: '主程序结束，进程池随之被拆掉，任务丢失',
          en: 'the main program ends, the pool is torn down with it, the tasks are lost',
        },
        { zh: '程序一直卡住不退出', en: 'the program hangs forever' },
      ],
      answer: 1,
      explain: {
        zh: 'join() 让主程序等到任务做完。没有它，主程序走到结尾就退出，Python 在退出时终止进程池，排队和运行中的任务都丢了，回调一个也不执行。',
        en: 'join() makes the main program wait for the tasks. Without it the main program reaches its end and exits; Python terminates the pool at exit, so queued and running tasks are lost and no callback runs.',
      },
      async live(ctx) {
        const r = await program(ctx, false, { n: 3, m: 10, t: ctx.scale(2000) });
        return fmt(
          {
            zh: '程序 {pid} 运行 {ms} 后结束，回调执行了 {callbacks} 次，丢失 {lost} 个任务',
            en: 'program {pid} ended after {ms}: {callbacks} callbacks ran, {lost} tasks lost',
          },
          { pid: r.pid, ms: ms(r.ms), callbacks: r.callbacks, lost: r.lost },
        );
      },
    },
    {
      id: 'pool.callback',
      prompt: {
        zh: 'apply_async 的回调 call 打印 os.getpid()，打印出来的是谁的 PID？',
        en: 'The apply_async callback prints os.getpid(). Whose PID does it print?',
      },
      choices: [
        { zh: '运行这个任务的工作进程', en: 'the worker that ran the task' },
        { zh: '主进程', en: 'the main process' },
        { zh: '专门为回调新建的进程', en: 'a new process made for the callback' },
      ],
      answer: 1,
      explain: {
        zh: '结果从工作进程送回主进程，回调在主进程里执行，所以打印的是主进程的 PID，而且按任务完成的顺序执行。',
        en: 'The result travels back from the worker and the callback runs in the main process, so it prints the main PID, in the order the tasks complete.',
      },
      async live() {
        const pool = new Pool({ processes: 1, module: taskModule() });
        let seen = 0;
        const r = pool.applyAsync('tiny', [3], { callback: () => (seen = process.pid) });
        await r.get();
        pool.close();
        await pool.join();
        return fmt(
          {
            zh: '任务在 {worker} 上运行，回调打印 {cb}',
            en: 'the task ran on {worker}; the callback printed {cb}',
          },
          { worker: r.pid ?? '?', cb: seen },
        );
      },
    },
  ],
};

export default quiz;
