import { parseHTML } from "linkedom";

/** A parsed HTML document (linkedom's DOM, typed loosely: linkedom ships no DOM lib types we rely on). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type HtmlDocument = any;

/**
 * Parse an HTML page into a DOM. linkedom needs a full document to give `document.documentElement`,
 * so fragments and pages without <html> are wrapped first.
 */
export function parseHtml(html: string): HtmlDocument {
  const full = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(full);
  return document;
}
