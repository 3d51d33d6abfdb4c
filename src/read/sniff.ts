// Decides a file's format from its first bytes (after gunzip); the file name only breaks ties.
import { lexiconFile } from "../core/lexicon.js";
import { BINARY_CONTROL_SHARE, HTML_CLOSING_TAGS } from "./settings.js";

export type Format = "warc" | "arc" | "jsonl" | "rss" | "atom" | "html" | "text";

export type Sniffed = { format: Format; basis: string } | { failure: string };

interface Signature {
  hex: string;
  offset: number;
  name: string;
}

const ACCEPTED = "not a text, HTML, JSONL, WARC or feed file";

const ARC_HEADER = /^\S[^\n]* \d{1,3}(?:\.\d{1,3}){3} \d{14} \S+ \d+\r?\n/;
const XML_PROLOG = /^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*<([A-Za-z_][\w:.-]*)/i;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;
const HTML_ROOT_TAGS = /<(?:html|body|head)[\s>]/i;
const CLOSING_TAG = /<\/[a-z][a-z0-9]*\s*>/gi;
const HTML_EXTENSIONS = /\.(?:html?|xhtml|shtml|php|aspx?|jsp)$/i;
const TEXT_EXTENSIONS = /\.(?:txt|text|md)$/i;

/** The format of a file whose first bytes are `head` (`complete` when head is the whole file). */
export function sniff(head: Uint8Array, name: string, complete: boolean): Sniffed {
  if (head.length === 0) return { failure: complete ? "empty file (0 bytes)" : "no data" };
  const signature = binarySignature(head);
  if (signature) return { failure: `binary data (${signature}), ${ACCEPTED}` };
  const text = headText(head);
  if (text.startsWith("WARC/")) return { format: "warc", basis: "starts with a WARC/ version line" };
  if (text.startsWith("filedesc://") || ARC_HEADER.test(text)) return { format: "arc", basis: "starts with an ARC header line" };
  if (controlShare(text) > BINARY_CONTROL_SHARE) return { failure: `binary data (unknown format), ${ACCEPTED}` };
  const trimmed = text.trimStart();
  if (trimmed.length === 0) return { failure: "no text: the file holds only whitespace" };
  if (trimmed.startsWith("{")) return sniffJson(trimmed, complete);
  if (trimmed.startsWith("[")) {
    return { failure: "a JSON array, not JSON Lines: write one article object per line (e.g. `jq -c '.[]' file.json`)" };
  }
  const base = name.replace(/\.gz$/i, "");
  const xmlRoot = /^<\?xml|^<rss|^<feed|^<rdf:RDF/i.test(trimmed) ? XML_PROLOG.exec(trimmed)?.[1] : undefined;
  if (xmlRoot !== undefined) {
    const root = xmlRoot.toLowerCase();
    if (root === "rss" || root === "rdf:rdf") return { format: "rss", basis: `XML root <${xmlRoot}>` };
    if (root === "feed") return { format: "atom", basis: "XML root <feed>" };
    if (root === "html") return { format: "html", basis: "XHTML root <html>" };
    return { failure: `an XML document with root <${xmlRoot}>, not an RSS or Atom feed; ${ACCEPTED}` };
  }
  if (HTML_START.test(trimmed)) return { format: "html", basis: "starts with <!doctype html> or <html>" };
  if (HTML_ROOT_TAGS.test(trimmed)) return { format: "html", basis: "has an <html>, <head> or <body> tag" };
  const closing = trimmed.match(CLOSING_TAG)?.length ?? 0;
  if (closing >= HTML_CLOSING_TAGS && !TEXT_EXTENSIONS.test(base)) {
    return { format: "html", basis: `${closing} closing tags in the first bytes` };
  }
  if (HTML_EXTENSIONS.test(base)) return { format: "html", basis: "no markup evidence either way; the file name ends in an HTML extension" };
  return { format: "text", basis: "text without markup" };
}

function sniffJson(trimmed: string, complete: boolean): Sniffed {
  const nl = trimmed.indexOf("\n");
  const first = nl < 0 ? trimmed : trimmed.slice(0, nl);
  if (nl >= 0 || complete) {
    try {
      const value: unknown = JSON.parse(first);
      if (value && typeof value === "object" && !Array.isArray(value)) return { format: "jsonl", basis: "first line is a JSON object" };
    } catch {
      // fall through: a pretty-printed JSON document or broken JSON
    }
    return { failure: "JSON that is not one object per line: write JSON Lines (e.g. `jq -c . file.json`)" };
  }
  // The first line is longer than the sniffed head: a long article object.
  return /^\{\s*"/.test(first)
    ? { format: "jsonl", basis: "starts with a JSON object longer than the sniffed bytes" }
    : { failure: "starts with '{' but is not JSON Lines" };
}

/** The head as a string for structural tests: UTF-16 decoded when it has a UTF-16 BOM, else one char per byte. */
function headText(head: Uint8Array): string {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b);
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b);
  const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  return b.toString("latin1", start);
}

/** Share of control characters other than tab, LF, VT, FF, CR and ESC (ESC starts ISO-2022 text). */
function controlShare(text: string): number {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && (c < 9 || c > 13) && c !== 0x1b) control++;
  }
  return text.length === 0 ? 0 : control / text.length;
}

let signatures: Signature[] | null = null;

function binarySignature(head: Uint8Array): string | null {
  signatures ??= lexiconFile<{ entries: Signature[] }>("binary-signatures").entries;
  for (const s of signatures) {
    const magic = Buffer.from(s.hex, "hex");
    if (head.length < s.offset + magic.length) continue;
    if (!Buffer.from(head.buffer, head.byteOffset + s.offset, magic.length).equals(magic)) continue;
    const printable = magic.every((c) => c >= 0x20 && c < 0x7f);
    // A short printable signature ("BZh", "ID3") is also how some text begins: demand binary bytes too.
    if (printable && magic.length < 4 && controlShare(headText(head)) <= BINARY_CONTROL_SHARE) continue;
    return s.name;
  }
  return null;
}
