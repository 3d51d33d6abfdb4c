// WARC 1.0/1.1 and Heritrix's WARC/0.17 (same named-field layout), WET included: read record by record,
// holding at most one record that is kept, so memory stays flat on multi-GB files.
import type { ReadItem } from "../core/types.js";
import type { ByteReader } from "./bytes.js";
import { capturePage, cutRecord, judgeCapture, partialRecord, skipRecord, tooLargeRecord, type CaptureMeta, type Truncated } from "./capture.js";
import { isHtmlMime, parseContentType, parseHeaderLines, type Headers } from "./http.js";
import { HTTP_HEAD_PEEK, MAX_HEADER_LINE, MAX_PAGE_BYTES } from "./settings.js";

const fail = (source: string, reason: string): ReadItem => ({ failure: { source, reason } });

/** The pages in a WARC (or WET) stream; `path` names the file in sources (`path#n`, n counting every record). */
export async function* readWarc(reader: ByteReader, path: string): AsyncGenerator<ReadItem> {
  let n = 0;
  const state = { misaligned: false }; // set when a record has already reported the bytes after it
  for (;;) {
    const junk = await seekVersionLine(reader);
    if (junk === null) return;
    if (junk.bytes > 0 && !state.misaligned) {
      yield fail(path, `${junk.bytes} bytes of data that is not a WARC record at byte ${junk.at} (after record ${n}) were skipped; the file may be damaged`);
    }
    state.misaligned = false;
    n++;
    const source = `${path}#${n}`;
    const headers = await readHeaderBlock(reader);
    if (!headers) {
      if (!reader.error) yield fail(source, "the file ends inside a WARC record header; it is truncated");
      return;
    }
    const length = Number(headers.get("content-length") ?? "x");
    if (!Number.isSafeInteger(length) || length < 0) {
      yield fail(source, "WARC record without a valid Content-Length; skipped to the next record");
      state.misaligned = true; // its block is the junk skipped next: reported here once
      continue;
    }
    const meta: CaptureMeta = { source, url: targetUri(headers), crawledAt: headers.get("warc-date") ?? null };
    const item = await readRecord(reader, headers, length, meta, state);
    if (item && "truncated" in item) {
      if (item.partial) yield { page: item.partial };
      if (!reader.error) yield fail(source, cutRecord(item, length));
      return;
    }
    if (item) yield item;
  }
}

/** One record's block: a page, a failure, nothing (not an article), or the bytes found when the stream ends early. */
async function readRecord(
  reader: ByteReader,
  headers: Headers,
  length: number,
  meta: CaptureMeta,
  state: { misaligned: boolean },
): Promise<ReadItem | null | Truncated> {
  const type = (headers.get("warc-type") ?? "").toLowerCase();
  const { mime, charset } = parseContentType(headers.get("content-type"));
  // WET conversions are text/plain; a conversion to anything else (a PDF rendering) is not text.
  const plainPage = (type === "resource" && isHtmlMime(mime)) || (type === "conversion" && (mime === "" || mime.startsWith("text/")));
  let verdict = null;
  if (type === "response") {
    verdict = judgeCapture(await reader.peek(Math.min(length, HTTP_HEAD_PEEK)), headers.get("content-type") ?? "");
  }
  if (!plainPage && !verdict?.take) return skipRecord(reader, length, null);
  if (length > MAX_PAGE_BYTES) return skipRecord(reader, length, tooLargeRecord(meta.source, length));
  const block = await reader.read(length);
  const misfit = await checkBoundary(reader, block, length);
  if (misfit) {
    state.misaligned = true;
    return fail(meta.source, misfit);
  }
  const kind = type === "conversion" ? "text" : "html";
  const item: ReadItem | null = verdict?.take
    ? capturePage(block, verdict, meta)
    : block.length === 0
      ? null
      : { page: { source: meta.source, url: meta.url, kind, body: block, charset, crawledAt: meta.crawledAt, given: {} } };
  return block.length < length ? { truncated: block.length, partial: partialRecord(item, block.length, length) } : item;
}

const EMBEDDED_HEADER = /\r?\n\r?\nWARC\/\d/;

/**
 * A kept record must be followed by blank lines and the next `WARC/` line (or the end). If not, its
 * Content-Length is wrong: too long when the next header sits inside the block (that part is given back
 * to the reader), too short otherwise. Either way the block is not the page, and the reason is returned.
 */
async function checkBoundary(reader: ByteReader, block: Buffer, length: number): Promise<string | null> {
  const complete = block.length === length;
  if (complete) {
    const after = (await reader.peek(64)).toString("latin1");
    const next = after.replace(/^[\r\n]+/, "");
    // The block ended where the record's own blank lines begin: whatever follows is junk, reported by the caller.
    if (next.length === 0 || next.startsWith("WARC/") || /^\r?\n\r?\n/.test(after)) return null;
  }
  const inside = EMBEDDED_HEADER.exec(block.toString("latin1"));
  if (inside) {
    reader.unshift(block.subarray(inside.index));
    return `Content-Length ${length} runs past the end of this record into the next one; record skipped`;
  }
  if (!complete) return null; // simply cut off: the caller reports the truncation
  return `Content-Length ${length} is shorter than this record (more data follows before the next record); record skipped`;
}

/** Skips blank lines up to the next `WARC/x.y` line, counting other lines as junk; null at the end of the stream. */
async function seekVersionLine(reader: ByteReader): Promise<{ bytes: number; at: number } | null> {
  const junk = { bytes: 0, at: -1 };
  for (;;) {
    const before = reader.offset;
    const line = await reader.readLine(MAX_HEADER_LINE);
    if (line === null) return null;
    if (line.bytes.subarray(0, 5).toString("latin1") === "WARC/") return junk;
    if (line.bytes.toString("latin1").trim().length === 0) continue;
    if (junk.at < 0) junk.at = before;
    junk.bytes += reader.offset - before;
  }
}

/** Named fields up to the blank line that ends the header; null when the stream ends first. */
async function readHeaderBlock(reader: ByteReader): Promise<Headers | null> {
  const lines: string[] = [];
  for (;;) {
    const line = await reader.readLine(MAX_HEADER_LINE);
    if (line === null) return null;
    if (line.bytes.length === 0) return parseHeaderLines(lines);
    lines.push(line.bytes.toString("utf8"));
  }
}

/** WARC-Target-URI, without the angle brackets some writers (wget) put around it. */
function targetUri(headers: Headers): string | null {
  const raw = headers.get("warc-target-uri");
  if (!raw) return null;
  const uri = raw.replace(/^<(.*)>$/, "$1").trim();
  return uri.length > 0 ? uri : null;
}
