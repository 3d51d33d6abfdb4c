import { alternation } from "../core/lexicon.js";
import { findDates } from "./find-dates.js";
import { SITE_SEGMENT_MAX_WORDS } from "./tuning.js";
import { wordCount } from "./title-checks.js";
import { roleWords } from "./vocab.js";

// "Headline | Site", "Headline - Site - 28.04.2023", "Site: Headline", "Headline | Site | by Jane Doe":
// the site's name, a date or a byline is not part of the headline. Only such segments are cut, so a
// headline that itself contains " - " or ": " stays whole.

/** Lower-case letters and digits only, German umlauts spelt out as hosts write them ("Börsen" → "boersen"). */
export function normName(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** Separators between a headline and a site name: spaced ASCII marks, bare pipes, full-width CJK marks. */
const SUFFIX_SEPARATOR = /\s+(?:[|\-–—·•»«\/*]|::)\s+|\s*[|｜：]\s*/g;
const PREFIX_SEPARATOR = /^(.{2,60}?)(?:\s*[|:»｜：]\s*|\s+[-–—]\s+)/;

/** The segments of a title split at its separators (" | ", " » ", " - ", " : "), trimmed, empty ones dropped. */
export function titleSegments(title: string): string[] {
  return title.split(/\s+(?:[|\-–—·•»«\/*:]|::)\s+|\s*[|｜]\s*/).map((x) => x.trim()).filter(Boolean);
}

/**
 * Is this title segment the site's name? Exact; or, for a short segment, containing a site name of four
 * or more letters, being part of one, or opening or closing with a short one ("CBC News" for cbc.ca).
 */
export function isSiteSegment(segment: string, names: readonly string[], exact = false): boolean {
  const s = normName(segment);
  if (!s) return false;
  const words = segment.split(/\s+/).map(normName).filter(Boolean);
  return names.some((name) => {
    const n = normName(name);
    if (n.length < 2) return false;
    if (s === n) return true;
    if (exact || wordCount(segment) > SITE_SEGMENT_MAX_WORDS) return false;
    if ((n.length >= 4 && s.includes(n)) || (s.length >= 4 && n.includes(s))) return true;
    return words[0] === n || words[words.length - 1] === n;
  });
}

let bylineRe: RegExp | undefined;

/** A trailing segment that is not headline: the site's name, a bare date, or a byline. */
function isFurnitureSegment(segment: string, names: readonly string[]): boolean {
  if (isSiteSegment(segment, names)) return true;
  const dates = findDates(segment, null);
  if (dates.length === 1 && segment.replace(dates[0]!.text, "").replace(/[\s,.|]/g, "") === "") return true;
  bylineRe ??= new RegExp(`^(?:${alternation(roleWords("bylines", "cue"))})\\s+\\S`, "iu");
  return bylineRe.test(segment.trim()) && wordCount(segment) <= SITE_SEGMENT_MAX_WORDS;
}

/** The title without site-name, date and byline segments at its end, and the site's exact name at its start. */
export function stripSiteAffixes(title: string, names: readonly string[]): string {
  let t = title.trim();
  for (let guard = 0; guard < 4; guard++) {
    const before = t;
    const cuts = [...t.matchAll(SUFFIX_SEPARATOR)];
    const last = cuts[cuts.length - 1];
    if (last?.index !== undefined && last.index > 0 && isFurnitureSegment(t.slice(last.index + last[0].length), names)) {
      t = t.slice(0, last.index).trim();
    }
    const prefix = PREFIX_SEPARATOR.exec(t);
    if (prefix?.[1] && isSiteSegment(prefix[1], names, true) && t.length > prefix[0].length) t = t.slice(prefix[0].length).trim();
    if (t === before) break;
  }
  return t;
}
