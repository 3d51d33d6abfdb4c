import type { Fact, Given, HtmlFacts, Removal } from "../core/types.js";
import type { PageLine } from "./lines.js";
import { textHeadline } from "./text-headline.js";
import { htmlTitle } from "./title-html.js";
import { notTitleReason, squash } from "./title-checks.js";
import { TITLE_MIN_WORDS } from "./tuning.js";

export interface TitleInput {
  kind: "html" | "text";
  facts: HtmlFacts | null;
  url: string | null;
  /** The headline the text cleaner found, when it ran. */
  cleanTitle: string | null;
  removed: Removal[];
  given: Given;
  lines: PageLine[];
}

/**
 * The headline. HTML: chosen among og:title, JSON-LD headline, h1, twitter:title and <title> (title-html.ts).
 * Text: the cleaner's headline, a line removed as the headline, the container's title, else the first
 * line at the head of the input that reads as a headline. Never an error banner or a menu label.
 */
export function findTitle(input: TitleInput): Fact<string> | null {
  if (input.kind === "html" && input.facts) {
    const found = htmlTitle(input.facts, input.url);
    if (found) return found;
  }
  const accept = (value: string | null | undefined): string | null =>
    value && notTitleReason(value, TITLE_MIN_WORDS) === null ? squash(value) : null;
  const clean = accept(input.cleanTitle);
  if (clean) return { value: clean, basis: "headline found by text cleaning", ruleId: "title/clean" };
  for (const r of input.removed) {
    const removed = r.ruleId.endsWith("/headline") ? accept(r.text) : null;
    if (removed) return { value: removed, basis: `line removed as the headline (${r.ruleId})`, ruleId: "title/removed-headline" };
  }
  const given = accept(input.given.title);
  if (given) return { value: given, basis: "title stated by the container", ruleId: "title/given" };
  if (input.kind === "text") return textHeadline(input.lines);
  return null;
}
