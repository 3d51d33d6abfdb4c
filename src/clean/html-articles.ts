import type { HtmlDocument } from "../core/html.js";
import type { Removal } from "../core/types.js";
import { excerpt } from "./html-removal.js";
import { htmlTuning } from "./html-tuning.js";

// Readability appends siblings of its best candidate; on a page that lists other stories as
// <article> cards, those cards come along. When one <article> in the extracted content clearly
// dominates, the others are teasers (or comments) and go.

type El = HtmlDocument;

const textLength = (el: El): number => (el.textContent ?? "").replace(/\s+/g, "").length;

/** Remove teaser <article> elements from extracted content when one <article> dominates. */
export function dropTeaserArticles(root: El): Removal[] {
  const articles: El[] = [...root.querySelectorAll("article")];
  if (articles.length < 2) return [];
  // Own text: what an <article> holds outside the <article>s nested in it.
  const own = new Map<El, number>(articles.map((a) => [a, textLength(a)]));
  for (const a of articles) {
    const parent = a.parentElement?.closest("article");
    if (parent && own.has(parent)) own.set(parent, own.get(parent)! - textLength(a));
  }
  const ranked = [...articles].sort((a, b) => own.get(b)! - own.get(a)!);
  const main = ranked[0]!;
  const mainOwn = own.get(main)!;
  const total = textLength(root);
  if (total === 0 || mainOwn < htmlTuning.articleMinShare * total) return [];
  const others = articles.filter((a) => a !== main && !a.contains(main) && !main.contains(a));
  if (others.some((a) => own.get(a)! > htmlTuning.teaserMaxRatio * mainOwn)) return [];
  const removed: Removal[] = [];
  for (const a of others) {
    if (!root.contains(a)) continue;
    removed.push({ text: excerpt(a.textContent ?? ""), ruleId: "html/teaser-article" });
    a.remove();
  }
  return removed;
}
