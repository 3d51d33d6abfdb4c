import { linkShare, normal, vocab, words } from "./html-block-vocab.js";
import type { TextBlock } from "./html-text.js";
import { htmlTuning } from "./html-tuning.js";
import { classifyLine } from "./text-rules.js";
import { lineView } from "./text-shape.js";

// The block rules of HTML post-cleaning, in the order they run. Each looks at the text blocks of
// the chosen article container and marks furniture with its rule id (first mark wins).

export interface BlockContext {
  /** The page's title as the page states it (og:title, <title>, the first <h1>): never repeated at the top. */
  titles: string[];
  /** The page's own address, if known: printed on the page it is a print header, not text. */
  url: string | null;
}

export interface BlockRule {
  ruleId: string;
  mark: (blocks: readonly TextBlock[], verdict: (string | null)[], ctx: BlockContext) => void;
}

const HEADING_TAGS = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);

/**
 * The text line rules (boilerplate-*.json) that also judge HTML blocks, by id prefix. The others took content out
 * of HTML articles on trafilatura-eval and fundus: a Dockerfile line read as an agency credit, the steps of a how-to
 * (`Klicken Sie auf » Deinstallieren «`) as a breadcrumb path, a list of names as a menu, bare dates.
 */
const TEXT_LINE_FAMILIES = [
  "text/post-meta", "text/nav-label", "text/newsletter-prompt", "text/comment-prompt", "text/app-prompt", "text/disclaimer",
  "text/rights-notice", "text/syndication", "text/byline", "text/credit-label", "text/photo-credit",
];

/** A paragraph of prose: long enough, and not a link (a long one may be linked more than a short one). */
const isProse = (b: TextBlock): boolean => {
  const n = words(b.text).length;
  return n >= htmlTuning.proseWords && linkShare(b) < (n >= 2 * htmlTuning.proseWords ? htmlTuning.longLinkShare : htmlTuning.linkShare);
};

/** An <h1>–<h6>, or a short line that does not end like a sentence (a trailing ellipsis aside: `You may also like...`). */
const isHeadingLike = (b: TextBlock): boolean =>
  HEADING_TAGS.has(b.tag) ||
  (words(b.text).length <= htmlTuning.headingWords && !/[.!?;,]["”’)]?$/u.test(b.text.trim().replace(/(?:\.\.\.|…)$/u, "")));

/** A rule that judges each block on its own. */
const perBlock = (ruleId: string, test: (b: TextBlock, ctx: BlockContext, i: number) => boolean): BlockRule => ({
  ruleId,
  mark(blocks, verdict, ctx) {
    blocks.forEach((b, i) => {
      if (verdict[i] === null && test(b, ctx, i)) verdict[i] = ruleId;
    });
  },
});

/** Two addresses for one page: scheme, `www.`, query, fragment and trailing slash aside. */
const bareAddress = (u: string): string => u.toLowerCase().replace(/^https?:\/\/(?:www\.)?/, "").replace(/[?#].*$/, "").replace(/\/+$/, "");
const sameAddress = (text: string, url: string): boolean => !/\s/.test(text) && bareAddress(text) === bareAddress(url);

const sameWords = (a: string, b: string): boolean => words(a).join(" ") === words(b).join(" ");

export const blockRules: BlockRule[] = [
  // The title is metadata; the text starts with the article.
  perBlock("html/title", (b, ctx, i) => i < htmlTuning.titleSearch && words(b.text).length > 0 && ctx.titles.some((t) => sameWords(t, b.text))),
  perBlock("html/boilerplate", (b) => vocab().boilerplate.has(normal(b.text))),
  perBlock("html/share", (b) => {
    const ws = words(b.text);
    const counts = ws.filter((w) => /^\d+[km]?$/.test(w)).length;
    return ws.length > counts && ws.length <= htmlTuning.shortWords && ws.every((w) => vocab().share.has(w) || /^\d+[km]?$/.test(w));
  }),
  perBlock("html/url", (b, ctx) => ctx.url !== null && sameAddress(b.text.trim(), ctx.url)),
  perBlock("html/credit", (b) => {
    const text = b.text.trim().replace(/^[([]\s*/, "");
    if (words(text).length <= htmlTuning.shortWords && vocab().credit.test(text)) return true;
    // A caption that ends in its credit: `The protests kicked off in June (Image: GETTY )`.
    const tail = /\(([^()]{2,60})\)\s*$/.exec(text)?.[1]?.trim();
    return tail !== undefined && words(text).length <= htmlTuning.captionWords && /:/.test(tail) && vocab().credit.test(tail);
  }),
  perBlock("html/stamp", (b) => words(b.text).length <= htmlTuning.shortWords && vocab().stamp.test(normal(b.text)) && /\d|\bago\b/i.test(b.text)),
  perBlock("html/byline", (b) => {
    const text = b.text.trim();
    const name = vocab().byline.exec(text)?.[1];
    // `By Paul Takahashi`, not `By the time Buckley learned …`.
    return name !== undefined && /\p{Lu}/u.test(name) && words(text).length <= htmlTuning.shortWords && !/[.!?]["”’]?$/.test(text);
  }),
  perBlock("html/date", (b) => {
    const ws = words(b.text);
    if (ws.length === 0 || ws.length > htmlTuning.shortWords || !/\d/.test(b.text)) return false;
    // A month or weekday name, a clock time, or an all-numeric date (`23.10.2018`, `2019-11-20`).
    const named =
      ws.some((w) => w.length >= 3 && vocab().dateWords.has(w)) || /\d:\d\d|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/.test(b.text);
    return named && ws.every((w) => /^\d+$/.test(w) || vocab().dateWords.has(w));
  }),
  perBlock("html/counter", (b) => words(b.text).length <= htmlTuning.counterWords && /\d/.test(b.text) && vocab().counter.test(b.text)),
  perBlock("html/teaser", (b) => {
    if (words(b.text).length > htmlTuning.teaserWords) return false;
    const text = b.text.trim().replace(/^[([]\s*/, "");
    // `Read more: <headline>`, or a linked headline after a related label: `Also on rt.com <headline>`.
    return vocab().teaser.test(text) || (linkShare(b) >= htmlTuning.linkShare && vocab().related.test(normal(text)));
  }),
  // Contributor lines, copyright notices, newsletter prompts: a phrase anywhere in a short block.
  ...["html/contributors", "html/copyright", "html/promo"].map((ruleId) =>
    perBlock(ruleId, (b) => {
      const entry = vocab().phrases.find((e) => e.ruleId === ruleId);
      if (!entry || words(b.text).length > entry.maxWords) return false;
      const lower = b.text.toLowerCase();
      return entry.words.some((w) => lower.includes(w));
    }),
  ),
  {
    // After the last paragraph of prose, short blocks that are mostly links are pointers elsewhere.
    ruleId: "html/tail-links",
    mark(blocks, verdict) {
      let last = blocks.length - 1;
      while (last >= 0 && !isProse(blocks[last]!)) last--;
      for (let i = last + 1; i < blocks.length; i++) if (verdict[i] === null && linkShare(blocks[i]!) >= htmlTuning.linkShare) verdict[i] = "html/tail-links";
    },
  },
  {
    // `More Great WIRED Stories` and the run of links after it.
    ruleId: "html/related",
    mark(blocks, verdict) {
      for (let i = 0; i < blocks.length; i++) {
        const b = blocks[i]!;
        if (!isHeadingLike(b) || !vocab().related.test(normal(b.text))) continue;
        verdict[i] ??= "html/related";
        let j = i + 1;
        // Linked headlines belong to the run; the next section's plain heading or prose ends it.
        for (; j < blocks.length && linkShare(blocks[j]!) >= htmlTuning.linkShare; j++) {
          verdict[j] ??= "html/related";
        }
        i = j - 1;
      }
    },
  },
  {
    // Furniture the plain-text line rules know and the markup does not show: disclaimers, rights notices, prompts,
    // a blog post's filing line, bylines and credits printed as paragraphs. The removal names the text rule.
    ruleId: "html/text-line",
    mark(blocks, verdict) {
      blocks.forEach((b, i) => {
        if (verdict[i] !== null || b.tag === "PRE" || b.text.includes("\n")) return;
        const found = classifyLine(lineView(b.text), false);
        if (found && TEXT_LINE_FAMILIES.some((family) => found.rule.id.startsWith(family))) verdict[i] = found.rule.id;
      });
    },
  },
];
