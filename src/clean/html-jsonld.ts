import { parseHtml, type HtmlDocument } from "../core/html.js";
import { htmlText } from "./html-text.js";

// Many news pages state their whole body in JSON-LD (`"articleBody": "…"`), sometimes in full
// where the visible page is cut short by a paywall or built by scripts. It is read before
// extraction mutates the page, and used only when it says clearly more than the page gave.

/** The longest `articleBody` string in the page's JSON-LD blocks (graphs and nesting followed), or null. */
export function jsonLdArticleBody(document: HtmlDocument): string | null {
  let best: string | null = null;
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    for (const [key, inner] of Object.entries(value)) {
      if (key === "articleBody" && typeof inner === "string") {
        if (!best || inner.length > best.length) best = inner;
      } else {
        visit(inner, depth + 1);
      }
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // A broken block says nothing; the page's other blocks may still hold the body.
    }
  }
  return best;
}

/** An articleBody as paragraphs: HTML bodies go through the DOM walk, plain ones split at line breaks. */
export function articleBodyParagraphs(body: string): string[] {
  if (/<(?:p|br|div|h[1-6])[\s>/]/i.test(body)) return htmlText(parseHtml(body).body);
  // Plain text with entities (`&apos;`): line breaks become paragraph breaks, the parser decodes the rest.
  if (/&#?\w+;/.test(body)) return htmlText(parseHtml(body.replace(/\s*\n\s*/g, "<br><br>")).body);
  return body
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.replace(/[\s\u00a0]+/g, " ").trim())
    .filter((p) => p.length > 0);
}
