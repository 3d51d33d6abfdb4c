// One captured HTTP response (a WARC `response` or ARC record) → a page, or nothing when it is not an article.
import type { ReadItem } from "../core/types.js";
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

/** How many bytes of a record were there when the stream ended inside it. */
export type Truncated = { truncated: number };

/** Passes over a record's block; `then` is what to report once it is skipped. */
export async function skipRecord(reader: ByteReader, length: number, then: ReadItem | null): Promise<ReadItem | null | Truncated> {
  const skipped = await reader.skip(length);
  return skipped < length ? { truncated: skipped } : then;
}
