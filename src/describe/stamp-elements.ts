import type { HtmlDocument } from "../core/html.js";
import { lexicon } from "../core/lexicon.js";
import { STAMP_ELEMENTS_MAX, STAMP_LINE_MAX_CHARS } from "./tuning.js";

// Pages mark their date and byline blocks by class or id (<div class="date">, <span class="time-rubric">);
// HTML cleaning drops those blocks with the rest of the page furniture, so their short texts are read here,
// before cleaning, without touching the DOM.

let hints: Set<string> | undefined;

/** Class and id tokens: split at spaces, dashes, underscores and camelCase humps, lower-cased. */
function tokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .split(/[\s_\-]+/)
    .map((t) => t.toLowerCase())
    .filter(Boolean);
}

/** The hint word an element's class or id carries, or null. */
function hintOf(el: HtmlDocument): string | null {
  hints ??= new Set(lexicon("stamp-hints").map((w) => w.toLowerCase()));
  const raw = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  const lower = raw.toLowerCase().split(/\s+/);
  for (const t of [...lower, ...tokens(raw)]) if (hints.has(t)) return t;
  return null;
}

/** Short texts of the elements a page marks as dates or bylines, in page order, each text once. */
export function stampElements(document: HtmlDocument): { text: string; hint: string }[] {
  const out: { text: string; hint: string }[] = [];
  const seen = new Set<string>();
  const body = document.body ?? document.documentElement;
  if (!body) return out;
  for (const el of body.querySelectorAll("[class],[id]")) {
    if (out.length >= STAMP_ELEMENTS_MAX) break;
    const tag = String(el.tagName ?? "").toLowerCase();
    if (tag === "script" || tag === "style" || tag === "template") continue;
    const hint = hintOf(el);
    if (!hint) continue;
    const text = String(el.textContent ?? "").replace(/[\s\u00a0]+/g, " ").trim();
    if (!text || text.length > STAMP_LINE_MAX_CHARS || seen.has(text)) continue;
    seen.add(text);
    out.push({ text, hint });
  }
  return out;
}
