/**
 * The byte stream of the `pipe` part: fixed-size records, each starting with a small JSON header
 * (sender PID, sequence number, send time) padded with spaces. A pipe keeps no message
 * boundaries, only bytes; fixed sizes let the reader find each header again in any chunking.
 */

/** One record: 64 KiB, the size of Linux's default pipe buffer. */
export const RECORD = 64 * 1024;
/** Bytes at the start of a record that hold its header. */
export const HEADER = 128;

export interface RecordHeader {
  from: number;
  seq: number;
  sentAt: number;
}

/** A reusable record buffer: the header is rewritten in place, the rest is filler. */
export class RecordWriter {
  private readonly buf = Buffer.alloc(RECORD, '.');

  /** A fresh copy each time: a stream may still hold the previous one when we write again. */
  make(h: RecordHeader): Buffer {
    const head = JSON.stringify(h).padEnd(HEADER, ' ');
    this.buf.write(head, 0, HEADER, 'latin1');
    return Buffer.from(this.buf);
  }
}

/** Finds the headers of the first `limit` records in a stream cut into arbitrary chunks. */
export class HeaderScanner {
  readonly headers: (RecordHeader & { at: number })[] = [];
  private pos = 0;
  private partial = Buffer.alloc(0);

  constructor(private readonly limit: number) {}

  /** Feed the next chunk; `at` is when it arrived (stamped on headers it completes). */
  push(chunk: Buffer, at: number): void {
    while (this.headers.length < this.limit) {
      // Stream offset of the next header byte we still need; never behind `pos` (see below).
      const start = this.headers.length * RECORD + this.partial.length;
      const idx = start - this.pos;
      if (idx >= chunk.length) break;
      const piece = chunk.subarray(idx, idx + HEADER - this.partial.length);
      this.partial = Buffer.concat([this.partial, piece]);
      // A header cut by the chunk's end is completed from the next chunk, which starts at `start`.
      if (this.partial.length < HEADER) break;
      const h = JSON.parse(this.partial.toString('latin1').trim()) as RecordHeader;
      this.headers.push({ ...h, at });
      this.partial = Buffer.alloc(0);
    }
    this.pos += chunk.length;
  }
}
