// Charset detection for pages whose declarations are missing or refused (chardet, on the page's text).
import chardet from "chardet";
import type { RawPage } from "../core/types.js";
import { normaliseCharset } from "./charset.js";
import { DETECT_SAMPLE_BYTES } from "./settings.js";

export interface Guess {
  charset: string;
  /** chardet's confidence, 0–100. */
  confidence: number;
}

/** chardet's best guess other than UTF-8 (already ruled out) that TextDecoder supports. */
export function detect(bytes: Uint8Array, kind: RawPage["kind"]): Guess | null {
  const head = bytes.subarray(0, DETECT_SAMPLE_BYTES);
  for (const match of chardet.analyse(detectionSample(head, kind))) {
    if (match.name === "UTF-8" || match.name === "ASCII" || /^UTF-(16|32)/.test(match.name)) continue;
    const charset = normaliseCharset(match.name);
    if (charset && decodesCleanly(head, charset, true)) return { charset, confidence: match.confidence };
  }
  return null;
}

const MARKUP_NOISE = /<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->/gi;
const TAG = /<[^>]*>/g;

/**
 * For HTML, the text between tags: chardet's language models are misled by kilobytes of ASCII markup
 * (Polish windows-1250 pages come out as windows-1252 otherwise). Latin-1 keeps bytes one-to-one.
 */
function detectionSample(head: Uint8Array, kind: RawPage["kind"]): Uint8Array {
  if (kind !== "html") return head;
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString("latin1").replace(MARKUP_NOISE, " ").replace(TAG, " ");
  return /[\x80-\xff]/.test(text) ? Buffer.from(text, "latin1") : head;
}

/** True when the bytes decode without error (`partial`: a sample may end inside a multi-byte character). */
export function decodesCleanly(bytes: Uint8Array, charset: string, partial = false): boolean {
  try {
    new TextDecoder(charset, { fatal: true }).decode(bytes, { stream: partial });
    return true;
  } catch {
    return false;
  }
}

