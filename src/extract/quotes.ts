// Quotations: the spans between quotation marks, paired within a paragraph. Curly “ ”, low „, guillemets « »
// and straight " (an opening one follows a space or a bracket; a closing one follows a word or punctuation).
// Single ‘ ’ inside a double quotation are nested quotes and ignored; a paragraph without double marks may use
// them for its quotations (‘We will not,’ he said). A paragraph that ends inside a quotation leaves it open
// (wire style continues it in the next paragraph); a paragraph whose first mark is a closing one after
// punctuation opened its quotation at the paragraph start (the opening mark was lost).

export interface Quote {
  /** Offset of the opening mark, or -1 when the quotation opens with its paragraph. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ends inside the quotation. */
  close: number;
  /** The words inside the marks, trimmed of space. */
  start: number;
  end: number;
  paragraph: number;
}

const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g;
const OPENS = new Set(["“", "„", "«"]);
const CLOSES = new Set(["”", "»"]);
// What may stand before an opening straight quote: start, space, brackets, dashes, slash, colon.
const BEFORE_OPEN = /[\s([{\-–—/:]/;
const PUNCT_BEFORE_CLOSE = /[,.?!…—–\-;:\]]/;
const WORDISH = /[\p{L}\p{N}]/u;

const MARKS = /[“”„«»"‘’]/g;

export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  // All marks in one pass; each paragraph then reads its own slice of them.
  const marks: number[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) marks.push(m.index);
  let next = 0;
  let paragraph = 0;
  let from = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (;;) {
    const m = PARAGRAPH_BREAK.exec(text);
    const to = m ? m.index : text.length;
    if (text.slice(from, to).trim() !== "") {
      while (next < marks.length && marks[next]! < from) next++;
      let last = next;
      while (last < marks.length && marks[last]! < to) last++;
      const own = marks.slice(next, last);
      const single = !own.some((at) => !SINGLE_MARKS.has(text[at]!));
      pairMarks(text, from, to, paragraph, own.filter((at) => SINGLE_MARKS.has(text[at]!) === single), single, out);
      next = last;
      paragraph++;
    }
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

const SINGLE_MARKS = new Set(["‘", "’"]);

function role(text: string, at: number, from: number, to: number, single: boolean): "open" | "close" {
  const mark = text[at]!;
  if (single) return mark === "‘" ? "open" : "close";
  if (OPENS.has(mark)) return "open";
  if (CLOSES.has(mark)) return "close";
  const before = at > from ? text[at - 1]! : " ";
  const after = at + 1 < to ? text[at + 1]! : " ";
  if (BEFORE_OPEN.test(before) && !/\s/.test(after)) return "open";
  return "close";
}

function pairMarks(text: string, from: number, to: number, paragraph: number, marks: number[], single: boolean, out: Quote[]): void {
  let open = -2; // -2: no quotation open
  let seen = false;
  for (const at of marks) {
    // A single closing mark between letters is an apostrophe (Japan’s), never a quotation mark.
    if (single && text[at] === "’" && WORDISH.test(text[at + 1] ?? "")) continue;
    // „…“ (German style): the high mark closes what the low one opened.
    const r = open >= 0 && text[open] === "„" && text[at] === "“" ? "close" : role(text, at, from, to, single);
    if (r === "open") {
      if (open === -2) open = at;
      seen = true;
      continue;
    }
    if (open !== -2) {
      push(text, open, at, from, paragraph, out);
      open = -2;
    } else if (!seen && PUNCT_BEFORE_CLOSE.test(text[at - 1] ?? "")) {
      push(text, -1, at, from, paragraph, out);
    }
    seen = true;
  }
  if (open !== -2) push(text, open, -1, to, paragraph, out);
}

function push(text: string, open: number, close: number, edge: number, paragraph: number, out: Quote[]): void {
  let start = open === -1 ? edge : open + 1;
  let end = close === -1 ? edge : close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ open, close, start, end, paragraph });
}
