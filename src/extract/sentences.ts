import type { Dateline } from "../core/types.js";
import { findDateline } from "../describe/dateline.js";
import { periodEndsSentence } from "./sentences-breaks.js";
import type { Sentence } from "./types.js";

// Sentences of the cleaned text. A blank line (paragraph break) always ends a sentence; a single line break
// does unless the next line goes on in lower case (a hard-wrapped line). Inside a paragraph a sentence ends
// at . ! ? or an ellipsis (with any closing quotes and brackets after it) followed by space and a capital,
// digit or opening quote — unless the period belongs to an abbreviation or an initial. A quotation is not
// special: `"… treaty," she said.` has no break inside, and a quotation of several sentences is several
// sentences. The dateline that opens wire copy ("MOSCOW, February 10. /TASS/.") belongs to no sentence.

const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g;
const LINE_BREAK = /\n(?=[ \t]*[^\s\p{Ll}])/gu;
// Terminal punctuation, closing quotes/brackets, then whitespace.
const BOUNDARY = /(\.{3}|…|[.!?]+)(["”’»)\]]*)(\s+)/g;
const OPENS_SENTENCE = /[\p{Lu}\p{N}“"‘'«(\[¿¡]/u;
// What may be left between a dateline and the first word: dashes, dots, colons, spaces.
const DATELINE_TAIL = /^[\s\-–—:.]*/;

let lastDateline: { text: string; dateline: Dateline | null } | null = null;

/** The dateline opening the text (kept for the last text: the mention finder asks for it again). */
export function datelineOf(text: string): Dateline | null {
  if (lastDateline?.text !== text) lastDateline = { text, dateline: findDateline(text)?.dateline ?? null };
  return lastDateline.dateline;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const dateline = datelineOf(text);
  let paragraph = 0;
  let from = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (;;) {
    const m = PARAGRAPH_BREAK.exec(text);
    const to = m ? m.index : text.length;
    let start = from;
    if (dateline && dateline.start >= from && dateline.end <= to && text.slice(from, dateline.start).trim() === "") {
      start = dateline.end + (DATELINE_TAIL.exec(text.slice(dateline.end, to))?.[0].length ?? 0);
    }
    if (text.slice(start, to).trim() !== "") {
      splitParagraph(text, start, to, paragraph, out);
      paragraph++;
    }
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

function splitParagraph(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  const block = text.slice(from, to);
  let lineStart = 0;
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    const m = LINE_BREAK.exec(block);
    const lineEnd = m ? m.index : block.length;
    splitLine(text, from + lineStart, from + lineEnd, paragraph, out);
    if (!m) break;
    lineStart = m.index + 1;
  }
}

function splitLine(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let start = from;
  BOUNDARY.lastIndex = from;
  for (;;) {
    const m = BOUNDARY.exec(text);
    if (!m || m.index >= to) break;
    const end = m.index + m[1]!.length + m[2]!.length;
    const next = end + m[3]!.length;
    if (next >= to) break;
    if (!OPENS_SENTENCE.test(text[next]!)) continue;
    if (m[1] === "." && m[2] === "" && !periodEndsSentence(text, m.index, next)) continue;
    push(text, start, end, paragraph, out);
    start = next;
  }
  push(text, start, to, paragraph, out);
}

function push(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}
