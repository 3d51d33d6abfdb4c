import type { HtmlDocument } from "../core/html.js";

// DOM → text blocks. Block elements end a paragraph; headings, list items, blockquotes, table rows
// are their own blocks; <br> is a line break inside a block and two of them in a row end it.
// Whitespace inside a block is collapsed as a browser would. Each block keeps what later rules
// need without another pass over the DOM: the element that held it and how much of it was links.

type DomNode = HtmlDocument;

/** One paragraph of output text. */
export interface TextBlock {
  text: string;
  /** Tag of the nearest block element around the text (`P`, `LI`, `H2`, `BLOCKQUOTE` …). */
  tag: string;
  /** That element itself, so a rule can look at its classes or neighbours. */
  element: DomNode;
  /** Characters of `text` that sat inside links. */
  linkChars: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose text is never article text. */
const SKIPPED = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "IFRAME", "OBJECT", "EMBED", "CANVAS",
  "HEAD", "TITLE", "META", "LINK", "BUTTON", "SELECT", "OPTION", "TEXTAREA", "INPUT", "AUDIO", "VIDEO",
]);

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "NAV", "H1", "H2", "H3", "H4",
  "H5", "H6", "UL", "OL", "LI", "DL", "DT", "DD", "BLOCKQUOTE", "PRE", "TABLE", "THEAD", "TBODY", "TFOOT",
  "TR", "CAPTION", "FIGURE", "FIGCAPTION", "FORM", "FIELDSET", "LEGEND", "ADDRESS", "HR", "DETAILS",
  "SUMMARY", "CENTER", "BODY", "HTML",
]);

/** Table cells: inline within their row, but never glued to the neighbouring cell's words. */
const CELLS = new Set(["TD", "TH"]);

/** Whitespace as HTML collapses it, plus the no-break and zero-width spaces pages pad with. */
const SPACES = /[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+/g;

class Blocks {
  readonly out: TextBlock[] = [];
  private buffer = "";
  private links = 0;

  text(s: string, inLink: boolean): void {
    this.buffer += s;
    if (inLink) this.links += s.trim().length;
  }

  lineBreak(): void {
    this.buffer += "\n";
  }

  /** Close the block in progress: collapse spaces per line; a blank line splits it in two. */
  flush(element: DomNode): void {
    if (!this.buffer) return;
    const total = this.buffer.length;
    for (const part of this.buffer.split(/\n[ \t\r\f\u00a0]*\n/)) {
      const lines = part
        .split("\n")
        .map((line) => line.replace(SPACES, " ").trim())
        .filter((line) => line.length > 0);
      if (!lines.length) continue;
      const text = lines.join("\n");
      // Links are counted for the whole buffer; a split block gets its share by length.
      const linkChars = Math.min(text.length, Math.round((this.links * part.length) / total));
      this.out.push({ text, tag: element.tagName?.toUpperCase() ?? "", element, linkChars });
    }
    this.buffer = "";
    this.links = 0;
  }
}

function walk(node: DomNode, into: Blocks, pre: boolean, inLink: boolean, block: DomNode): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const data: string = child.data ?? child.textContent ?? "";
      into.text(pre ? data : data.replace(SPACES, " "), inLink);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag: string = child.tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === "BR") {
      into.lineBreak();
    } else if (BLOCKS.has(tag)) {
      into.flush(block);
      walk(child, into, pre || tag === "PRE", inLink, child);
      into.flush(child);
    } else if (CELLS.has(tag)) {
      into.text(" ", false);
      walk(child, into, pre, inLink, block);
      into.text(" ", false);
    } else {
      walk(child, into, pre, inLink || tag === "A", block);
    }
  }
}

/** The text of a DOM subtree as blocks, in document order. */
export function htmlBlocks(root: DomNode): TextBlock[] {
  const into = new Blocks();
  walk(root, into, root.tagName?.toUpperCase() === "PRE", false, root);
  into.flush(root);
  return into.out;
}

/** The text of a DOM subtree as paragraphs, in document order. */
export const htmlText = (root: DomNode): string[] => htmlBlocks(root).map((b) => b.text);
