// Escaping for the text exports: CSV cells (RFC 4180), Markdown inline text, HTML text and attributes, and links
// that only ever point to the web.

/** Cells a spreadsheet would run as a formula start with these; such cells get a leading apostrophe (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: quoted when it holds a comma, a quote or a line break, quotes doubled; formulas defused. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = typeof value === "string" ? value : Array.isArray(value) ? value.join("; ") : String(value);
  if (typeof value === "string" && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (cells: unknown[]): string => cells.map(csvCell).join(",") + "\r\n";

/**
 * Text inside a Markdown paragraph or list item (never at a line's start, where "1." or "-" would matter): one
 * line, with every character that marks emphasis, code, links, HTML, headings, tables or entities escaped.
 */
export const mdText = (s: string | null | undefined): string =>
  (s ?? "").replace(/\s+/g, " ").trim().replace(/[\\`*_{}[\]<>#|~&]/g, (c) => `\\${c}`);

/** A web address, or null when it is not one (only http and https are links; anything else stays text). */
export function webUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** An autolink for a web address (angle brackets), escaped text otherwise. */
export function mdLink(url: string | null | undefined, fallback: string): string {
  const web = webUrl(url);
  return web && !/[<>\s]/.test(web) ? `<${web}>` : mdText(fallback);
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or attribute value for HTML: the five significant characters escaped. */
export const html = (s: string | number | null | undefined): string => String(s ?? "").replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
