// gzip in both places it shows up: whole files (.gz, WARC.gz with one member per record) and HTTP bodies
// stored with their Content-Encoding.
import { Readable } from "node:stream";
import { pipeline } from "node:stream";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { once } from "./bytes.js";
import { GUNZIP_CHUNK_BYTES } from "./settings.js";

const gunzipAsync = promisify(zlib.gunzip);

export const isGzip = (head: Uint8Array): boolean => head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;

/**
 * The decompressed bytes of a gzip stream. Concatenated members (one per WARC record) are read one after
 * the other by zlib itself; a stream that ends inside a member throws once the bytes before it are out.
 */
export function gunzipChunks(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  return pipeline(Readable.from(chunks, { objectMode: false }), zlib.createGunzip({ chunkSize: GUNZIP_CHUNK_BYTES }), () => {
    // Errors reach the consumer through the iterator of the returned stream; nothing to do here.
  });
}

/**
 * A small gzip file already in memory, decompressed in one call (a streamed gunzip costs a thread-pool
 * round trip per 16 KB, which dominates on small pages). Output over `maxOutput`, or a damaged stream,
 * falls back to streaming, which yields what decodes before the damage and then throws.
 */
export async function* gunzipWhole(bytes: Buffer, maxOutput: number): AsyncGenerator<Uint8Array> {
  let out: Buffer | null = null;
  try {
    out = await gunzipAsync(bytes, { maxOutputLength: maxOutput });
  } catch {
    out = null;
  }
  if (out) yield out;
  else yield* gunzipChunks(once(bytes));
}

/** What went wrong in zlib, in words an analyst can act on. */
export function describeZlibError(err: Error): string {
  const code = (err as { code?: string }).code;
  if (code === "Z_BUF_ERROR" || /unexpected end/i.test(err.message)) {
    return "truncated gzip: the compressed data ends early (the file was cut off while copying or downloading)";
  }
  if (code === "Z_DATA_ERROR") return `corrupt gzip data (${err.message})`;
  return `could not read the file (${err.message})`;
}

export type Coding = "gzip" | "deflate" | "br";

export type Inflated = { body: Buffer } | { problem: string };

/**
 * Undoes an HTTP Content-Encoding on a body held in memory, with the output capped so a small
 * compressed record cannot expand without bound.
 */
export function inflateBody(body: Buffer, coding: Coding, maxOutput: number): Inflated {
  const opts = { maxOutputLength: maxOutput };
  try {
    if (coding === "gzip") return { body: zlib.gunzipSync(body, opts) };
    if (coding === "br") return { body: zlib.brotliDecompressSync(body, opts) };
    // "deflate" is meant to be zlib-wrapped, but servers often send raw deflate.
    try {
      return { body: zlib.inflateSync(body, opts) };
    } catch {
      return { body: zlib.inflateRawSync(body, opts) };
    }
  } catch (err) {
    const e = err as Error & { code?: string };
    if (e.code === "ERR_BUFFER_TOO_LARGE") return { problem: `the ${coding} body expands beyond the size limit` };
    return { problem: `the ${coding}-encoded body cannot be decompressed: ${describeZlibError(e)}` };
  }
}
