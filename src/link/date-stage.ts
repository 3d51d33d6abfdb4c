import type { StageFn } from "../core/doc.js";
import { draftExtraction, notEnglish, type Draft } from "../extract/extract.js";
import { inferPublished } from "./infer-date.js";

/**
 * A document that states no full date gets one inferred from what it names (offices held, weekdays, dated
 * events). The drafts are then made again against the new date: bare titles ("the Kremlin spokesman") name whoever
 * held the office then, and time words are read against it. A text not in English is left as it is.
 */
export const inferDate: StageFn = (doc, ctx) => {
  const p = doc.meta.published;
  if (p.date && p.precision === "day" && !p.crawl) return doc;
  // a text not in English was not read: its words give no date the English lexicons can tell
  if (notEnglish(doc)) return doc;
  const d = doc.data.draft as Draft;
  const inferred = inferPublished({
    text: doc.text,
    published: p.date && !p.crawl ? p : null,
    dateline: doc.meta.dateline,
    sentences: d.sentences,
    mentions: d.mentions,
    times: d.times,
    pack: ctx.pack,
    crawledAt: doc.crawledAt,
  });
  if (!inferred) return doc;
  doc.meta.published = inferred;
  doc.data.draft = draftExtraction(doc, ctx);
  return doc;
};
