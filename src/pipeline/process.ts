import { createDoc, message, type Ctx, type Doc, type StageFn } from "../core/doc.js";
import { parseHtml } from "../core/html.js";
import type { RawPage } from "../core/types.js";
import { decodePage } from "../read/decode.js";
import { cleanText } from "../clean/text.js";
import { cleanHtml } from "../clean/html.js";
import { collectHtmlFacts } from "../describe/html-facts.js";
import { describe } from "../describe/describe.js";
import { extract, qualify } from "../extract/extract.js";
import { inferDate } from "../link/date-stage.js";

// The per-document stages, in order. Each is (doc, ctx) => doc.

/** bytes → text. The raw bytes are dropped afterwards: only the decoded page travels on. */
const decode: StageFn = (doc) => {
  const page: RawPage = {
    source: doc.source, url: doc.url, kind: doc.kind, body: doc.body ?? new Uint8Array(),
    charset: doc.charset?.name ?? null, crawledAt: doc.crawledAt, given: doc.given,
  };
  const decoded = decodePage(page);
  doc.input = decoded.text;
  doc.charset = { name: decoded.charset, basis: decoded.basis };
  for (const w of decoded.warnings) message(doc, "read", w.ruleId, w.reason);
  doc.body = null;
  return doc;
};

/**
 * Page furniture out, body in. For HTML the page's own statements about itself (meta tags, JSON-LD) are
 * collected first, because main-content extraction rewrites the DOM it reads.
 */
const clean: StageFn = (doc) => {
  if (doc.kind === "html") {
    const dom = parseHtml(doc.input);
    const facts = collectHtmlFacts(dom);
    doc.data.htmlFacts = facts;
    // a page saved to disk still says where it lived: its canonical address lets exports be matched by URL
    doc.url ??= pageAddress(facts.canonical ?? facts.meta["og:url"]?.[0] ?? null);
    const out = cleanHtml(dom, doc.url);
    doc.text = out.text;
    doc.removed = out.removed;
  } else {
    const out = cleanText(doc.input);
    doc.text = out.text;
    doc.removed = out.removed;
    doc.data.clean = { title: out.title };
  }
  if (!doc.text.trim()) message(doc, "clean", "clean/empty", "no article text left after cleaning");
  return doc;
};

const pageAddress = (url: string | null): string | null => (url && /^https?:\/\/[^\s/]+\.[^\s/]+/i.test(url) ? url : null);

export const stages: [string, StageFn][] = [
  ["decode", decode],
  ["clean", clean], // needs the decoded page
  ["describe", describe], // reads the cleaned text, the removed lines and the HTML facts
  ["extract", extract], // sentences, mentions, times, statements with speakers: needs the text and the date
  ["infer-date", inferDate], // undated documents: needs the mentions (offices) and time words
  ["qualify", qualify], // said_on and stance: needs the (possibly inferred) date
];

/** Milliseconds spent in each stage, summed over the documents processed with the same record. */
export type StageTimings = Record<string, number>;

/** A clock in milliseconds: wall time by default; a benchmark may count CPU time instead. */
export type Clock = () => number;

export const wallClock: Clock = () => performance.now();

/**
 * The processed document without what only the stages read: the decoded page (as large as the page itself) and the
 * facts of its markup. What a worker thread sends back, and what waits in a store batch: cloning them was most of
 * what crossed between the threads, and with 64 whole HTML documents waiting to be stored a one-thread ingest of
 * trafilatura-eval peaked at 662 MB (333 MB without them).
 */
export function withoutWorkingData(doc: Doc): Doc {
  const { htmlFacts: _facts, ...data } = doc.data;
  return { ...doc, input: "", data };
}

/** Run every stage over one page; with `timings`, each stage's time by `clock` is added to its entry. */
export function processPage(page: RawPage, ctx: Ctx, hash?: string, timings?: StageTimings, clock: Clock = wallClock): Doc {
  let doc = createDoc(page, hash);
  if (!timings) {
    for (const [, stage] of stages) doc = stage(doc, ctx);
    return doc;
  }
  for (const [name, stage] of stages) {
    const started = clock();
    doc = stage(doc, ctx);
    timings[name] = (timings[name] ?? 0) + clock() - started;
  }
  return doc;
}
