import type { HtmlFacts } from "../core/types.js";
import { parseDateValue, type DateMatch } from "./find-dates.js";
import { jsonLdTypes } from "./json-ld.js";
import { roleWords } from "./vocab.js";

/** A date an HTML page states in its head: which field, its raw value and what it reads as. */
export interface FieldDate {
  field: string;
  value: string;
  match: DateMatch;
}

/** The JSON-LD objects about the article, most specific type first (NewsArticle before WebPage). */
export function articleObjects(facts: HtmlFacts): Record<string, unknown>[] {
  const order = roleWords("jsonld-types", "article");
  const rank = (obj: Record<string, unknown>): number => {
    const ranks = jsonLdTypes(obj).map((t) => order.indexOf(t)).filter((i) => i >= 0);
    return ranks.length ? Math.min(...ranks) : -1;
  };
  return facts.jsonLd
    .map((obj, i) => ({ obj, r: rank(obj), i }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.obj);
}

/** The first readable date in a JSON-LD field of the article objects ("datePublished", "dateModified"). */
export function jsonLdDate(facts: HtmlFacts, field: string, ref: Date | null): FieldDate | null {
  for (const obj of articleObjects(facts)) {
    const raw = obj[field];
    const values = Array.isArray(raw) ? raw : [raw];
    for (const value of values) {
      if (typeof value !== "string") continue;
      const match = parseDateValue(value, ref);
      if (match) return { field: `JSON-LD ${field}`, value, match };
    }
  }
  return null;
}

/** The first readable date among the meta keys of a role ("published", "updated"), in lexicon order. */
export function metaDate(facts: HtmlFacts, role: string, ref: Date | null): FieldDate | null {
  for (const key of roleWords("meta-keys", role)) {
    for (const value of facts.meta[key] ?? []) {
      const match = parseDateValue(value, ref);
      if (match) return { field: `meta ${key}`, value, match };
    }
  }
  return null;
}

/** The first <time> element whose datetime attribute (or, failing that, text) reads as a date. */
export function timeElementDate(facts: HtmlFacts, ref: Date | null): FieldDate | null {
  for (const t of facts.times) {
    for (const [field, value] of [["<time datetime>", t.datetime], ["<time> text", t.text]] as const) {
      const match = value ? parseDateValue(value, ref) : null;
      if (match) return { field, value, match };
    }
  }
  return null;
}
