/**
 * A ZIP written entry by entry to an async sink, with back-pressure: each slice of a file
 * is pushed to fflate, and the bytes fflate emits are handed to the sink (awaited) before
 * the next slice goes in. Only the current file and one slice in flight are in memory,
 * whatever the size of the dossier.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

export type DossierSink = (chunk: Uint8Array, final: boolean) => void | Promise<void>;

// Without ZIP64 (fflate writes none) sizes and offsets are 32-bit.
export const ZIP_LIMIT = 0xffff_ffff - 1024 * 1024;
const SLICE = 1024 * 1024;

export class ZipTooLargeError extends Error {
  readonly code = 'dossier.tooLarge';
  constructor() {
    super('dossier.tooLarge');
  }
}

export class ZipStreamWriter {
  private readonly zip: Zip;
  private readonly queue: { chunk: Uint8Array; final: boolean }[] = [];
  private failure: Error | null = null;
  private written = 0;

  constructor(
    private readonly sink: DossierSink,
    /** DOS time of every entry (the export's instant, not each file's) */
    private readonly mtime: Date,
  ) {
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.failure = error;
      else this.queue.push({ chunk, final });
    });
  }

  get bytesWritten(): number {
    return this.written;
  }

  /** Adds one file; `compress` false for PDFs, images, Office files (already compressed). */
  async addFile(path: string, bytes: Uint8Array, compress: boolean): Promise<void> {
    if (this.written + bytes.length > ZIP_LIMIT) throw new ZipTooLargeError();
    const entry = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
    entry.mtime = this.mtime;
    // Made on "Unix" with rw-r--r--: Info-ZIP's unzip then keeps the UTF-8 names as they are
    // (for an MS-DOS origin it converts them from code page 437, breaking accents, despite
    // the UTF-8 flag fflate sets). Windows and macOS read the UTF-8 flag either way.
    entry.os = 3;
    entry.attrs = 0o100644 << 16;
    this.zip.add(entry);
    if (bytes.length === 0) {
      entry.push(new Uint8Array(0), true);
      await this.drain();
      return;
    }
    for (let at = 0; at < bytes.length; at += SLICE) {
      const end = Math.min(at + SLICE, bytes.length);
      entry.push(bytes.subarray(at, end), end === bytes.length);
      await this.drain();
    }
  }

  /** Writes the central directory; the sink receives its last chunk with final = true. */
  async finish(): Promise<void> {
    this.zip.end();
    await this.drain();
  }

  private async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    while (this.queue.length > 0) {
      const next = this.queue.shift()!;
      this.written += next.chunk.length;
      await this.sink(next.chunk, next.final);
    }
    if (this.failure) throw this.failure;
  }
}
