/** Words of the trace's screen: the header, the table's legend, the summary line. */
import type { Bi } from '../i18n/index.js';

export const screen = {
  title: { zh: '跟踪：{cmd}', en: 'trace: {cmd}' },
  timelineTitle: { zh: '时间线', en: 'Timeline' },
  timelineLegend: {
    zh: '| 出生  ━ 存活  ░ 僵尸（已退出，尚未被回收）  ▲ exec',
    en: '| born  ━ alive  ░ zombie (exited, not yet reaped)  ▲ exec',
  },
  timelineHidden: {
    zh: '另有 {n} 个进程没有画出（见上表）',
    en: '{n} more processes not drawn (see the table)',
  },
  meaningTitle: { zh: '这说明了什么', en: 'What it shows' },
  tableTitle: {
    zh: '每个进程（按出生的父子关系排列）',
    en: 'every process (in tree order by birth)',
  },
  legend: {
    zh: 'PPID a→b：父进程退出后被过继给 b　结束：退出码或信号　僵尸：退出到被回收的时间',
    en: 'PPID a→b: re-parented to b when its parent exited · EXIT: code or signal',
  },
  legendZombie: {
    zh: '⑂：fork 之后没有 exec，仍在运行父进程的程序',
    en: 'ZOMBIE: from its exit until reaped · ⑂: forked, no exec: runs its parent’s program',
  },
  legendReapers: {
    zh: '回收者：{tracer} 是 strace（程序的父进程），{subreaper} 是 proc-lab 的子进程收割者',
    en: 'REAPED: {tracer} is strace (the program’s parent), {subreaper} proc-lab’s subreaper',
  },
  legendSubreaper: {
    zh: '回收者：{subreaper} 是 proc-lab 的子进程收割者（程序的父进程）',
    en: 'REAPED: {subreaper} is proc-lab’s subreaper (the program’s parent)',
  },
  summary: {
    zh: '进程 {processes} 个，最多同时存活 {maxAlive} 个；僵尸 {zombies} 个，孤儿 {orphans} 个',
    en: 'processes: {processes}, at most {maxAlive} alive at once; zombies: {zombies}, orphans: {orphans}',
  },
  summary2: {
    zh: '程序结束时仍在运行：{leftBehind} 个；用时 {time}；退出码 {exitCode}',
    en: 'still running when the program ended: {leftBehind}; {time}; exit code {exitCode}',
  },
  nothingLeft: {
    zh: '程序启动的进程都已结束并被回收，没有一个留下来。',
    en: 'Every process the program started has ended and been reaped: nothing is left.',
  },
  unknownWriter: {
    zh: '（轮询看不出每行输出是哪个进程写的，所以输出行前没有 PID）',
    en: '(polling cannot tell which process wrote each line, so output lines carry no PID)',
  },
} satisfies Record<string, Bi>;
