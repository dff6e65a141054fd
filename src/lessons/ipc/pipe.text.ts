/** Words of the `pipe` part. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  wired: {
    zh: '我（PID {parent}）启动了两个兄弟进程：写端 PID {writer} 的标准输出接到读端 PID {reader} 的标准输入，中间是一条操作系统管道。我只负责接线，接好就关掉自己手里的那一端，数据不经过我。',
    en: 'I (PID {parent}) started two sibling processes: the stdout of the writer, PID {writer}, is joined to the stdin of the reader, PID {reader}, by one OS pipe. I only wired them and then closed my own copy: the data does not pass through me.',
  },
  fds: {
    zh: '证据（/proc）：PID {writer} 的 fd 1 → {w}，PID {reader} 的 fd 0 → {r}：同一条管道；proc-lab 自己指向它的 fd 个数：{own}。',
    en: 'Evidence (/proc): PID {writer} fd 1 → {w}, PID {reader} fd 0 → {r}: one and the same pipe; fds of proc-lab on it: {own}.',
  },
  record: {
    zh: '第 {seq} 块（{size}）：从 PID {from} 到 PID {to}，单程 {ms}',
    en: 'record {seq} ({size}): from PID {from} to PID {to}, one-way {ms}',
  },
  throughput: {
    zh: '{bytes} 从 PID {writer} 流到 PID {reader}，用时 {ms}：{mbs} MB/s。',
    en: '{bytes} flowed from PID {writer} to PID {reader} in {ms}: {mbs} MB/s.',
  },
  explainFlow: {
    zh: '管道是单向的字节流：没有“消息”的边界，读端收到的块大小和写端写入的不一定相同，所以这里每块固定 64 KiB，开头写着发送方的 PID。内核里的管道缓冲区在 Linux 上默认是 64 KiB。',
    en: 'A pipe is a one-way stream of bytes: it keeps no message boundaries, and the reader’s chunks need not match the writer’s writes, which is why each record here is a fixed 64 KiB with the sender’s PID at its start. The kernel’s pipe buffer is 64 KiB by default on Linux.',
  },
  slowIntro: {
    zh: '换一对新的进程，这次读端 PID {reader} 很慢：每 {delay} ms 才读一块（{size}）。写端会怎样？',
    en: 'A new pair; this time the reader, PID {reader}, is slow: one record ({size}) every {delay} ms. What does the writer do?',
  },
  backPressure: {
    zh: '写端 PID {writer} 写到 {first} 时第一次被挡住；{ms} 里它一共写出 {written}，其中 {waited} 在等（等了 {waits} 次，占 {share}%）。它的速度被压到读端的速度，约 {readerMbs} MB/s：这就是背压。',
    en: 'The writer, PID {writer}, was first held back after {first}; in {ms} it wrote {written} and spent {waited} of it waiting ({waits} waits, {share}%). Its pace fell to the reader’s, about {readerMbs} MB/s: that is back-pressure.',
  },
  epipe: {
    zh: '用 SIGKILL 杀掉读端 PID {reader}：写端 PID {writer} 的下一次写入在 {ms} 后失败，错误是 {code}（此前共写出 {written}）。',
    en: 'The reader, PID {reader}, is killed with SIGKILL: the next write of the writer, PID {writer}, fails {ms} later with {code} (after {written} written).',
  },
  explainEnds: {
    zh: '管道满了，写端就得等：C 程序的 write() 会直接阻塞。Node 的 write() 不阻塞：内核收不下的部分留在 Node 自己的缓冲区里，一旦那里攒的超过 {hwm}（这个流的 writableHighWaterMark），write() 就返回 false，程序要等 "drain" 事件再写。上面第一次返回 false 时已写出 {first}：内核的管道缓冲区（64 KiB）已满，剩下的一块留在了 Node 里。管道另一头没有读端了，内核会发出 SIGPIPE：C 程序默认被它杀死（比如 yes | head），Node 和 Python 忽略这个信号，于是写入以 EPIPE 错误失败（Python 里是 BrokenPipeError）。',
    en: 'When the pipe is full the writer must wait: in C, write() simply blocks. Node’s write() does not block: what the kernel cannot take stays in Node’s own buffer, and once more than {hwm} waits there (the stream’s writableHighWaterMark), write() returns false and the program waits for "drain". Above, write() first returned false after {first} had been written: the kernel’s pipe buffer (64 KiB) was full and the record left over stayed in Node. When no reader is left, the kernel raises SIGPIPE: a C program dies of it by default (think yes | head); Node and Python ignore that signal, so the write fails with EPIPE instead (BrokenPipeError in Python).',
  },
} satisfies Record<string, Bi>;
