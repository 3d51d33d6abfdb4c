import { Readability } from "@mozilla/readability";
import type { HtmlDocument } from "../core/html.js";
import type { Removal } from "../core/types.js";
import { dropTeaserArticles } from "./html-articles.js";
import { wordCount } from "./html-block-vocab.js";
import { articleBodyParagraphs, jsonLdArticleBody } from "./html-jsonld.js";
import { postcleanBlocks } from "./html-postclean.js";
import { precleanHtml } from "./html-preclean.js";
import { excerpt } from "./html-removal.js";
import { htmlBlocks } from "./html-text.js";
import { htmlTuning } from "./html-tuning.js";

// HTML main-content extraction, in order:
//  1. read what later steps need before the page is mutated (titles, JSON-LD articleBody);
//  2. preclean: drop furniture by markup, and free sentences with links from the <div>s the scorer would drop
//     (html-preclean.ts);
//  3. Readability picks the article container (its DOM, not a serialisation: no second parse);
//  4. teaser <article> cards it carried along go (html-articles.ts);
//  5. the container becomes text blocks (html-text.ts) and furniture blocks go (html-block-rules.ts);
//  6. fallbacks: the JSON-LD articleBody when it says clearly more; the whole body when Readability found nothing.

export interface CleanedHtml {
  /** The article body: paragraphs joined by blank lines. */
  text: string;
  /** Every dropped block, with the rule that dropped it. */
  removed: Removal[];
}

export interface CleanHtmlOptions {
  /** Rule ids to switch off (for measuring what each rule is worth): any `html/...` rule, or
   * `html/preclean` (the whole markup pass), `html/linked-prose` (its unwrapping of linked sentences) and
   * `html/jsonld` (the JSON-LD fallback). */
  disabled?: ReadonlySet<string>;
}


/** Readability's article, or null when it finds none or fails on the page's markup. */
function readability(document: HtmlDocument): { title?: string | null; content?: HtmlDocument } | null {
  try {
    return new Readability<HtmlDocument>(document, { serializer: (el) => el }).parse();
  } catch {
    // Readability 0.6 throws on some DOMs (a candidate with no <body> above it); the page body is the fallback.
    return null;
  }
}

/** The titles a page gives itself, read before extraction moves its nodes. */
function pageTitles(document: HtmlDocument): string[] {
  const titles: string[] = [];
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute("content");
  if (og) titles.push(og);
  const tag = document.querySelector("title")?.textContent;
  if (tag) titles.push(tag);
  const h1 = document.querySelector("h1")?.textContent;
  if (h1) titles.push(h1);
  return titles;
}

/**
 * The article body of an HTML page as plain text with paragraph breaks, and what was dropped.
 * Mutates `document` (collect metadata from it first). `url` is the page's address, if known.
 */
export function cleanHtml(document: HtmlDocument, url: string | null, options: CleanHtmlOptions = {}): CleanedHtml {
  const disabled = options.disabled ?? new Set<string>();
  const titles = pageTitles(document);
  const stated = disabled.has("html/jsonld") ? null : jsonLdArticleBody(document);
  const removed: Removal[] = disabled.has("html/preclean") ? [] : precleanHtml(document, disabled);
  const article = readability(document);
  if (article?.title) titles.push(article.title);
  // Readability returns null only when it found no content at all; the page body is then all there is.
  const content = article?.content ?? document.body ?? null;
  if (content && !disabled.has("html/teaser-article")) removed.push(...dropTeaserArticles(content));
  const blocks = content ? htmlBlocks(content) : [];
  const post = postcleanBlocks(blocks, { titles, url }, disabled);
  removed.push(...post.removed);
  let paragraphs = post.kept.map((b) => b.text);
  if (stated && wordCount(stated) > htmlTuning.jsonLdRatio * wordCount(paragraphs.join(" "))) {
    removed.push(...paragraphs.map((p) => ({ text: excerpt(p), ruleId: "html/replaced-by-jsonld" })));
    paragraphs = articleBodyParagraphs(stated);
  }
  return { text: paragraphs.join("\n\n"), removed };
}
