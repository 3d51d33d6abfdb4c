import { lexicon, wordsRegex } from "../core/lexicon.js";
import { prepRole } from "./time-vocab.js";
import type { Sentence, Span, TimeRef } from "./types.js";
import type { SaidOnInput } from "./said-on.js";
import type { TimeExpr } from "./time-expr.js";

// The said-on rules, in order: the first that reads something decides. Each returns what dates the
// statement (a time expression and the words that show it), that it has no date, or null to pass.

/** A date read from words; no date (with its own rule id when it differs from the rule's); or another statement's date. */
export type Reading = { expr: TimeExpr; evidence: string } | { undated: string; ruleId?: string } | { follow: number };
export interface SaidOnRule {
  id: string;
  read: (input: SaidOnInput, sentence: Sentence) => Reading | null;
}

// Prepositions that make a time a bound of something, not the time of the saying ("since 2018").
const BOUND_ROLES = new Set(["since", "until", "after", "before"]);
// Punctuation that ends the clause a name-like time belongs to ("Despite the 1951 treaty, Tokyo said").
const CLAUSE_BREAK = /[,;:—–(]/;

const inside = (t: Span, s: Span): boolean => t.start >= s.start && t.end <= s.end;
const isBound = (t: TimeRef): boolean => t.prep !== null && t.prep !== undefined && BOUND_ROLES.has(prepRole(t.prep) ?? "");
export const timeWords = (t: TimeRef): string => [t.prep, t.text].filter(Boolean).join(" ");

const lexiconRegex = new Map<string, RegExp>();
const regexOf = (name: string): RegExp => {
  let re = lexiconRegex.get(name);
  if (!re) lexiconRegex.set(name, (re = wordsRegex(lexicon(name))));
  return re;
};

/** The time that dates the saying: in the sentence, outside the reported words, on the cue's side of them. */
function cueTime(input: SaidOnInput, sentence: Sentence): TimeRef | null {
  const { statement: st, cue } = input;
  const candidates = input.times.filter((t) => {
    if (!inside(t, sentence) || (t.start < st.end && st.start < t.end) || isBound(t)) return false;
    // The reported words between the time and the cue: the time belongs to another clause.
    if ((t.end <= st.start && st.end <= cue.start) || (cue.end <= st.start && st.end <= t.start)) return false;
    if (t.attributive) {
      // A name-like time dates the saying only as part of the speaker's phrase ("the statement of March 21,
      // 2022 made it clear"), right before the cue within one clause.
      if (t.end > cue.start) return false;
      if (CLAUSE_BREAK.test(sentence.text.slice(t.end - sentence.start, cue.start - sentence.start))) return false;
    }
    return true;
  });
  const distance = (t: TimeRef): number => (t.end <= cue.start ? cue.start - t.end : Math.max(0, t.start - cue.end));
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** The text around the cue that belongs to the speaker's clause, not to the reported words. */
function cueWindow(input: SaidOnInput, sentence: Sentence): string {
  const { statement: st, cue } = input;
  const at = (offset: number): number => Math.min(Math.max(offset - sentence.start, 0), sentence.text.length);
  // '"…," the diplomat said.': after the reported words; otherwise what comes before them, which also
  // holds a cue inside the reported words ("reaffirmed its commitment to …").
  if (st.end <= cue.start) return sentence.text.slice(at(st.end));
  return sentence.text.slice(0, at(st.start));
}

/** The time that sets the sentence before (in this or the previous paragraph), if one does. */
function storyTime(input: SaidOnInput, sentence: Sentence): TimeRef | null {
  const before = input.sentences[input.sentences.indexOf(sentence) - 1];
  if (!before || sentence.paragraph - before.paragraph > 1) return null;
  return input.times.find((t) => inside(t, before) && !t.attributive && !isBound(t)) ?? null;
}

export const saidOnRules: SaidOnRule[] = [
  {
    // "told a briefing on Friday", "On Wednesday, X said"; "X recently said" gives no date
    id: "said-on/cue-time",
    read: (input, sentence) => {
      const t = cueTime(input, sentence);
      if (!t) return null;
      if (t.expr.vague) return { undated: `'${t.text}' by the cue '${input.cue.text}': no date`, ruleId: "said-on/vague" };
      return { expr: t.expr, evidence: `'${timeWords(t)}' in the statement's sentence` };
    },
  },
  {
    // "has repeatedly stated", "had said"
    id: "said-on/undated",
    read: (input, sentence) => {
      const m = regexOf("said-on-undated").exec(cueWindow(input, sentence));
      return m ? { undated: `'${m[0]}' by the cue '${input.cue.text}': another or many occasions` } : null;
    },
  },
  {
    // "The remarks came after X said …"
    id: "said-on/other-occasion",
    read: (input, sentence) => {
      const end = Math.max(0, Math.min(input.cue.start, input.statement.start) - sentence.start);
      const m = regexOf("said-on-other-occasion").exec(sentence.text.slice(0, end));
      return m ? { undated: `'${m[0]}' before the speaker: an earlier occasion` } : null;
    },
  },
  {
    // "Earlier, relations worsened … In response, the ministry then announced …"
    id: "said-on/narrative",
    read: (input, sentence) => {
      const m = regexOf("said-on-continuers").exec(cueWindow(input, sentence));
      const story = m ? storyTime(input, sentence) : null;
      if (!m || !story) return null;
      if (story.expr.vague) return { undated: `'${m[0]}' continues a sentence set at '${story.text}': no date` };
      return { expr: story.expr, evidence: `'${m[0]}' continues a sentence set at '${timeWords(story)}'` };
    },
  },
  {
    // '"…," the diplomat said' after the same speaker's statement in this or the previous paragraph
    id: "said-on/follow-on",
    read: (input, sentence) => {
      const prior = [...input.previous]
        .reverse()
        .find((p) => p.sentence <= input.sentence && sentence.paragraph - (input.sentences[p.sentence]?.paragraph ?? -9) <= 1);
      return prior ? { follow: input.previous.indexOf(prior) } : null;
    },
  },
];
