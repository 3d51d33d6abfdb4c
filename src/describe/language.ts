import type { HtmlFacts } from "../core/types.js";
import { articleObjects } from "./html-dates.js";
import { jsonLdStrings } from "./json-ld.js";
import { roleWords } from "./vocab.js";

/** The primary language subtag of a tag ("en-US", "en_GB", "de" → "en", "en", "de"), or null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? "");
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** The page's language as it states it: <html lang>, then language meta keys, then JSON-LD inLanguage. */
export function findLanguage(facts: HtmlFacts | null): { value: string; basis: string } | null {
  if (!facts) return null;
  const fromLang = primaryLanguage(facts.lang);
  if (fromLang) return { value: fromLang, basis: `<html lang="${facts.lang}">` };
  for (const key of roleWords("meta-keys", "language")) {
    for (const v of facts.meta[key] ?? []) {
      const lang = primaryLanguage(v.split(",")[0]);
      if (lang) return { value: lang, basis: `meta ${key} "${v}"` };
    }
  }
  for (const obj of articleObjects(facts)) {
    for (const v of jsonLdStrings(obj.inLanguage)) {
      const lang = primaryLanguage(v);
      if (lang) return { value: lang, basis: `JSON-LD inLanguage "${v}"` };
    }
  }
  return null;
}
