import { SpanIndex } from "../core/span-index.js";
import { lexiconFile } from "../core/lexicon.js";
import type { Candidate } from "./quotes-direct.js";
import type { Quote } from "./quotes.js";
import { opensSentence } from "./quotes-direct.js";
import { mentionLead, quoteAround, sentenceAt, type Scene } from "./quotes-scene.js";
import { trimSpan } from "./quotes-spans.js";
import { CONTINUATION_PARAGRAPHS, MIN_SPAN_WORDS, QUOTE_RUN_PARAGRAPHS, SPEECH_WORDS } from "./quotes-tuning.js";
import type { Speaker } from "./speakers.js";
import { addTo } from "../core/multimap.js";

// Refiners: they take the whole list of candidates with their speakers and merge, cut, drop.

export type Resolved = Candidate & { speaker: Speaker };

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** A quotation that stands as its own sentence(s) and that no attribution claimed continues the last speaker. */
export function continuations(scene: Scene, found: Resolved[], proposed: Candidate[]): Resolved[] {
  const used = new Set(found.flatMap((c) => (c.quote ? [c.quote] : [])));
  const out: Resolved[] = [];
  const attributed = new Map(found.flatMap((c) => (c.quote && c.ruleId === "direct/quote-then-cue" ? [[c.quote, c] as const] : [])));
  for (const [at, q] of scene.quotes.entries()) {
    if (used.has(q) || !opensSentence(scene, q)) continue;
    // "“… prevent the evacuation of …”": a quotation opening with an ellipsis is an excerpt of a text.
    if (/^(?:…|\.\.\.)/.test(scene.text.slice(q.start, q.end))) continue;
    const s = sentenceAt(scene, q.close === -1 ? q.end - 1 : q.close);
    if (s < 0) continue;
    if (q.close !== -1 && scene.text.slice(q.close + 1, scene.sentences[s]!.end).replace(/[.!?…\s]/g, "") !== "") continue;
    // A quotation left open at its paragraph's end runs on into the next paragraphs (wire style): the
    // attribution that closes the run is its speaker's ("“… ¶ “…,” Simmons concluded.").
    const closer = q.close === -1 ? runClosedBy(scene, at, attributed) : null;
    if (closer) {
      out.push({
        ...closer, kind: "direct", start: q.start, end: q.end, sentence: sentenceAt(scene, q.start), quote: q, target: false,
        ruleId: "direct/continuation", speaker: { ...closer.speaker, ruleId: "speaker/continued-run" }, saidAt: undefined,
      });
      continue;
    }
    let last: Resolved | null = null;
    for (const c of [...found, ...out]) if (c.start < q.start && (!last || c.start > last.start)) last = c;
    if (!last) continue;
    // Someone else's words in between, whose speaker nobody could name, stop the chain too.
    const taken = new Set([...used, ...out.flatMap((c) => (c.quote ? [c.quote] : []))]);
    if (scene.quotes.some((o) => o.start > last!.end && o.start < q.start && !taken.has(o) && (opensSentence(scene, o) || words(scene.text.slice(o.start, o.end)) >= SPEECH_WORDS))) continue;
    // An attribution right before whose speaker nobody could name ("…," he told …) stops the chain.
    // (A verb inside a quotation is the quoted words, not an attribution.)
    if (proposed.some((c) => c.start > last!.start && c.start < q.start && !quoteAround(scene, c.cue.start) && !found.some((f) => f.start === c.start && f.end === c.end))) continue;
    // Across a paragraph break only from the paragraph right before, and only a quotation that is its
    // paragraph's only sentence(s): the next paragraph of the same speaker's words.
    const gap = q.paragraph - scene.sentences[last.sentence]!.paragraph;
    if (gap > CONTINUATION_PARAGRAPHS || (gap > 0 && !wholeParagraph(scene, q))) continue;
    out.push({
      ...last, kind: "direct", start: q.start, end: q.end, sentence: sentenceAt(scene, q.start), quote: q, target: false,
      ruleId: "direct/continuation", speaker: { ...last.speaker, ruleId: "speaker/continued" }, saidAt: undefined,
    });
  }
  return out;
}

/** The attributed quotation that ends a run of quotations, each opening the next paragraph, after quotation `at`. */
function runClosedBy(scene: Scene, at: number, attributed: Map<Quote, Resolved>): Resolved | null {
  let prev = scene.quotes[at]!;
  for (let i = at + 1; i < scene.quotes.length && i <= at + QUOTE_RUN_PARAGRAPHS; i++) {
    const n = scene.quotes[i]!;
    if (n.paragraph !== prev.paragraph + 1 || !opensParagraph(scene, n)) return null;
    const owner = attributed.get(n);
    if (owner) return owner;
    if (n.close !== -1) return null;
    prev = n;
  }
  return null;
}

/** The quotation's opening mark is the first thing in its paragraph. */
function opensParagraph(scene: Scene, q: Quote): boolean {
  if (q.open === -1) return true;
  const s = scene.sentences[sentenceAt(scene, q.open)];
  return !!s && scene.sentences[sentenceAt(scene, q.open) - 1]?.paragraph !== s.paragraph && scene.text.slice(s.start, q.open).trim() === "";
}

/** The quotation is all its paragraph holds (marks and final punctuation aside). */
function wholeParagraph(scene: Scene, q: Quote): boolean {
  const inPara = scene.sentences.filter((s) => s.paragraph === q.paragraph);
  if (inPara.length === 0) return false;
  const from = inPara[0]!.start;
  const to = inPara[inPara.length - 1]!.end;
  return scene.text.slice(from, q.start).replace(/[“"„«‘\s]/g, "") === "" && scene.text.slice(q.end, to).replace(/[”"»’.!?…\s]/g, "") === "";
}

/**
 * Reported speech inside a quotation, or inside another speaker's reported clause ("he says that she said …"),
 * is that speaker's own account, not a statement of the text.
 */
export function dropNested(scene: Scene, list: Resolved[]): Resolved[] {
  const quoted = new Set(list.flatMap((c) => (c.kind === "direct" && c.quote ? [c.quote] : [])));
  // Only clauses outside quotation marks hold other speech: a "said" inside a quotation is the quoted words.
  const clauses = new SpanIndex(list.filter((c) => (c.ruleId === "indirect/that" || c.ruleId === "indirect/bare") && !quoteAround(scene, c.cue.start)));
  return list.filter((c) => {
    // "While the Conservatives have said …, Rachel Reeves has pledged …": a subject after a comma opens a
    // clause of its own (the span before it is cut later), it is not speech inside the other clause.
    // So does one after a comma and a connective: "…, while the Arab League condemned …".
    const own = c.anchor && ownClause().test(scene.text.slice(Math.max(0, c.anchor.mention.start - 24), mentionLead(scene.text, c.anchor.mention)));
    if (!own && clauses.near(c.cue.start, c.cue.start + 1).some((o) => o !== c && o.cue.start !== c.cue.start && c.cue.start > o.start && c.cue.start < o.end)) return false;
    if (c.kind === "direct") return true;
    // A verb inside quotation marks is the quoted speaker's word, whoever the quotation belongs to.
    const q = quoteAround(scene, c.cue.start);
    return !q || !(quoted.has(q) || opensSentence(scene, q) || (q.open >= 0 && q.close >= 0));
  });
}

let connectives: RegExp | undefined;
let ownAfter: RegExp | undefined;

const connectiveWords = (): string[] =>
  lexiconFile<{ entries: { role: string; words: string[] }[] }>("reporting-frames")
    .entries.filter((e) => e.role === "connective")
    .flatMap((e) => e.words)
    .sort((a, b) => b.length - a.length);

/** A comma, maybe a connective ("and", "but", "while", "whereas" …) and "the" right before a subject. */
const ownClause = (): RegExp => (ownAfter ??= new RegExp(`,\\s*(?:(?:${connectiveWords().join("|")})\\s+)?(?:the\\s+)?$`, "i"));

/** A span that runs into another attribution ("… peace as Russia welcomed …") stops before its speaker. */
export function cutAtOtherSpeakers(scene: Scene, list: Resolved[]): Resolved[] {
  connectives ??= new RegExp(`(?:[\\s,;]+(?:${connectiveWords().join("|")}))+[\\s,;]*$`, "i");
  const bySentence = new Map<number, Resolved[]>();
  for (const c of list) addTo(bySentence, c.sentence, c);
  return list.flatMap((c) => {
    if (c.kind === "direct") return [c];
    let end = c.end;
    for (const o of bySentence.get(c.sentence)!) {
      if (o === c) continue;
      const at = o.anchor ? Math.min(mentionLead(scene.text, o.anchor.mention), o.cue.start) : o.cue.start;
      if (at > c.start && at < end && !(o.start <= c.start && o.end >= end)) end = at;
    }
    if (end === c.end) return [c];
    const head = scene.text.slice(c.start, end).replace(connectives!, "");
    const span = trimSpan(scene.text, c.start, c.start + head.length);
    return span ? [{ ...c, ...span }] : [];
  });
}

const PRIORITY: Record<string, number> = {
  "direct/quote-then-cue": 9,
  "direct/cue-then-quote": 8,
  "direct/cue-that-quote": 8,
  "direct/set-off": 8,
  "direct/continuation": 6,
  "indirect/that": 5,
  "indirect/bare": 5,
  "indirect/fronted": 4,
  "indirect/parenthetical": 4,
  "indirect/list-item": 4,
  "indirect/according-to": 4,
  "indirect/object": 3,
};

const overlap = (a: Resolved, b: Resolved): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Two candidates reporting the same words: the better rule keeps them. */
export function dedupe(list: Resolved[]): Resolved[] {
  const sorted = [...list].sort((a, b) => (PRIORITY[b.ruleId] ?? 0) - (PRIORITY[a.ruleId] ?? 0) || a.start - b.start);
  const kept: Resolved[] = [];
  const index = new SpanIndex<Resolved>();
  for (const c of sorted) {
    const shorter = (o: Resolved): number => Math.min(c.end - c.start, o.end - o.start);
    if (index.near(c.start, c.end).some((o) => overlap(c, o) >= 0.5 * shorter(o))) continue;
    kept.push(c);
    index.add(c);
  }
  return kept;
}

/** "criticized Japan for …, arguing that …": the object only names who is judged when a clause says more. */
export function dropTargets(list: Resolved[]): Resolved[] {
  return list.filter((c) => !c.target || !list.some((o) => o !== c && o.sentence === c.sentence && o.speaker.entity.key === c.speaker.entity.key));
}

export const dropShort = (scene: Scene, list: Resolved[]): Resolved[] =>
  list.filter((c) => words(scene.text.slice(c.start, c.end)) >= MIN_SPAN_WORDS);

/**
 * A paragraph that does not end like a sentence is a headline or a link to another story ("Rubio urges more
 * support from NATO allies"), not the article's own report.
 */
export function dropHeadlines(scene: Scene, list: Resolved[]): Resolved[] {
  return list.filter((c) => {
    // The points of a list after "X said:" need no final period.
    if (c.ruleId === "indirect/list-item") return true;
    const s = scene.sentences[c.sentence];
    if (!s) return true;
    const para = scene.sentences.filter((x) => x.paragraph === s.paragraph);
    const last = para[para.length - 1]!;
    return para.length > 1 || /[.!?…:;"”’»)\]]\s*$/.test(last.text);
  });
}
