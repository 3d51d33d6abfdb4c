// Charset evidence in the bytes themselves: byte order marks, <meta> and XML declarations, UTF-8 validity,
// and label normalisation to the names Node's TextDecoder knows (the WHATWG Encoding Standard).
import { lexiconFile } from "../core/lexicon.js";

let aliases: Map<string, string> | null = null;

function decoderName(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** A declared label as a TextDecoder encoding name ("latin1" → windows-1252, "x-sjis" → shift_jis), or null. */
export function normaliseCharset(label: string): string | null {
  const clean = label.trim().replace(/^["']+|["';,.]+$/g, "").toLowerCase();
  if (clean.length === 0) return null;
  aliases ??= new Map(lexiconFile<{ entries: { label: string; charset: string }[] }>("charset-aliases").entries.map((e) => [e.label, e.charset]));
  const spelled = clean.replace(/_/g, "-");
  const candidates = [
    clean,
    spelled,
    spelled.replace(/^(?:win|windows|cp|ms)-?(12\d\d|874)$/, "windows-$1"),
    spelled.replace(/^iso-?8859-?(\d+)$/, "iso-8859-$1"),
    spelled.replace(/^([a-z]+)-(\d+)$/, "$1$2"), // latin-1 → latin1
    aliases.get(clean),
    aliases.get(spelled),
  ];
  for (const c of candidates) {
    const name = c ? decoderName(c) : null;
    // "replacement" is WHATWG's sink for dangerous labels (iso-2022-kr …); it decodes nothing useful.
    if (name && name !== "replacement") return name;
  }
  return null;
}

/** The charset a byte order mark states, and the mark's length. */
export function bomCharset(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", length: 2 };
  return null;
}

export interface Declared {
  label: string;
  offset: number;
  /** Which markup said it. */
  how: string;
}

const COMMENT = /<!--[\s\S]*?-->/g;
const META_TAG = /<meta\b[^>]*>/gi;
const META_CHARSET = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i;

/** The first `<meta charset>` or `<meta http-equiv=content-type content="…; charset=…">` in the first `limit` bytes. */
export function metaCharset(bytes: Uint8Array, limit: number, from = 0): Declared | null {
  // Comments are blanked, not removed, so offsets stay true.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, limit))
    .toString("latin1")
    .replace(COMMENT, (c) => " ".repeat(c.length));
  META_TAG.lastIndex = from;
  for (let m = META_TAG.exec(head); m; m = META_TAG.exec(head)) {
    const found = META_CHARSET.exec(m[0]);
    if (found?.[1]) {
      const how = /http-equiv/i.test(m[0]) ? "<meta http-equiv=content-type>" : "<meta charset>";
      return { label: found[1], offset: m.index, how };
    }
  }
  return null;
}

const XML_DECL = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/;

/** The encoding of an XML declaration at the start of the bytes. */
export function xmlDeclCharset(bytes: Uint8Array): Declared | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString("latin1");
  const m = XML_DECL.exec(head);
  return m?.[1] ? { label: m[1], offset: 0, how: "the XML declaration" } : null;
}

export interface Utf8Stats {
  /** Well-formed sequences of two to four bytes. */
  multibyte: number;
  /** Bytes inside those sequences (a three-byte sequence counts three). */
  multibyteBytes: number;
  /** Bytes that are not part of any well-formed sequence. */
  invalid: number;
}

/** How UTF-8-like the bytes are (a sequence cut by the end of the bytes counts as invalid). */
export function utf8Stats(b: Uint8Array): Utf8Stats {
  let multibyte = 0;
  let multibyteBytes = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    let ok = n > 0;
    for (let k = 1; ok && k <= n; k++) ok = i + k < b.length && (b[i + k]! & 0xc0) === 0x80;
    // Overlongs and surrogates: E0 needs A0–BF next, ED 80–9F, F0 90–BF, F4 80–8F.
    if (ok && n >= 2) {
      const d = b[i + 1]!;
      ok = !(c === 0xe0 && d < 0xa0) && !(c === 0xed && d > 0x9f) && !(c === 0xf0 && d < 0x90) && !(c === 0xf4 && d > 0x8f);
    }
    if (ok) {
      multibyte++;
      multibyteBytes += n + 1;
      i += n + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, multibyteBytes, invalid };
}
