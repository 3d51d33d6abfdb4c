import { alternation } from "../core/lexicon.js";
import type { LineKind, Matcher, RuleSpec } from "./text-rules.js";
import { fold, wordCount, type LineView } from "./text-shape.js";
import { textVocab } from "./text-vocab.js";

// Matchers for photo captions and credits.

const fits = (spec: RuleSpec, line: LineView): boolean => spec.maxWords === undefined || line.words <= spec.maxWords;
const endsSentence = (line: LineView): boolean => /[.!?]["'”’)\]]*$/u.test(line.core);

/**
 * `credit`: a credit label where credits sit — the line's start, after '|', '(' or '[', after a
 * spaced dash, or after a sentence — and a short credit from there to the end of the line.
 */
function credit(spec: RuleSpec): Matcher {
  const leads = (spec.words ?? []).map(fold);
  const at = new RegExp(`(?:^|[|(\\[]\\s*|\\s-\\s+|[.!?]\\s+)(${alternation(leads)})`, "gu");
  const maxTail = spec.maxTailWords ?? 12;
  return (line) => {
    if (!fits(spec, line) || !leads.some((l) => line.key.includes(l))) return null;
    // exec on the regex itself, not matchAll: matchAll compiles a clone of the regex on every call.
    at.lastIndex = 0;
    for (let m = at.exec(line.key); m; m = at.exec(line.key)) {
      const lead = m[1] ?? "";
      const start = (m.index ?? 0) + m[0].length - lead.length;
      // A lead ending in a letter ('photo by') must end a word: 'photo byline' is not a credit.
      if (/\p{L}$/u.test(lead) && /\p{L}/u.test(line.key.charAt(start + lead.length))) continue;
      const tail = line.key.slice(start).replace(/[)\]]+$/u, "");
      if (wordCount(tail) <= maxTail) return tail;
    }
    return null;
  };
}

/**
 * `agency`: the line ends in a slash credit with an agency or photo service on one side —
 * 'Who/Agency' or 'Agency/Photographer' — and does not end like a sentence.
 */
function agency(spec: RuleSpec): Matcher {
  const alt = alternation([...textVocab().agencies, ...(spec.words ?? [])].map(fold));
  // Anchored at both ends and tried only on the text around the last slash: cheap on long lines.
  const agencyAfter = new RegExp(`^\\s*(?:${alt})$`, "u");
  const agencyBefore = new RegExp(`(?:^|[\\s(])(?:${alt})\\s*$`, "u");
  const whoAfter = /^\s*\p{L}[\p{L}.' -]{0,40}$/u;
  return (line) => {
    const slash = line.bare.lastIndexOf("/");
    if (slash < 0 || !fits(spec, line) || endsSentence(line)) return null;
    const before = line.bare.slice(0, slash);
    const after = line.bare.slice(slash + 1);
    // 'Who/Agency': something glued or spaced before the slash, an agency after it.
    if (before.trim() && agencyAfter.test(after)) return `${before.split(" ").pop() ?? ""}/${after.trim()}`;
    // 'Agency/Photographer': an agency right before the slash, a short name after it.
    const m = agencyBefore.exec(before);
    if (m && whoAfter.test(after)) return `${m[0].trim()}/${after.trim()}`;
    return null;
  };
}

export const creditMatchers: Pick<Record<LineKind, (spec: RuleSpec) => Matcher>, "credit" | "agency"> = {
  credit,
  agency,
};
