import { lexiconFile } from "../core/lexicon.js";
import { creditMatchers } from "./text-match-credits.js";
import { dateMatchers } from "./text-match-dates.js";
import { wordMatchers } from "./text-match-words.js";
import type { LineView } from "./text-shape.js";
import { textTuning } from "./text-tuning.js";

// The line classifier's rules are data: each is `{ id, description, kind, …parameters }` in
// data/lexicons/en/boilerplate-*.json. The code holds one small matcher per kind.

/** Kinds decided from the line alone. */
export type LineKind =
  | "phrase" | "prefix" | "cooccur" | "tokens" | "path"
  | "crawl" | "stamp" | "date" | "byline"
  | "credit" | "agency";
/** Kinds that need the lines around them or the headline; text.ts applies them after the line pass. */
export type ContextKind = "preamble" | "caption-repeat" | "related-headline";
export type RuleKind = LineKind | ContextKind;

export interface RuleSpec {
  id: string;
  description: string;
  kind: RuleKind;
  /** `top`: only the first non-blank line of the input. Default: anywhere. */
  where?: "top" | "anywhere";
  /** Phrases, labels or vocabulary, as the kind reads them. */
  words?: string[];
  /** `tokens`: at least one of these must be present. */
  required?: string[];
  /** `cooccur`: one phrase of every group must be present … */
  groups?: string[][];
  /** … and with `anchored`, the first group's phrase must open the line. */
  anchored?: boolean;
  /** `byline`: cue phrases besides the shared bylines lexicon's. */
  cues?: string[];
  /** `path`, `byline`: what separates segments. */
  separators?: string[];
  minSegments?: number;
  maxSegmentWords?: number;
  /** Longest line (in words) the rule applies to. */
  maxWords?: number;
  /** Longest credit, byline tail or side segment (in words). */
  maxTailWords?: number;
  /** `tokens`: bare numbers count as widget words (share and comment counts). */
  allowNumbers?: boolean;
  /** `tokens`: the line must hold a number ('5 min read'). */
  requireNumber?: boolean;
}

/** Evidence (the words that matched) or null. */
export type Matcher = (line: LineView) => string | null;
export type MatcherFactory = (spec: RuleSpec) => Matcher;

export interface LineRule {
  spec: RuleSpec;
  match: Matcher;
}

export interface TextRules {
  /** Line rules in the order they are tried; the first that matches names the line. */
  line: LineRule[];
  /** The context rules' specs by kind. */
  context: Record<ContextKind, RuleSpec>;
}

/**
 * Rule files in the order their rules are tried. Ordering constraints:
 * - crawl first: a crawler header is also a date stamp ('date 2025-05-05'), and only it knows the
 *   line is a header;
 * - disclaimers before captions: '© 2024 X. All rights reserved.' is a rights notice, not a credit;
 *   and before prompts: a disclaimer may mention subscribing;
 * - captions before stamps and navigation: credits hold slashes ('Ministry/TASS', 'X/ @name')
 *   that would read as breadcrumbs, and '© 2024 …' would read as a date;
 * - navigation last: its labels and paths are the broadest.
 */
const RULE_FILES = [
  "boilerplate-crawl",
  "boilerplate-errors",
  "boilerplate-disclaimers",
  "boilerplate-captions",
  "boilerplate-stamps",
  "boilerplate-prompts",
  "boilerplate-share",
  "boilerplate-comments",
  "boilerplate-ads",
  "boilerplate-navigation",
  "boilerplate-related",
];

const FACTORIES: Record<LineKind, MatcherFactory> = { ...wordMatchers, ...dateMatchers, ...creditMatchers };
const CONTEXT_KINDS: readonly ContextKind[] = ["preamble", "caption-repeat", "related-headline"];

/** Every rule spec in trial order. */
export function ruleSpecs(): RuleSpec[] {
  return RULE_FILES.flatMap((name) => lexiconFile<{ entries: RuleSpec[] }>(`${name}`).entries);
}

let compiled: TextRules | null = null;

export function textRules(): TextRules {
  if (compiled) return compiled;
  const line: LineRule[] = [];
  const context: Partial<Record<ContextKind, RuleSpec>> = {};
  const ids = new Set<string>();
  for (const spec of ruleSpecs()) {
    if (ids.has(spec.id)) throw new Error(`duplicate text rule id ${spec.id}`);
    ids.add(spec.id);
    if ((CONTEXT_KINDS as readonly string[]).includes(spec.kind)) context[spec.kind as ContextKind] = spec;
    else if (spec.kind in FACTORIES) line.push({ spec, match: FACTORIES[spec.kind as LineKind](spec) });
    else throw new Error(`text rule ${spec.id}: unknown kind ${spec.kind}`);
  }
  for (const kind of CONTEXT_KINDS) if (!context[kind]) throw new Error(`no text rule of kind ${kind}`);
  compiled = { line, context: context as Record<ContextKind, RuleSpec> };
  return compiled;
}

export type LineVerdict = { rule: RuleSpec; evidence: string } | null;

/**
 * Verdicts on lines below the top, by line text. Pages of one site repeat their menus, footers and widgets line
 * for line (in the benchmark's WET text, 44% of lines were seen before), and a verdict depends on the text alone.
 */
const verdicts = new Map<string, LineVerdict>();

/** The first line rule that matches, with its evidence. `top` says whether this is the input's first line. */
export function classifyLine(line: LineView, top: boolean): LineVerdict {
  if (top) return firstMatch(line, true);
  const known = verdicts.get(line.text);
  if (known !== undefined) return known;
  const verdict = firstMatch(line, false);
  if (verdicts.size >= textTuning.rememberedLines) verdicts.clear();
  verdicts.set(line.text, verdict);
  return verdict;
}

function firstMatch(line: LineView, top: boolean): LineVerdict {
  for (const { spec, match } of textRules().line) {
    if (spec.where === "top" && !top) continue;
    const evidence = match(line);
    if (evidence !== null) return { rule: spec, evidence };
  }
  return null;
}
