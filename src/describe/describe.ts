import { message, type Ctx, type Doc } from "../core/doc.js";
import { findAuthors } from "./authors.js";
import { parseRef } from "./calendar.js";
import { findDateline } from "./dateline.js";
import { findLanguage } from "./language.js";
import { pageLines } from "./lines.js";
import { findOutlet } from "./outlet.js";
import { findPublished } from "./published.js";
import { findTitle } from "./title.js";

/** What text cleaning hands over in `doc.data.clean`. */
interface CleanData {
  title?: string | null;
}

/**
 * The describe stage: title, outlet, published date, dateline, authors and language from the cleaned text,
 * the removed lines, the HTML facts, the address and what the container stated.
 */
export function describe(doc: Doc, _ctx: Ctx): Doc {
  const facts = doc.data.htmlFacts ?? null;
  const lines = pageLines(doc);
  // The capture date bounds every stated date; without one, the moment of processing does.
  const ref = parseRef(doc.crawledAt) ?? new Date();
  const found = findDateline(doc.text);
  const dateline = found?.dateline ?? null;
  const clean = (doc.data.clean ?? null) as CleanData | null;
  const language = findLanguage(facts);

  doc.meta = {
    title: findTitle({ kind: doc.kind, facts, url: doc.url, cleanTitle: clean?.title ?? null, removed: doc.removed, given: doc.given, lines }),
    outlet: findOutlet({ lines, dateline, facts, given: doc.given, url: doc.url, hostNamesOutlet: doc.kind === "html" || doc.crawledAt !== null }),
    published: findPublished({ lines, facts, url: doc.url, given: doc.given, crawledAt: doc.crawledAt, dateline, ref }),
    dateline,
    authors: findAuthors(facts, doc.given, lines),
    language: language?.value ?? null,
  };

  if (found) {
    message(doc, "describe", found.ruleId, `dateline "${dateline!.raw}"`, "info", { start: dateline!.start, end: dateline!.end });
  }
  const published = doc.meta.published;
  if (published.crawl) {
    message(doc, "describe", "describe/crawl-date-only", "no stated date: the published date is the capture date");
  } else if (published.date === null) {
    const partial = dateline && dateline.month !== null && dateline.year === null;
    message(doc, "describe", "describe/no-date", partial ? `only the dateline's "${dateline.raw}" without a year` : "no date stated", "info");
  }
  if (!doc.meta.title) message(doc, "describe", "describe/no-title", "no headline found");
  return doc;
}
