// One input (a file or stdin): gunzip if the bytes say gzip, sniff the format, hand the stream to its reader.
// Content problems come out as failure items; nothing here throws for bad input.
import type { ReadItem } from "../core/types.js";
import { readArc } from "./arc.js";
import { ByteReader, once } from "./bytes.js";
import { CUT_OFF, size as sizeText } from "./capture.js";
import { readFeed } from "./feed.js";
import { describeZlibError, gunzipChunks, gunzipWhole, isGzip } from "./gzip.js";
import { readJsonl } from "./jsonl.js";
import { readPage } from "./page.js";
import { MAX_PAGE_BYTES, SNIFF_BYTES } from "./settings.js";
import { sniff, type Format } from "./sniff.js";
import { readWarc } from "./warc.js";

/**
 * The pages of one source, given as a stream of chunks or (a small file) its bytes. `size` is the byte
 * size of a regular file (null for stdin); it lets an over-large single page be refused before it is read.
 */
export async function* readSource(source: string, input: AsyncIterable<Uint8Array> | Buffer, size: number | null): AsyncGenerator<ReadItem> {
  const whole = Buffer.isBuffer(input) ? input : null;
  const raw = new ByteReader(whole ? once(whole) : (input as AsyncIterable<Uint8Array>));
  const gz = isGzip(await raw.peek(2));
  const reader = !gz ? raw : new ByteReader(whole ? gunzipWhole(whole, MAX_PAGE_BYTES) : gunzipChunks(raw.rest()));
  try {
    yield* readStream(source, reader, gz ? null : size, gz);
  } finally {
    // Close the file even when reading stopped early (a sniff failure, a consumer that broke off).
    await reader.close();
    if (reader !== raw) await raw.close();
  }
}

async function* readStream(source: string, reader: ByteReader, size: number | null, gz: boolean): AsyncGenerator<ReadItem> {
  const head = await reader.peek(SNIFF_BYTES);
  if (head.length === 0 && reader.error) {
    yield { failure: { source, reason: streamProblem(reader.error) } };
    return;
  }
  const sniffed = sniff(head, source, head.length < SNIFF_BYTES && !reader.error);
  if ("failure" in sniffed) {
    const reason = gz && head.length === 0 ? "empty: the gzip file holds no data" : sniffed.failure;
    yield { failure: { source, reason } };
    return;
  }
  let complete = 0;
  let cut = 0;
  for await (const item of formatReader(sniffed.format, reader, source, size)) {
    if ("page" in item) {
      if (item.page.warnings?.some((w) => w.ruleId === CUT_OFF)) cut++;
      else complete++;
    }
    yield item;
  }
  if (reader.error) yield { failure: { source, reason: `${streamProblem(reader.error)}; ${recovered(reader.offset, complete, cut)}` } };
}

/** What a broken stream still gave: bytes, whole pages, and the page the break cut off (kept with a warning). */
function recovered(bytes: number, complete: number, cut: number): string {
  if (bytes === 0) return "nothing could be read before the break";
  const pages = (n: number): string => `${n} ${n === 1 ? "page" : "pages"}`;
  const partly = cut > 0 ? ` and ${pages(cut)} cut off by it, kept with a warning (${CUT_OFF})` : "";
  return `${sizeText(bytes)} were read before the break: ${pages(complete)} complete${partly}`;
}

async function* formatReader(format: Format, reader: ByteReader, source: string, size: number | null): AsyncGenerator<ReadItem> {
  switch (format) {
    case "warc":
      yield* readWarc(reader, source);
      return;
    case "arc":
      yield* readArc(reader, source);
      return;
    case "jsonl":
      yield* readJsonl(reader, source);
      return;
    case "rss":
    case "atom":
      yield* readFeed(reader, source, format);
      return;
    case "html":
    case "text": {
      const item = await readPage(reader, source, format, size);
      if (item) yield item;
      return;
    }
  }
}

/** Why the bytes stopped coming, in words an analyst can act on. */
function streamProblem(err: Error): string {
  const code = (err as { code?: string }).code ?? "";
  if (code === "EACCES" || code === "EPERM") return "permission denied: the file cannot be read";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "ENOENT") return "no such file or directory";
  return describeZlibError(err);
}
