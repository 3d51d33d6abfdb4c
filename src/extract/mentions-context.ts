import { datelineOf } from "./sentences.js";
import { general } from "./mentions-chunks.js";
import { adjacent, countryOf, keyOf, readName } from "./mentions-grammar.js";
import type { RuleContext } from "./mentions-rules.js";
import { readTitle } from "./mentions-titles.js";
import { tokenAtOrAfter } from "./mentions-tokens.js";
import { MAX_ASIDE_WORDS, MAX_NAME_WORDS, MAX_SUBJECT_GAP } from "./quotes-tuning.js";
import type { Mention } from "./types.js";

// What the mention finder asks about a name's surroundings: is it in a speaker's place, does an appositive
// title follow it, is a capitalised word a name or a common word, which country the dateline fixes.

// Plural-looking words ("Models", "Negotiators"; not "Davis", "Lukashevich", "Rubio").
export const PLURAL = /[^su]s$/;

/** Keys of words the text capitalises inside a sentence, and of words it writes in lower case. */
export function wordsByCase(g: RuleContext, initial: Set<number>): { capital: Set<string>; lower: Set<string> } {
  const capital = new Set<string>();
  const lower = new Set<string>();
  for (let i = 0; i < g.tokens.count; i++) {
    if (!g.tokens.cap[i]) lower.add(g.tokens.keys[i]!);
    else if (!initial.has(i)) capital.add(g.tokens.keys[i]!);
  }
  return { capital, lower };
}

/** The characters between chunk j and the next one. */
function gapAfter(g: RuleContext, j: number): string {
  const c = g.chunks[j]!;
  const next = g.chunks[j + 1];
  return g.tokens.text.slice(g.tokens.ends[c.at + c.len - 1]!, next ? g.tokens.starts[next.at]! : g.tokens.text.length);
}

/** The country of the dateline's city ("MOSCOW, February 10"): what context-only names refer to. */
export function datelineCountry(g: RuleContext): string | undefined {
  const d = datelineOf(g.tokens.text);
  if (!d) return undefined;
  const at = tokenAtOrAfter(g.tokens, d.start);
  const j = g.chunks.findIndex((c) => c.at >= at);
  return countryOf(g, g.chunks[j])?.code;
}

/** ", a spokesman for Hamas," after a name: the title belongs to the name. Returns the chunk after it. */
export function appositive(g: RuleContext, m: Mention, next: number): number {
  const c = g.chunks[next - 1]!;
  const after = g.tokens.text.slice(g.tokens.ends[c.at + c.len - 1]!, g.tokens.starts[g.chunks[next]?.at ?? 0] ?? g.tokens.text.length);
  if (!/^\s*,\s*$/.test(after)) return next;
  const t = readTitle(g, next);
  if (!t || readName(g, t.end, MAX_NAME_WORDS) !== null) return next;
  const last = g.chunks[t.end - 1]!;
  const start = g.tokens.starts[g.chunks[t.from]!.at]!;
  const end = g.tokens.ends[last.at + last.len - 1]!;
  const text = g.tokens.text.slice(start, end);
  const office = g.pack?.index.officeByTitle(text, t.country ? { country: t.country } : undefined) ?? null;
  m.title = { text, officeId: office?.id ?? null, start, end };
  if (!m.entity.gender && t.head.gender) m.entity = { ...m.entity, gender: t.head.gender };
  m.ruleId = "mention/name-appositive";
  return t.end;
}

/**
 * A bare name in a speaker's place: before its reporting verb (gap words allowed, "Smith and Jones said"),
 * right after one ("said Smith", "quoted Smith as saying"), or after "according to".
 */
export function speaks(g: RuleContext, from: number, to: number): boolean {
  const before = g.chunks[from - 1];
  if (before && adjacent(g, from - 1)) {
    if (before.general.some((e) => e.type === "frame" && e.role === "according")) return true;
    const cue = general(before, "cue");
    // Inverted ("…," said Smith) or "quoted Smith as saying"; not the listener of "told Rest of World".
    const lead = g.tokens.text.slice(Math.max(0, g.tokens.starts[before.at]! - 3), g.tokens.starts[before.at]!);
    if (cue && (cue.verb.takes.includes("quoted") || (/[,”"’]\s*$/.test(lead) && !cue.verb.audience))) return true;
  }
  // Right after a quotation that closes with its comma: "…," Jim Cantrell, who …, told reporters.
  const lead = g.tokens.text.slice(Math.max(0, g.tokens.starts[g.chunks[from]!.at]! - 4), g.tokens.starts[g.chunks[from]!.at]!);
  if (/[,?!]\s*[”"’»]\s*$/.test(lead)) return true;
  if (/^\s*,\s*$/.test(gapAfter(g, to - 1))) {
    // "Smith, who advises the campaign, said": the first comma after the aside is followed by the verb.
    for (let k = to, words = 0; k < g.chunks.length && words < MAX_ASIDE_WORDS; k++, words++) {
      const gap = gapAfter(g, k);
      if (/[.;:“”"]/.test(gap)) break;
      if (gap.includes(",")) {
        if (general(g.chunks[k + 1], "cue")) return true;
        break;
      }
    }
  }
  let k = to;
  for (let steps = 0; k < g.chunks.length && steps < MAX_SUBJECT_GAP; steps++) {
    const c = g.chunks[k]!;
    if (!adjacent(g, k - 1)) return false;
    if (general(c, "cue")) return true;
    if (keyOf(g, c) === "and") {
      const end = readName(g, k + 1, MAX_NAME_WORDS);
      if (end === null) return false;
      k = end;
      continue;
    }
    if (!c.general.some((e) => e.type === "gap")) return false;
    k++;
  }
  return false;
}
