import type { Stance } from "../extract/types.js";
import { html, type Html } from "./html.js";

// A document's cleaned text as HTML: paragraphs, each statement's words marked in its stance's colour (the first
// piece carries the statement's id, so /documents/<id>#<statement id> lands on it), and each speaker's mention
// linked to the speaker's page. Statements may overlap (a mixed quote around a direct one): the text is cut at
// every boundary and each piece is marked for the innermost statement covering it.

export interface QuoteSpan {
  id: string;
  start: number;
  end: number;
  stance: Stance;
  /** Hover text: who, which stance, when. */
  title: string;
}

export interface LinkSpan {
  start: number;
  end: number;
  href: string;
  title: string;
}

interface Piece {
  start: number;
  end: number;
}

function paragraphs(text: string): Piece[] {
  const out: Piece[] = [];
  const re = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** The innermost span covering [a, b): latest start, then earliest end. */
function innermost<T extends Piece>(spans: T[], a: number, b: number): T | undefined {
  let best: T | undefined;
  for (const s of spans) {
    if (s.start <= a && s.end >= b && (!best || s.start > best.start || (s.start === best.start && s.end < best.end))) best = s;
  }
  return best;
}

const lines = (text: string): Html[] => text.split("\n").flatMap((line, i) => (i ? [html`<br>`, html`${line}`] : [html`${line}`]));

export function highlightText(text: string, quotes: QuoteSpan[], links: LinkSpan[]): Html {
  const opened = new Set<string>();
  return html`${paragraphs(text).map((p) => {
    const inside = <T extends Piece>(spans: T[]) => spans.filter((s) => s.start < p.end && s.end > p.start && s.end > s.start);
    const qs = inside(quotes);
    const ls = inside(links);
    const cuts = new Set([p.start, p.end]);
    for (const s of [...qs, ...ls]) cuts.add(Math.max(p.start, s.start)).add(Math.min(p.end, s.end));
    const bounds = [...cuts].sort((a, b) => a - b);
    const pieces: Html[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const a = bounds[i]!;
      const b = bounds[i + 1]!;
      let piece = html`${lines(text.slice(a, b))}`;
      const link = innermost(ls, a, b);
      if (link) piece = html`<a class="speaker" href="${link.href}" title="${link.title}">${piece}</a>`;
      const quote = innermost(qs, a, b);
      if (quote) {
        const id = opened.has(quote.id) ? null : quote.id;
        opened.add(quote.id);
        piece = html`<mark class="q ${quote.stance}" data-statement="${quote.id}"${id ? html` id="${id}"` : ""} title="${quote.title}">${piece}</mark>`;
      }
      pieces.push(piece);
    }
    return html`<p>${pieces}</p>\n`;
  })}`;
}
