// One captured HTTP response (a WARC `response` or ARC record) → a page, or nothing when it is not an article.
import type { RawPage, ReadItem } from "../core/types.js";
import type { ByteReader } from "./bytes.js";
import { httpPayload, isHtmlMime, parseContentType, parseHttpHead, type HttpHead } from "./http.js";
import { MAX_PAGE_BYTES } from "./settings.js";

export interface CaptureMeta {
  source: string;
  url: string | null;
  crawledAt: string | null;
}

/** Decided from the first bytes of the record: is this an HTML page worth reading in full? */
export type Verdict = { take: false } | { take: true; http: HttpHead | null; charset: string | null };

const LOOKS_HTML = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])/i;

/**
 * Successful HTML responses are taken; images, scripts, redirects, errors and non-HTTP captures (dns:)
 * are not articles and are passed over without a word. `fallbackMime` is the container's own type field.
 */
export function judgeCapture(head: Buffer, fallbackMime: string): Verdict {
  const http = parseHttpHead(head);
  if (!http) {
    const { mime, charset } = parseContentType(fallbackMime);
    return isHtmlMime(mime) ? { take: true, http: null, charset } : { take: false };
  }
  if (http.status !== null && (http.status < 200 || http.status >= 300)) return { take: false };
  const { mime, charset } = parseContentType(http.headers.get("content-type"));
  if (isHtmlMime(mime)) return { take: true, http, charset };
  // No Content-Type at all: believe the bytes if they open like an HTML document.
  if (mime === "" && LOOKS_HTML.test(head.toString("latin1", http.bodyStart, http.bodyStart + 1024))) {
    return { take: true, http, charset };
  }
  return { take: false };
}

/** The page inside a record already judged worth taking; a content-coding that cannot be undone is a failure. */
export function capturePage(block: Buffer, verdict: Verdict & { take: true }, meta: CaptureMeta): ReadItem | null {
  let body = block;
  if (verdict.http) {
    const payload = httpPayload(verdict.http.headers, block.subarray(verdict.http.bodyStart), MAX_PAGE_BYTES);
    if ("problem" in payload) return { failure: { source: meta.source, reason: `${payload.problem}; record skipped` } };
    body = payload.body;
  }
  if (body.length < 256 && body.toString("latin1").trim() === "") return null; // an empty 200: nothing to read
  return {
    page: {
      source: meta.source,
      url: meta.url,
      kind: "html",
      body,
      charset: verdict.charset,
      crawledAt: meta.crawledAt,
      given: {},
    },
  };
}

/** A record bigger than one article may be: reported, then skipped by the caller. */
export const tooLargeRecord = (source: string, bytes: number): ReadItem => ({
  failure: { source, reason: `record too large for one article (${mb(bytes)} MB > ${mb(MAX_PAGE_BYTES)} MB); skipped` },
});

export const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);

/** Readable sizes in messages: "812 bytes", "73.9 kB", "12.5 MB". */
export const size = (bytes: number): string =>
  bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${mb(bytes)} MB`;

/** How many bytes of a record were there when the stream ended inside it, and the page they hold, if any. */
export type Truncated = { truncated: number; partial?: RawPage };

/** The rule id of the warning on a page cut off by the end of its input. */
export const CUT_OFF = "read/truncated";

/**
 * A page cut off by the end of its input (a WARC or ARC record, a gzipped page) is kept, with a warning, rather
 * than refused. That is what an analyst wants from a file that broke off while copying: the end of an HTML page is
 * mostly scripts and footer, so the article is often whole (resiliparse/clipped.warc.gz holds the whole review in
 * the first 74 kB of its 88 kB record), and a text cut mid-article still holds real sentences with their source.
 * The warning travels with the document (`dossier show`, the ingest report), and the reader still reports the
 * broken file, so the re-download is not forgotten; the complete copy ingested later is a document of its own.
 */
export function cutOff(page: RawPage, reason: string): RawPage {
  return { ...page, warnings: [...(page.warnings ?? []), { ruleId: CUT_OFF, reason }] };
}

/** The page in a record that was cut off after `got` of its `length` bytes, marked so; undefined when there is none. */
export function partialRecord(item: ReadItem | null, got: number, length: number): RawPage | undefined {
  if (!item || !("page" in item)) return undefined;
  return cutOff(item.page, `the input ends inside this record: ${size(got)} of its ${size(length)} were read; the end of the page is missing`);
}

/** The failure of a record the file ends inside (without a broken gzip stream to blame). */
export const cutRecord = (t: Truncated, length: number): string =>
  `the file ends inside this record (${t.truncated} of ${length} bytes); it is truncated` +
  (t.partial ? `; the part read was kept as a page with a warning (${CUT_OFF})` : "");

/** Passes over a record's block; `then` is what to report once it is skipped. */
export async function skipRecord(reader: ByteReader, length: number, then: ReadItem | null): Promise<ReadItem | null | Truncated> {
  const skipped = await reader.skip(length);
  return skipped < length ? { truncated: skipped } : then;
}
