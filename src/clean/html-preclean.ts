import type { HtmlDocument } from "../core/html.js";
import type { Removal } from "../core/types.js";
import { wordCount } from "./html-block-vocab.js";
import { CONTENT, furnitureRule } from "./html-furniture.js";
import { excerpt } from "./html-removal.js";
import { htmlTuning } from "./html-tuning.js";

// Before main-content scoring, drop the elements that are page furniture by their markup
// (html-furniture.ts): navigation, asides, captions, share widgets, related lists, ads, hidden
// elements. Readability then scores a cleaner page, and what it keeps no longer carries them along.
// Comments go first: the scorer ends a paragraph at each. Last, sentences with links, each wrapped in a <div> of
// its own, take their wrappers' place, so the scorer's clean-up of linky <div>s does not take them out of the article.

type El = HtmlDocument;

/** Characters of text inside <p> elements under each element: a cheap measure of article-like prose,
 * summed up the ancestor chain once so that every candidate's share is a lookup. */
function paragraphChars(body: El): Map<El, number> {
  const chars = new Map<El, number>();
  for (const p of body.querySelectorAll("p")) {
    const n = (p.textContent ?? "").length;
    for (let el = p; el; el = el.parentElement) chars.set(el, (chars.get(el) ?? 0) + n);
  }
  return chars;
}

/** Elements never dropped whole: they hold the page, or the article itself. */
const KEEP = new Set(["HTML", "BODY", "MAIN", "ARTICLE"]);

/** Elements that hold an article container: a furniture word on them (`<div class="post has-comments">`) is
 * about the wrapper, and dropping it would take the article along. */
function articleHolders(body: El): Set<El> {
  const holders = new Set<El>();
  for (const el of body.querySelectorAll("article, main, [itemprop=articleBody]")) {
    for (let up = el; up && !holders.has(up); up = up.parentElement) holders.add(up);
  }
  return holders;
}

interface Pick {
  el: El;
  ruleId: string;
  prose: number;
  /** Inline furniture inside a sentence: keep its first child (the linked name), drop the rest (the hover card). */
  trim: boolean;
}

/** Inline elements: inside running text they carry words of the sentence. */
const INLINE = new Set(["SPAN", "A", "EM", "STRONG", "B", "I", "U", "SMALL", "FONT", "ABBR", "CITE", "Q", "SUB", "SUP", "TIME", "MARK", "LABEL"]);
const RUNNING_TEXT = "p, li, blockquote, dd, td, h1, h2, h3, h4, h5, h6";

/** Furniture elements of the page, outermost only, in document order. */
function pickFurniture(body: El, prose: Map<El, number>, disabled: ReadonlySet<string>): Pick[] {
  const pageProse = prose.get(body) ?? 0;
  const holders = articleHolders(body);
  const picks: Pick[] = [];
  let last: El | null = null;
  for (const el of body.querySelectorAll("*")) {
    if (last?.contains(el) || KEEP.has(el.tagName) || holders.has(el)) continue;
    const ruleId = furnitureRule(el, disabled);
    if (!ruleId || ruleId === CONTENT) continue;
    const chars = prose.get(el) ?? 0;
    if (pageProse > 0 && chars > htmlTuning.maxParagraphShare * pageProse) continue;
    // `Rep. <span class="rollover-people"><a>Ilhan Omar</a><span>…card…</span></span>`: the name stays.
    const trim = INLINE.has(el.tagName) && el.parentElement?.closest(RUNNING_TEXT) != null;
    picks.push({ el, ruleId, prose: chars, trim });
    last = el;
  }
  return picks;
}

/** The child nodes after the first one that carries words (blank text nodes before it are kept too). */
function afterFirstWords(el: El): El[] {
  const nodes: El[] = [...el.childNodes];
  const first = nodes.findIndex((node) => (node.textContent ?? "").trim().length > 0);
  return first < 0 ? [] : nodes.slice(first + 1);
}

/** Share of an element's text inside links, as the main-content scorer counts it (trimmed, spaces collapsed). */
function elementLinkShare(el: El): number {
  const length = (node: El): number => (node.textContent ?? "").trim().replace(/\s+/g, " ").length;
  const total = length(el);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll("a")) linked += length(a);
  return linked / total;
}

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

/**
 * A sentence of running text with links in it, each paragraph in a <div> of its own (`<div><p>In 2008, the
 * alliance said that <a>Ukraine could eventually join</a>.</p></div>`): the main-content scorer unwraps such a
 * <div> only below a quarter of its text in links, and later drops any plain <div> with more than a fifth, so the
 * sentence would go with it. Here such a paragraph takes the place of its wrappers, as a paragraph with fewer
 * links does there. A <p> that is mostly one link, or does not end like a sentence, is a pointer and left as it is.
 */
function unwrapLinkedProse(body: El): void {
  for (const p of body.querySelectorAll("div > p")) {
    let wrapper: El | null = null;
    for (let up = p.parentElement; up?.tagName === "DIV" && up.children.length === 1 && onlyElementText(up); up = up.parentElement) wrapper = up;
    if (!wrapper) continue;
    const text = (p.textContent ?? "").trim();
    if (!SENTENCE_END.test(text) || wordCount(text) < htmlTuning.linkedProseWords) continue;
    const share = elementLinkShare(p);
    if (share <= htmlTuning.linkedProseMinShare || share > htmlTuning.linkedProseMaxShare) continue;
    wrapper.replaceWith(p);
  }
}

/** No text of its own beside its child elements' (blank text between them aside). */
function onlyElementText(el: El): boolean {
  for (const node of el.childNodes) if (node.nodeType === 3 && (node.textContent ?? "").trim()) return false;
  return true;
}

/** NodeFilter.SHOW_COMMENT */
const SHOW_COMMENT = 0x80;

/**
 * Comments out of the page. Server-rendered React puts `<!-- -->` between the pieces of a sentence
 * (`Chief of Army Staff <!-- -->General Asim Munir<!-- --> has warned …`), and the main-content scorer, which wraps
 * runs of inline content into paragraphs, ends a paragraph at each one: the sentence came out in three.
 */
function dropComments(body: El): void {
  const walker = body.ownerDocument.createTreeWalker(body, SHOW_COMMENT);
  const comments: El[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const node of comments) node.remove();
}

/** Remove furniture elements from the document; returns what was removed. */
export function precleanHtml(document: HtmlDocument, disabled: ReadonlySet<string> = new Set()): Removal[] {
  const removed: Removal[] = [];
  // Templates are never rendered, but linkedom parses their content as children (in <head> too), and
  // Readability would score them: a candidate in <head> even crashes its walk up to <body>.
  for (const template of document.querySelectorAll("template")) template.remove();
  const body = document.body;
  if (!body) return removed;
  dropComments(body);
  const prose = paragraphChars(body);
  const pageProse = prose.get(body) ?? 0;
  const picks = pickFurniture(body, prose, disabled);
  // Furniture is a minority of a page's prose. When the picks add up to more, the words misled us on this
  // page's markup: spare the picks holding most prose until the rest fits the budget.
  // Comments and consent dialogs are left out of the sum: under a short article they outweigh it and still are not
  // the article.
  const budgeted = picks.filter((p) => p.ruleId !== "html/comments" && p.ruleId !== "html/cookie");
  let total = budgeted.reduce((n, p) => n + p.prose, 0);
  const spared = new Set<Pick>();
  for (const pick of budgeted.sort((a, b) => b.prose - a.prose)) {
    if (total <= htmlTuning.maxRemovedShare * pageProse) break;
    spared.add(pick);
    total -= pick.prose;
  }
  for (const pick of picks) {
    if (spared.has(pick)) continue;
    const dropped: El[] = pick.trim ? afterFirstWords(pick.el) : [pick.el];
    const text = excerpt(dropped.map((node) => node.textContent ?? "").join(" "));
    // Empty ad slots and icons go without a record: a removal list is read by people.
    if (text) removed.push({ text, ruleId: pick.ruleId });
    for (const node of dropped) node.remove();
  }
  if (!disabled.has("html/linked-prose")) unwrapLinkedProse(body);
  return removed;
}
