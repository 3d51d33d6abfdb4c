import { alternation, lexicon, wordsRegex } from "../core/lexicon.js";
import { referenceOf } from "./time-anchor.js";
import { resolveExpr, type TimeExpr } from "./time-expr.js";
import { occasionsIn } from "./said-on-scenes.js";
import { cueTime, exprOfDate, recentDay, storyTime, timeWords } from "./said-on-times.js";
import { blanked, speakerClause, speakerSide } from "./said-on-window.js";
import type { Sentence } from "./types.js";
import type { SaidOnInput } from "./said-on.js";

// The said-on rules, in order: the first that reads something decides. Each returns what dates the
// statement (a time expression and the words that show it), that it has no date, or null to pass.

/** A date read from words; no date (with its own rule id when it differs from the rule's); or the date of an
 *  earlier statement by the same speaker (its index in `previous`, and how it relates). */
export type Reading = { expr: TimeExpr; evidence: string } | { undated: string; ruleId?: string } | { follow: number; how: string };
export interface SaidOnRule {
  id: string;
  read: (input: SaidOnInput, sentence: Sentence) => Reading | null;
}

const lexiconRegex = new Map<string, RegExp>();
const regexOf = (name: string): RegExp => {
  let re = lexiconRegex.get(name);
  if (!re) lexiconRegex.set(name, (re = wordsRegex(lexicon(name))));
  return re;
};
let definite: RegExp | undefined;
/** A definite determiner opens the noun phrase that ends here ("its written", "the same"): the occasion is one
 *  the article already named. */
const definiteBefore = (text: string): boolean =>
  (definite ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(lexicon("said-on-definite"))})\\s+(?:[\\p{L}-]+\\s+){0,2}$`, "iu")).test(text);
const windowInput = (input: SaidOnInput) => ({ ...input, reported: input.index.reportedIn(input.cueSentence) });

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
    // "has repeatedly stated", "had said"; not "said X, who had worked there"
    id: "said-on/undated",
    read: (input, sentence) => {
      const m = regexOf("said-on-undated").exec(speakerClause(windowInput(input), sentence));
      return m ? { undated: `'${m[0]}' by the cue '${input.cue.text}': another or many occasions` } : null;
    },
  },
  {
    // "The remarks came after X said …"
    id: "said-on/other-occasion",
    read: (input, sentence) => {
      const end = Math.max(0, Math.min(input.cue.start, input.statement.start) - sentence.start);
      const m = regexOf("said-on-other-occasion").exec(blanked(sentence, windowInput(input).reported, input.cue).slice(0, end));
      return m ? { undated: `'${m[0]}' before the speaker: an earlier occasion` } : null;
    },
  },
  {
    // "Earlier, relations worsened … In response, the ministry then announced …"
    id: "said-on/narrative",
    read: (input, sentence) => {
      const m = regexOf("said-on-continuers").exec(speakerSide(windowInput(input), sentence));
      const story = m ? storyTime(input, sentence) : null;
      if (!m || !story) return null;
      if (story.expr.vague) return { undated: `'${m[0]}' continues a sentence set at '${story.text}': no date` };
      return { expr: story.expr, evidence: `'${m[0]}' continues a sentence set at '${timeWords(story)}'` };
    },
  },
  {
    // "in a written submission to the court on 28 February" … "In its written submission, Israel said"
    id: "said-on/occasion",
    read: (input, sentence) => {
      const side = speakerSide(windowInput(input), sentence);
      for (const o of occasionsIn(side)) {
        if (!definiteBefore(side.slice(0, o.start))) continue;
        const hit = input.index.occasion(o.key, input.speakerKey, input.cueSentence);
        if (hit) return { expr: hit.time.expr, evidence: `the ${o.key} dated '${timeWords(hit.time)}' in sentence ${hit.sentence + 1}` };
      }
      return null;
    },
  },
  {
    // '"…," the diplomat said' after the same speaker's statement in this or the previous paragraph
    id: "said-on/follow-on",
    read: (input, sentence) => {
      for (let k = input.previous.length - 1; k >= 0; k--) {
        const p = input.previous[k]!;
        if (p.sentence > input.sentence) continue;
        const gap = sentence.paragraph - (input.sentences[p.sentence]?.paragraph ?? -9);
        return gap <= 1 ? { follow: k, how: "follows the same speaker" } : null;
      }
      return null;
    },
  },
  {
    // "Hijazi told the court on Monday, 28 April, …" … '"…," Hijazi said'
    id: "said-on/speaker-scene",
    read: (input) => {
      const k = input.previous.length - 1;
      const prior = k >= 0 && input.previous[k]!.fromWords ? input.previous[k]! : null;
      const named = input.index.person(input.speakerKey, input.cueSentence);
      if (named && (!prior || named.sentence > prior.sentence)) {
        if (!recentDay(named.time.expr, null, input.anchor)) return null;
        return { expr: named.time.expr, evidence: `the speaker named with '${timeWords(named.time)}' in sentence ${named.sentence + 1}` };
      }
      if (!prior || !recentDay(prior.saidOn.expr ?? exprOfDate(prior.saidOn.date!), prior.saidOn.date, input.anchor)) return null;
      return { follow: k, how: "the speaker's dated statement" };
    },
  },
  {
    // "On Wednesday, the delegation argued …" … "Its lawyer, X, argued …"
    id: "said-on/lead-scene",
    read: (input, sentence) => {
      const first = Math.min(input.cueSentence, Math.max(0, input.index.sentenceAt(input.statement.start)));
      const before = input.sentences[first - 1];
      if (!before || sentence.paragraph - before.paragraph > 1 || !input.index.reports(first - 1)) return null;
      const lead = input.index.lead(first - 1);
      if (!lead || !recentDay(lead.expr, null, input.anchor)) return null;
      return { expr: lead.expr, evidence: `the statement before opens with '${timeWords(lead)}'` };
    },
  },
  {
    // "Thousands of troops yesterday launched exercises …" (published the next day): untimed reactions in the
    // report are of the news's day, not of the day it was printed
    id: "said-on/story-day",
    read: (input) => {
      const t = input.index.storyTime;
      const reference = referenceOf(input.anchor)?.interval ?? null;
      if (!t || !recentDay(t.expr, null, input.anchor)) return null;
      const day = resolveExpr(t.expr, reference).value;
      if (day !== null && day === reference?.end) return null;
      return { expr: t.expr, evidence: `the article's lead reports the news of '${timeWords(t)}'` };
    },
  },
];
