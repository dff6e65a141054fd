/** Words of the `pipebuf` part. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  intro: {
    zh: '{n} 个写进程（PID {pids}）共用同一条管道的写端，我（PID {parent}）读另一端，逐条检查。每条记录都用一次 write() 写出：开头是“PID 序号”，后面全是这个写进程自己的字母，最后一个换行。POSIX 规定：不超过 PIPE_BUF（这里是 {pipeBuf} 字节）的一次 write() 整块进入管道，不会和别的写进程的字节混在一起。',
    en: '{n} writer processes (PIDs {pids}) share the write end of one pipe; I (PID {parent}) read the other end and check every record. Each record is written with one write() call: "PID seq" first, then the writer’s own letter throughout, then a newline. POSIX says a write() of at most PIPE_BUF bytes ({pipeBuf} here) enters the pipe whole, never mixed with another writer’s bytes.',
  },
  smallRound: {
    zh: '第一轮：每个写进程写 {k} 条，每条 {size} 字节，正好是 PIPE_BUF。',
    en: 'Round one: each writer writes {k} records of {size} bytes, exactly PIPE_BUF.',
  },
  largeRound: {
    zh: '第二轮：换一批写进程（PID {pids}），每个写 {k} 条，每条 {size}，是管道缓冲区（64 KiB）的 4 倍：这样的 write() 得在中途等读端腾出地方。',
    en: 'Round two: new writers (PIDs {pids}) each write {k} records of {size}, 4 times the pipe’s buffer (64 KiB): such a write() has to wait halfway for the reader to make room.',
  },
  result: {
    zh: '{size} 的记录：完整收到 {intact} / {expected} 条，被撕裂的 {torn} 条',
    en: '{size} records: {intact} of {expected} arrived whole, {torn} torn',
  },
  example: {
    zh: '例如两个换行之间的一段（{length} 字节），里面有 {parts}',
    en: 'for example, one stretch between two newlines ({length} bytes) holds {parts}',
  },
  holds: {
    zh: '不超过 PIPE_BUF 的记录全部完整（撕裂 {smallTorn} 条）；{large} 条大记录里有 {largeTorn} 条被撕裂：一次 write() 比管道剩下的地方大，内核先写进一部分，等读端取走再写下一部分，中间别的写进程的字节就插了进来。',
    en: 'Every record of at most PIPE_BUF arrived whole ({smallTorn} torn); of the {large} large records, {largeTorn} were torn: a write() bigger than the room left in the pipe goes in part by part, waiting for the reader in between, and another writer’s bytes get in.',
  },
  fails: {
    zh: '这一次：{small} 条小记录撕裂了 {smallTorn} 条，{large} 条大记录撕裂了 {largeTorn} 条。大记录是“可能”被撕裂，不是“一定”：几个写进程这次碰巧没在同一时刻等地方。再运行一次，数目每次都不一样。',
    en: 'This run: {smallTorn} of {small} small records torn, {largeTorn} of {large} large ones. Large records can be torn, not must: this time the writers happened not to wait for room at the same moment. Run it again; the count differs every run.',
  },
  explain: {
    zh: '所以几个进程共用一条管道，只有每条消息不超过 PIPE_BUF（{pipeBuf} 字节）、并且一次 write() 写完，才不会互相掺杂。Python 里 os.write() 是一次 write()；print() 先写进缓冲区，一行可能分成几次 write()。更大的消息要在每次写的时候持有一把锁：multiprocessing.Queue 就是这么做的（见 mpqueue 部分）。',
    en: 'So several processes can share one pipe without mixing only when each message is at most PIPE_BUF ({pipeBuf} bytes) and goes out in one write(). In Python, os.write() is one write(); print() goes through a buffer, and one line may take several write() calls. Larger messages need a lock held around each write: that is what multiprocessing.Queue does (see the mpqueue part).',
  },
} satisfies Record<string, Bi>;
