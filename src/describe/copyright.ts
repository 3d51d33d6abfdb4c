import type { HtmlDocument } from "../core/html.js";
import type { HtmlFacts } from "../core/types.js";
import { alternation, lexicon } from "../core/lexicon.js";
import { COPYRIGHT_HOLDER_MAX_CHARS, COPYRIGHT_NOTICES_MAX } from "./tuning.js";

// The name a page gives itself in its copyright line ("Copyright 2026 BBC. All rights reserved.",
// "© 1999-2024 The Taipei Times"). Cleaning drops the footer, so the lines are read from the page first.

/** HtmlFacts plus the holders named by the page's copyright lines. */
export interface PageFacts extends HtmlFacts {
  /** Holders of the page's copyright lines, in page order ("BBC", "The Taipei Times", "NYP Holdings, Inc"). */
  notices: string[];
}

// A copyright mark, a year or span of years, the holder, and the rights phrase that closes the site's own line.
let notice: RegExp | undefined;
const noticeRegex = (): RegExp =>
  (notice ??= new RegExp(
    String.raw`(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)[\s©:]*\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*` +
      String.raw`([\p{Lu}\p{N}][^.|\n©;]{0,${COPYRIGHT_HOLDER_MAX_CHARS}}?)[\s.,]*(?:${alternation(lexicon("copyright-rights"))})`,
    "gu",
  ));

/** The holders named by copyright lines in a text, in order, each once. */
export function copyrightHolders(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(noticeRegex())) {
    const holder = m[1]!.replace(/[\s,]+$/, "").trim();
    if (holder && !out.includes(holder)) out.push(holder);
    if (out.length >= COPYRIGHT_NOTICES_MAX) break;
  }
  return out;
}

/** The holders of the copyright lines in the page's body text (scripts included: some pages render it late). */
export const pageNotices = (document: HtmlDocument): string[] =>
  copyrightHolders(String((document.body ?? document.documentElement)?.textContent ?? ""));

export const noticesOf = (facts: HtmlFacts): string[] => ((facts as Partial<PageFacts>).notices ?? []);

let corporate: RegExp | undefined;

/** A holder without its legal-form words ("The New York Times Company" → "The New York Times"), and whether
 *  it had any: a company's legal name is the owner, not the name the site goes by. */
export function withoutLegalForm(holder: string): { name: string; legal: boolean } {
  corporate ??= new RegExp(`(?:[\\s,]+(?:${alternation(lexicon("corporate-suffixes"))})(?![\\p{L}\\p{N}]))+\\.?$`, "iu");
  const name = holder.replace(corporate, "").trim();
  return { name, legal: name !== holder.trim() };
}
