// The HTTP message inside a WARC/ARC response record: status, headers, and the payload with transfer and
// content codings undone.
import { inflateBody, type Coding } from "./gzip.js";

export type Headers = Map<string, string>;

export interface HttpHead {
  status: number | null;
  headers: Headers;
  /** Offset of the first payload byte in the block. */
  bodyStart: number;
}

const STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/;

/** Header lines ("Name: value", folded continuations joined) into a map keyed by lower-cased name. */
export function parseHeaderLines(lines: readonly string[]): Headers {
  const headers: Headers = new Map();
  let last: string | null = null;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last) ?? ""} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    // Repeated headers are joined as HTTP allows; the first Content-Type is what browsers use.
    const prior = headers.get(last);
    headers.set(last, prior === undefined ? value : last === "content-type" ? prior : `${prior}, ${value}`);
  }
  return headers;
}

/** The status line and headers at the start of `block`, or null when it is not an HTTP response. */
export function parseHttpHead(block: Buffer): HttpHead | null {
  if (!block.subarray(0, 5).equals(Buffer.from("HTTP/"))) return null;
  const crlf = block.indexOf("\r\n\r\n");
  const lf = block.indexOf("\n\n");
  let end: number;
  let sep: number;
  if (crlf >= 0 && (lf < 0 || crlf < lf)) [end, sep] = [crlf, 4];
  else if (lf >= 0) [end, sep] = [lf, 2];
  else [end, sep] = [block.length, 0]; // headers only, no payload
  const lines = block.toString("latin1", 0, end).split(/\r?\n/);
  const status = STATUS_LINE.exec(lines[0] ?? "");
  return { status: status ? Number(status[1]) : null, headers: parseHeaderLines(lines.slice(1)), bodyStart: end + sep };
}

/** "text/html; charset=UTF-8" → mime and charset (charset null when absent or empty). */
export function parseContentType(value: string | undefined): { mime: string; charset: string | null } {
  if (!value) return { mime: "", charset: null };
  const [mime = "", ...params] = value.split(";");
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(p);
    if (m?.[1]) charset = m[1];
  }
  return { mime: mime.trim().toLowerCase(), charset };
}

export const isHtmlMime = (mime: string): boolean => mime === "text/html" || mime === "application/xhtml+xml";

/** A chunked body decoded, or null when it does not follow the chunked format (stored already decoded). */
export function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const eol = body.indexOf("\n", pos);
    if (eol < 0) return null;
    const sizeText = body.toString("latin1", pos, eol).trim().split(";")[0] ?? "";
    if (!/^[0-9a-fA-F]{1,8}$/.test(sizeText)) return null;
    const size = parseInt(sizeText, 16);
    if (size === 0) return Buffer.concat(parts);
    const start = eol + 1;
    if (start + size > body.length) return null;
    parts.push(body.subarray(start, start + size));
    pos = start + size;
    if (body[pos] === 13) pos++;
    if (body[pos] === 10) pos++;
    if (pos >= body.length) return Buffer.concat(parts); // last-chunk missing: keep what was there
  }
}

const CODINGS: Record<string, Coding> = { gzip: "gzip", "x-gzip": "gzip", deflate: "deflate", br: "br" };

/**
 * The payload as the server meant it: de-chunked when Transfer-Encoding says chunked and the bytes really
 * are chunked (crawlers often store the decoded body but keep the header), then content-decoded.
 */
export function httpPayload(headers: Headers, raw: Buffer, maxBytes: number): { body: Buffer } | { problem: string } {
  let body = raw;
  if (/chunked/i.test(headers.get("transfer-encoding") ?? "")) body = dechunk(raw) ?? raw;
  const codings = (headers.get("content-encoding") ?? "").toLowerCase().split(",").map((c) => c.trim());
  for (const name of codings.reverse()) {
    const coding = CODINGS[name];
    if (!coding) continue; // identity, or a coding we cannot undo: leave the bytes
    if (coding === "gzip" && !(body[0] === 0x1f && body[1] === 0x8b)) continue; // stored already decoded
    const out = inflateBody(body, coding, maxBytes);
    if ("problem" in out) {
      if (looksDecoded(body)) continue;
      return out;
    }
    body = out.body;
  }
  return { body };
}

/** A body that starts like markup was stored decoded despite its Content-Encoding header. */
function looksDecoded(body: Buffer): boolean {
  const first = body.toString("latin1", 0, 64).trimStart()[0];
  return first === "<";
}
