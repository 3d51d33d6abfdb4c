import { alternation, escapeRegex, wordsRegex } from "../core/lexicon.js";
import type { LineKind, Matcher, RuleSpec } from "./text-rules.js";
import { bareOf, fold, wordCount, type LineView } from "./text-shape.js";

// Matchers for the rule kinds that compare a line with phrases and vocabulary.

const fits = (spec: RuleSpec, line: LineView): boolean => spec.maxWords === undefined || line.words <= spec.maxWords;

/** `phrase`: the whole line, without marks and end punctuation, is one of the phrases. */
function phrase(spec: RuleSpec): Matcher {
  const phrases = new Set((spec.words ?? []).map((w) => bareOf(fold(w))));
  return (line) => (line.bare && phrases.has(line.bare) ? line.bare : null);
}

/** The first run of letters or digits: phrases are looked up by it instead of tried one by one. */
const firstWord = (s: string): string => /[\p{L}\p{N}]+/u.exec(s)?.[0] ?? "";

/** `prefix`: the line opens with one of the phrases (at a word boundary) and is short enough. */
function prefix(spec: RuleSpec): Matcher {
  const byFirst = new Map<string, string[]>();
  for (const p of (spec.words ?? []).map(fold).sort((a, b) => b.length - a.length)) {
    byFirst.set(firstWord(p), [...(byFirst.get(firstWord(p)) ?? []), p]);
  }
  return (line) => {
    if (!fits(spec, line)) return null;
    for (const p of byFirst.get(line.first) ?? []) {
      if (!line.key.startsWith(p)) continue;
      const next = line.key.charAt(p.length);
      if (/[\p{L}\p{N}]/u.test(p.slice(-1)) && /[\p{L}\p{N}]/u.test(next)) continue;
      return p;
    }
    return null;
  };
}

/** `cooccur`: a phrase of every group occurs in the line (the first at its start if anchored), and the line is short enough. */
function cooccur(spec: RuleSpec): Matcher {
  // A cheap test rules most lines out before the word-boundary regexes run: a match needs a phrase of every group as
  // a substring. One regex of a group's plain phrases finds that about three times as fast as a substring search per
  // phrase. (A set of the line's words, tested for each phrase's opening word first, cost more to build than it
  // saved: cleaning the text bench corpus took 3-5 % longer with it.)
  const groups = (spec.groups ?? []).map((g) => {
    const phrases = g.map(fold);
    return { substring: new RegExp(phrases.map(escapeRegex).join("|")), re: wordsRegex(phrases) };
  });
  return (line) => {
    if (!fits(spec, line) || !groups.length) return null;
    if (!groups.every(({ substring }) => substring.test(line.key))) return null;
    const found: string[] = [];
    for (const [g, { re }] of groups.entries()) {
      const m = re.exec(line.key);
      if (!m || (g === 0 && spec.anchored && /[\p{L}\p{N}]/u.test(line.key.slice(0, m.index)))) return null;
      found.push(m[0]);
    }
    return found.join(" + ");
  };
}

/** Split glued widget labels ('CommentsNo') at a lower-to-upper case change. */
const camelParts = (token: string): string[] => token.split(/(?<=\p{Ll})(?=\p{Lu})/u);
/** Where camelParts would split: most tokens have no such place, and this test is cheaper than the split. */
const CAMEL_JOIN = /\p{Ll}\p{Lu}/u;

/** `tokens`: every word of the line is widget vocabulary (or a count), and one is a required word. */
function tokens(spec: RuleSpec): Matcher {
  const vocab = new Set((spec.words ?? []).map(fold));
  const required = new Set((spec.required ?? []).map(fold));
  // Widget lines are short: a line longer than the vocabulary could spell is not one.
  const most = spec.maxWords ?? 12;
  return (line) => {
    if (line.words > most) return null;
    const words: string[] = [];
    let numbers = 0;
    for (const token of line.tokens) {
      if (spec.allowNumbers && /^\p{N}+$/u.test(token)) {
        numbers++;
        continue;
      }
      const lower = token.toLowerCase();
      if (vocab.has(lower)) {
        words.push(lower);
        continue;
      }
      const parts = CAMEL_JOIN.test(token) ? camelParts(token) : null;
      if (!parts?.every((p) => vocab.has(p.toLowerCase()))) return null;
      words.push(...parts.map((p) => p.toLowerCase()));
    }
    if (spec.requireNumber && !numbers) return null;
    return words.some((w) => required.has(w)) ? words.join(" ") : null;
  };
}

/** `path`: short capitalised segments joined by a separator with spaces around it (breadcrumbs, menus). */
function path(spec: RuleSpec): Matcher {
  const split = new RegExp(`\\s+(?:${alternation(spec.separators ?? [])})\\s+`, "u");
  const min = spec.minSegments ?? 2;
  const maxWords = spec.maxSegmentWords ?? 4;
  return (line) => {
    if (!fits(spec, line)) return null;
    const segments = line.core.split(split).map((s) => s.trim());
    if (segments.length < min) return null;
    const ok = segments.every((s) => {
      const n = wordCount(s);
      // A menu item is a capitalised name: letters, digits, spaces and little else (no ':' or '\\').
      return n >= 1 && n <= maxWords && /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}\s&'’.()-]*$/u.test(s) && !/[.,;:!?…]$/u.test(s);
    });
    return ok ? segments.join(" > ") : null;
  };
}

export const wordMatchers: Pick<Record<LineKind, (spec: RuleSpec) => Matcher>, "phrase" | "prefix" | "cooccur" | "tokens" | "path"> = {
  phrase,
  prefix,
  cooccur,
  tokens,
  path,
};
