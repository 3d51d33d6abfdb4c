import { htmlTuning } from "./html-tuning.js";

// Removals are recorded in a bounded way: one per dropped block, with a short excerpt of its text.

export const EXCERPT_CHARS = htmlTuning.excerptChars;

/** The block's text, whitespace collapsed, cut at EXCERPT_CHARS with an ellipsis. */
export function excerpt(text: string): string {
  const flat = text.replace(/[\s\u00a0\u200b]+/g, " ").trim();
  return flat.length <= EXCERPT_CHARS ? flat : `${flat.slice(0, EXCERPT_CHARS - 1)}…`;
}
