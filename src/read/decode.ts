// Bytes → text. Evidence in order: byte order mark; the container's charset (HTTP header, feed's XML
// declaration); <meta> in the first bytes; an XML declaration; a later <meta>; UTF-8 validity; detection.
// A declaration the bytes plainly contradict is refused with a warning, and the next evidence is tried.
import { isUtf8 } from "node:buffer";
import type { RawPage } from "../core/types.js";
import { bomCharset, metaCharset, normaliseCharset, utf8Stats, xmlDeclCharset, type Utf8Stats } from "./charset.js";
import { decodesCleanly, detect } from "./detect.js";
import { DETECT_CONFIDENT, LATE_META_SCAN_BYTES, META_SCAN_BYTES, UTF8_MOSTLY_VALID_RATIO, UTF8_OVERRULES_AFTER } from "./settings.js";

export interface Decoded {
  text: string;
  /** The TextDecoder name actually used (WHATWG: iso-8859-1 is decoded as windows-1252). */
  charset: string;
  /** Which evidence chose it. */
  basis: string;
  warnings: DecodeWarning[];
}

/** A problem decoding ran into: a declaration refused (read/charset) or bytes replaced (read/invalid-bytes). */
export interface DecodeWarning {
  ruleId: "read/charset" | "read/invalid-bytes";
  reason: string;
}

const charsetWarning = (reason: string): DecodeWarning => ({ ruleId: "read/charset", reason });

interface Declaration {
  label: string;
  basis: string;
}

export function decodePage(page: RawPage): Decoded {
  const bytes = page.body;
  const bom = bomCharset(bytes);
  if (bom) return finish(bytes.subarray(bom.length), bom.charset, "byte order mark", []);
  const warnings: DecodeWarning[] = [];
  const stats = lazy(() => utf8Stats(bytes));
  const refused: string[] = [];
  for (const declared of declarations(page)) {
    let name = normaliseCharset(declared.label);
    if (!name) {
      warnings.push(charsetWarning(`unknown charset "${declared.label}" declared by ${declared.basis}; ignored`));
      continue;
    }
    // A <meta> can only be read because the bytes are ASCII-compatible, so it cannot really mean UTF-16.
    if (name.startsWith("utf-16") && declared.basis.includes("<meta")) name = "utf-8";
    const misfit = contradiction(bytes, page.kind, name, stats);
    if (misfit === null) return withWarnings(finish(bytes, name, `declared ${declared.label} by ${declared.basis}`, warnings), bytes);
    warnings.push(charsetWarning(`declared ${declared.label} by ${declared.basis}, but ${misfit}; ignored`));
    refused.push(declared.label);
  }
  const out = undeclared(bytes, page.kind, stats, warnings);
  if (refused.length > 0) out.basis = out.basis.replace(/^no declaration/, `the declared ${refused.join(", ")} did not fit`);
  return out;
}

/** What the container and the markup say, strongest first. */
function* declarations(page: RawPage): Generator<Declaration> {
  if (page.charset) yield { label: page.charset, basis: "the container (HTTP Content-Type, feed or JSON Lines)" };
  if (page.kind === "html") {
    const meta = metaCharset(page.body, META_SCAN_BYTES);
    if (meta) yield { label: meta.label, basis: `${meta.how} at byte ${meta.offset}` };
  }
  const xml = xmlDeclCharset(page.body);
  if (xml) yield { label: xml.label, basis: xml.how };
  if (page.kind === "html") {
    const late = metaCharset(page.body, LATE_META_SCAN_BYTES, META_SCAN_BYTES);
    if (late) yield { label: late.label, basis: `${late.how} at byte ${late.offset} (late in the page)` };
  }
}

/** What declaring `name` for these bytes gets plainly wrong, or null if the declaration is believable. */
function contradiction(bytes: Uint8Array, kind: RawPage["kind"], name: string, stats: () => Utf8Stats): string | null {
  if (name === "utf-8") {
    if (isUtf8(bytes)) return null;
    const { multibyte, invalid } = stats();
    // A few stray bytes in UTF-8 text are replaced (and counted by withWarnings); many mean another charset.
    return mostlyUtf8(stats()) ? null : `${invalid} bytes are not UTF-8 (only ${multibyte} well-formed sequences)`;
  }
  // Valid UTF-8 with real multi-byte text under a legacy label: the label is stale (the page was converted).
  if (isUtf8(bytes) && stats().multibyte >= UTF8_OVERRULES_AFTER) return `the bytes are valid UTF-8 (${stats().multibyte} multi-byte sequences)`;
  if (decodesCleanly(bytes, name)) return null;
  // Bytes a multi-byte charset cannot decode: believe detection only when it is confident of something that can.
  const guess = detect(bytes, kind);
  return guess && guess.charset !== name && guess.confidence >= DETECT_CONFIDENT && decodesCleanly(bytes, guess.charset)
    ? `the bytes do not decode as ${name} (detection says ${guess.charset}, confidence ${guess.confidence})`
    : null;
}

/** What to use when nothing (believable) is declared. */
function undeclared(bytes: Uint8Array, kind: RawPage["kind"], stats: () => Utf8Stats, warnings: DecodeWarning[]): Decoded {
  if (isUtf8(bytes)) {
    const basis = stats().multibyte === 0 ? "no declaration; the bytes are ASCII" : "no declaration; the bytes are valid UTF-8";
    return finish(bytes, "utf-8", basis, warnings);
  }
  if (mostlyUtf8(stats())) return withWarnings(finish(bytes, "utf-8", "no declaration; the bytes are mostly valid UTF-8", warnings), bytes);
  const guess = detect(bytes, kind);
  if (guess) return withWarnings(finish(bytes, guess.charset, `no declaration; detected ${guess.charset} (confidence ${guess.confidence})`, warnings), bytes);
  warnings.push(charsetWarning("no charset declared and none detected; decoded as windows-1252, the web's historical default"));
  return finish(bytes, "windows-1252", "no declaration and no detection; windows-1252 by default", warnings);
}

/**
 * UTF-8 with a few stray bytes, rather than a legacy charset: the well-formed multi-byte sequences outweigh the
 * invalid bytes. Only checked once the bytes are known not to be valid UTF-8.
 */
function mostlyUtf8({ multibyteBytes, invalid }: Utf8Stats): boolean {
  return multibyteBytes > 0 && multibyteBytes >= invalid * UTF8_MOSTLY_VALID_RATIO;
}

/** Adds a warning when decoding had to replace bytes that are not valid in the charset used. */
function withWarnings(out: Decoded, bytes: Uint8Array): Decoded {
  // U+FFFD already in the page (valid UTF-8 EF BF BD) is the page's own, not a replacement.
  const own = out.charset === "utf-8" ? occurrences(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), REPLACEMENT_UTF8) : 0;
  const bad = occurrences(out.text, "\uFFFD") - own;
  if (bad > 0) {
    out.warnings.push({
      ruleId: "read/invalid-bytes",
      reason:
        out.charset === "utf-8"
          ? `${bad} bytes are not valid UTF-8 in otherwise UTF-8 text; replaced with U+FFFD`
          : `${bad} byte sequences are not valid ${out.charset}; replaced with U+FFFD`,
    });
  }
  return out;
}

const REPLACEMENT_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);

function occurrences(haystack: string | Buffer, needle: string | Buffer): number {
  let n = 0;
  for (let i = haystack.indexOf(needle as never); i >= 0; i = haystack.indexOf(needle as never, i + 1)) n++;
  return n;
}

function finish(bytes: Uint8Array, charset: string, basis: string, warnings: DecodeWarning[]): Decoded {
  return { text: new TextDecoder(charset).decode(bytes), charset, basis, warnings };
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
