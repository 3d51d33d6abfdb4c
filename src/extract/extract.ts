import { message, type Ctx, type Doc, type StageFn } from "../core/doc.js";
import { readLanguage } from "./language.js";
import { splitSentences } from "./sentences.js";
import { findMentions } from "./mentions.js";
import { findTimes } from "./times.js";
import { findStatements, type DraftStatement } from "./statements.js";
import { saidOnStatements } from "./said-on-statements.js";
import { stanceOf } from "./stance.js";
import { findEvents } from "./events.js";
import type { TimeAnchor } from "./time-anchor.js";
import type { Extraction, Mention, Sentence, Statement, TimeRef } from "./types.js";

/** What the extract stage leaves in doc.data.extract before statements are dated and judged. */
export interface Draft {
  sentences: Sentence[];
  mentions: Mention[];
  times: TimeRef[];
  drafts: DraftStatement[];
}

/** The anchor time expressions are read against: a stated date (never the crawler's) and the dateline. */
export function anchorOf(doc: Doc): TimeAnchor {
  const p = doc.meta.published;
  return { published: p.date && !p.crawl ? p : null, dateline: doc.meta.dateline };
}

/** Paragraphs back that a statement pointing back ("the issue") may find what it refers to. */
const REFERRED_PARAGRAPHS = 1;

const dateOf = (doc: Doc): string | null => (doc.meta.published.crawl ? null : doc.meta.published.date);

/** Sentences, mentions, time expressions and the statements with their speakers. */
export function draftExtraction(doc: Doc, ctx: Ctx): Draft {
  const text = doc.text;
  const sentences = splitSentences(text);
  const mentions = findMentions(text, sentences, { pack: ctx.pack, date: dateOf(doc) });
  const times = findTimes(text, anchorOf(doc));
  const drafts = findStatements(text, sentences, mentions, { pack: ctx.pack, date: dateOf(doc), times });
  return { sentences, mentions, times, drafts };
}

/** The language a document's text reads as when it is not English (language.ts); undefined for English. */
export const notEnglish = (doc: Doc): string | undefined => doc.data.notEnglish as string | undefined;

export const extract: StageFn = (doc, ctx) => {
  const language = readLanguage(doc.text);
  if (!language.english) {
    message(doc, "extract", "extract/not-english", `not read for statements: the text is not English (${language.reason}), and the lexicons that find speakers and statements are English`);
    // nothing is looked for: no names, statements or events
    doc.data.draft = { sentences: [], mentions: [], times: [], drafts: [] } satisfies Draft;
    doc.data.notEnglish = language.language ?? "another language";
    return doc;
  }
  doc.data.draft = draftExtraction(doc, ctx);
  return doc;
};

/**
 * What a statement may refer back to when its own sentence names nothing, nearest first: the same speaker's
 * previous statement and the sentence before it, in this or the previous paragraph.
 */
function referredBefore(d: Draft, i: number): string[] {
  const s = d.drafts[i]!;
  const here = d.sentences[s.sentence];
  if (!here) return [];
  const out: string[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const p = d.drafts[k]!;
    if (p.speaker.entity.key !== s.speaker.entity.key) continue;
    const gap = here.paragraph - (d.sentences[p.sentence]?.paragraph ?? -9);
    if (gap >= 0 && gap <= REFERRED_PARAGRAPHS) out.push(p.text);
    break;
  }
  const prev = d.sentences[s.sentence - 1];
  if (prev && here.paragraph - prev.paragraph <= REFERRED_PARAGRAPHS) out.push(prev.text);
  return out;
}

/** Each statement gets when it was said and its stance on the issue. */
export const qualify: StageFn = (doc, ctx) => {
  const d = doc.data.draft as Draft;
  const dates = saidOnStatements(d.drafts, { sentences: d.sentences, times: d.times, mentions: d.mentions, anchor: anchorOf(doc) });
  const statements: Statement[] = d.drafts.map((s, i) => ({
    ...s,
    saidOn: dates[i]!,
    stance: stanceOf({ text: s.text, sentence: d.sentences[s.sentence]?.text, before: referredBefore(d, i), cue: s.cue.text, kind: s.kind }, ctx.pack),
  }));
  const events = notEnglish(doc) ? [] : findEvents({ text: doc.text, sentences: d.sentences, mentions: d.mentions, times: d.times, anchor: anchorOf(doc), pack: ctx.pack });
  const extraction: Extraction = { sentences: d.sentences, mentions: d.mentions, times: d.times, statements, events };
  doc.data.extract = extraction;
  delete doc.data.draft;
  return doc;
};
