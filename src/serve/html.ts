// The one place text becomes HTML. Article text, titles, names and URLs come from pages we do not control, so every
// interpolated value is escaped unless it is already an `Html` made by this module.

/** A piece of markup that is already safe: built by `html` or `trusted`, never from raw strings. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;" };

/** Text safe in element content and in quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"'`]/g, (c) => ESCAPES[c]!);

/** Values an `html` template accepts: text (escaped), numbers, nested Html, lists of them; null/false print nothing. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** A tagged template: the literal parts are markup, every interpolation is escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup this program made itself (the chart's SVG, serialised by the DOM, which escapes text on output). */
export const trusted = (markup: string): Html => new Html(markup);

/**
 * An href for a URL taken from a page: only http(s) URLs become links; anything else (`javascript:`, `data:`)
 * is null, and callers show it as text.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}
