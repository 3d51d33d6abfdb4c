// A pull reader over a stream of byte chunks: lines, exact lengths and skips, without ever holding more
// than the piece asked for. Container readers (WARC, ARC, JSONL, feeds) are written against it.

export interface Line {
  /** The line without its `\n` (and without a `\r` before it). Truncated to the caller's maximum. */
  bytes: Buffer;
  /** Bytes of the line dropped beyond the maximum; 0 for a normal line. */
  dropped: number;
}

export class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private done = false;
  private readonly it: AsyncIterator<Uint8Array>;
  /** Bytes consumed so far. */
  offset = 0;
  /** The error the underlying stream ended with (e.g. truncated gzip); the reader then behaves as at EOF. */
  error: Error | null = null;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.it = source[Symbol.asyncIterator]();
  }

  private get buffered(): number {
    return this.buf.length - this.pos;
  }

  /** Pulls one more chunk into the buffer; false at the end of the stream. */
  private async pull(): Promise<boolean> {
    if (this.done) return false;
    let next: IteratorResult<Uint8Array>;
    try {
      next = await this.it.next();
    } catch (err) {
      this.error = err instanceof Error ? err : new Error(String(err));
      this.done = true;
      return false;
    }
    if (next.done) {
      this.done = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    this.buf = this.buffered === 0 ? chunk : Buffer.concat([this.buf.subarray(this.pos), chunk]);
    this.pos = 0;
    return true;
  }

  /** Up to `n` bytes from the current position, not consumed. */
  async peek(n: number): Promise<Buffer> {
    while (this.buffered < n && (await this.pull()));
    return this.buf.subarray(this.pos, this.pos + n);
  }

  /** True when no byte is left. */
  async atEnd(): Promise<boolean> {
    return this.buffered === 0 && !(await this.pull());
  }

  /** The next line, or null at the end of the stream. Bytes beyond `max` are consumed but dropped. */
  async readLine(max: number): Promise<Line | null> {
    const parts: Buffer[] = [];
    let kept = 0;
    let dropped = 0;
    for (;;) {
      if (this.buffered === 0 && !(await this.pull())) {
        if (kept + dropped === 0) return null;
        return { bytes: trimCr(Buffer.concat(parts)), dropped };
      }
      const nl = this.buf.indexOf(10, this.pos);
      const end = nl < 0 ? this.buf.length : nl;
      const piece = this.buf.subarray(this.pos, end);
      const room = Math.max(0, max - kept);
      if (piece.length <= room) {
        parts.push(piece);
        kept += piece.length;
      } else {
        parts.push(piece.subarray(0, room));
        kept += room;
        dropped += piece.length - room;
      }
      const consumed = end - this.pos + (nl < 0 ? 0 : 1);
      this.pos += consumed;
      this.offset += consumed;
      if (nl >= 0) return { bytes: trimCr(parts.length === 1 ? parts[0]! : Buffer.concat(parts)), dropped };
    }
  }

  /** Exactly `n` bytes, or fewer if the stream ends first. */
  async read(n: number): Promise<Buffer> {
    if (this.buffered >= n) {
      const out = this.buf.subarray(this.pos, this.pos + n);
      this.pos += n;
      this.offset += n;
      return out;
    }
    // Copy piecewise into one allocation: concatenating chunk by chunk would be quadratic on big records.
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      if (this.buffered === 0 && !(await this.pull())) break;
      const take = Math.min(n - filled, this.buffered);
      this.buf.copy(out, filled, this.pos, this.pos + take);
      this.pos += take;
      filled += take;
    }
    this.offset += filled;
    return filled === n ? out : out.subarray(0, filled);
  }

  /** Everything up to the end, unless that is more than `max` bytes: then `more` is true and reading stops. */
  async readToEnd(max: number): Promise<{ bytes: Buffer; more: boolean }> {
    const parts: Buffer[] = [];
    let total = 0;
    while (this.buffered > 0 || (await this.pull())) {
      const chunk = this.buf.subarray(this.pos);
      if (total + chunk.length > max) return { bytes: Buffer.concat(parts), more: true };
      parts.push(chunk);
      total += chunk.length;
      this.pos = this.buf.length;
      this.offset += chunk.length;
    }
    return { bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts), more: false };
  }

  /** Consumes up to `n` bytes without keeping them; returns how many were there. */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    while (skipped < n) {
      if (this.buffered === 0 && !(await this.pull())) break;
      const take = Math.min(n - skipped, this.buffered);
      this.pos += take;
      skipped += take;
    }
    this.offset += skipped;
    return skipped;
  }

  /** Puts bytes back in front of the stream (a record that overran its true end gives back the next one). */
  unshift(bytes: Buffer): void {
    this.buf = Buffer.concat([bytes, this.buf.subarray(this.pos)]);
    this.pos = 0;
    this.offset -= bytes.length;
  }

  /** Stops reading and releases the source (closes the file) even if bytes are left. */
  async close(): Promise<void> {
    this.done = true;
    this.buf = Buffer.alloc(0);
    this.pos = 0;
    try {
      await this.it.return?.();
    } catch {
      // A source that fails while closing has nothing more to give; there is nothing to report.
    }
  }

  /** Everything not consumed yet, as a stream of chunks (to hand the rest to another decoder). */
  async *rest(): AsyncGenerator<Buffer> {
    if (this.buffered > 0) {
      const head = this.buf.subarray(this.pos);
      this.pos = this.buf.length;
      this.offset += head.length;
      yield head;
    }
    while (await this.pull()) {
      const chunk = this.buf.subarray(this.pos);
      this.pos = this.buf.length;
      this.offset += chunk.length;
      yield chunk;
    }
    if (this.error) throw this.error;
  }
}

/** One chunk as a stream (a small file read in one call). */
export async function* once(chunk: Uint8Array): AsyncGenerator<Uint8Array> {
  yield chunk;
}

function trimCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;
}
