import type { Removal } from "../core/types.js";
import { LEAD_PARAGRAPHS, TAIL_PARAGRAPHS, TEXT_HEAD_LINES, TEXT_TAIL_LINES } from "./tuning.js";

/** A line describe may read for stamps, bylines and agency marks, and where it came from (for the basis). */
export interface PageLine {
  text: string;
  where: string;
  /** True for a paragraph at the start of the cleaned body or a line at the head of a plain-text input
   *  (where datelines and "(Reuters) -" stand). */
  lead?: boolean;
  /** True for a paragraph or line closing the page (where "— AP" credits stand). */
  tail?: boolean;
  /** True for a line cleaning removed as a caption (its dates and credits belong to a photo). */
  caption?: boolean;
}

export interface LineSource {
  kind: "html" | "text";
  input: string;
  text: string;
  removed: Removal[];
}

/** The cleaned body's paragraphs. */
export const paragraphsOf = (text: string): string[] => text.split(/\n{2,}/).filter((p) => p.trim() !== "");

/**
 * The lines describe reads, in page order as far as it is known: for plain text the head of the input
 * (so stamps and bylines are found whatever cleaning did with them), then the removed lines, then the
 * first and last paragraphs of the body, then the tail of the input. Repeated lines are kept once.
 */
export function pageLines(doc: LineSource): PageLine[] {
  const seen = new Map<string, PageLine>();
  const add = (text: string, where: string, flags: { lead?: boolean; tail?: boolean; caption?: boolean } = {}): void => {
    const key = text.trim();
    if (!key) return;
    const known = seen.get(key);
    if (!known) seen.set(key, { text, where, ...flags });
    else {
      if (flags.caption) known.caption = true;
      // The same line met again (an input line that is also the first paragraph): keep both positions.
      if (flags.lead) known.lead = true;
      if (flags.tail) known.tail = true;
    }
  };
  const inputLines = doc.kind === "text" ? doc.input.split(/\r?\n/) : [];
  const nonEmpty = inputLines.map((t, i) => ({ t, n: i + 1 })).filter((l) => l.t.trim() !== "");
  for (const l of nonEmpty.slice(0, TEXT_HEAD_LINES)) add(l.t, `input line ${l.n}`, { lead: true });
  for (const r of doc.removed) {
    const caption = /caption/.test(r.ruleId);
    for (const line of r.text.split(/\r?\n/)) add(line, `removed ${r.line !== undefined ? `line ${r.line} ` : ""}(${r.ruleId})`, { caption });
  }
  const paragraphs = paragraphsOf(doc.text);
  paragraphs.slice(0, LEAD_PARAGRAPHS).forEach((p, i) => add(p, `text paragraph ${i + 1}`, { lead: true }));
  const tailFrom = Math.max(LEAD_PARAGRAPHS, paragraphs.length - TAIL_PARAGRAPHS);
  paragraphs.slice(tailFrom).forEach((p, i) => add(p, `text paragraph ${tailFrom + i + 1}`, { tail: true }));
  for (const l of nonEmpty.slice(Math.max(TEXT_HEAD_LINES, nonEmpty.length - TEXT_TAIL_LINES))) {
    add(l.t, `input line ${l.n}`, { tail: true });
  }
  return [...seen.values()];
}

/** The cleaned body's paragraphs with their offsets in the text. */
export function paragraphSpans(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ start: m.index, text: m[0] });
  return out;
}
