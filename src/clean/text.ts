import type { Removal } from "../core/types.js";
import { repeats } from "./repeats.js";
import { captionRepeats } from "./text-captions.js";
import { findHeadline, headlineRepeats } from "./text-headline.js";
import { relatedHeadlines } from "./text-related.js";
import { classifyLine, textRules, type RuleKind } from "./text-rules.js";
import { fold, isProse, lineView, type LineView } from "./text-shape.js";

// Plain-text cleaning: drop page furniture line by line, take out the headline, drop repeated
// paragraphs. Each kept line is one paragraph, verbatim; each dropped line is recorded with the rule
// that dropped it and the words that made it match.

/** A removal with the evidence for it (a `Removal` to everyone downstream). */
export interface TextRemoval extends Removal {
  line: number;
  evidence: string;
}

export interface CleanedText {
  /** Body paragraphs joined by a blank line, each exactly as printed (surrounding whitespace trimmed). */
  text: string;
  removed: TextRemoval[];
  title: string | null;
}

export const HEADLINE_RULE = "text/headline";
export const HEADLINE_REPEAT_RULE = "text/headline-repeat";

/** Rule kinds whose removals are picture credits, next to which a bare caption repeat may sit. */
const CREDIT_KINDS: ReadonlySet<RuleKind> = new Set(["credit", "agency"]);

interface TextLine extends LineView {
  /** 1-based line number in the input. */
  no: number;
}

/** The non-blank lines of the input with their line numbers. */
function textLines(input: string): TextLine[] {
  const out: TextLine[] = [];
  input.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (raw.trim()) out.push(Object.assign(lineView(raw), { no: i + 1 }));
  });
  return out;
}

export function cleanText(input: string): CleanedText {
  const { context } = textRules();
  const lines = textLines(input);
  const verdicts = new Map<number, { ruleId: string; kind: RuleKind | null; evidence: string }>();
  const taken = (i: number): boolean => verdicts.has(i);
  const remove = (i: number, ruleId: string, kind: RuleKind | null, evidence: string): void => {
    if (!taken(i)) verdicts.set(i, { ruleId, kind, evidence });
  };

  lines.forEach((line, i) => {
    const hit = classifyLine(line, i === 0);
    if (hit) remove(i, hit.rule.id, hit.rule.kind, hit.evidence);
  });

  const headline = findHeadline(lines, taken);
  const title = headline === null ? null : (lines[headline]?.text ?? null);
  if (headline !== null) {
    remove(headline, HEADLINE_RULE, null, "first headline-shaped line above the body");
    const preamble = context.preamble;
    for (let i = 0; i < headline; i++) {
      const line = lines[i];
      if (line && line.words <= (preamble.maxWords ?? 4) && !isProse(line)) remove(i, preamble.id, "preamble", "short line above the headline");
    }
    for (const i of headlineRepeats(lines, headline, taken)) remove(i, HEADLINE_REPEAT_RULE, null, `repeats line ${lines[headline]?.no}`);
  }

  const credits = new Set([...verdicts].filter(([, v]) => v.kind && CREDIT_KINDS.has(v.kind)).map(([i]) => i));
  for (const { index, of } of captionRepeats(lines, credits, taken)) {
    remove(index, context["caption-repeat"].id, "caption-repeat", `start of credit line ${lines[of]?.no}`);
  }

  const body = (): number[] => lines.map((_, i) => i).filter((i) => !taken(i));
  for (const { index, evidence } of relatedHeadlines(lines, body(), context["related-headline"], title)) {
    remove(index, context["related-headline"].id, "related-headline", evidence);
  }

  const kept = body();
  // A line without marks folds to its key already: repeats need not fold it again.
  const folded = kept.map((i) => (lines[i]!.text === lines[i]!.core ? lines[i]!.key : fold(lines[i]!.text)));
  for (const r of repeats(kept.map((i) => lines[i]?.text ?? ""), folded)) {
    const index = kept[r.index] ?? -1;
    remove(index, r.ruleId, null, `${r.ruleId === "repeat/teaser" ? "start" : "copy"} of line ${lines[kept[r.of] ?? -1]?.no}`);
  }

  const removed: TextRemoval[] = [...verdicts]
    .sort(([a], [b]) => a - b)
    .map(([i, v]) => ({ text: lines[i]?.text ?? "", ruleId: v.ruleId, line: lines[i]?.no ?? 0, evidence: v.evidence }));
  const text = body()
    .map((i) => lines[i]?.text ?? "")
    .join("\n\n");
  return { text, removed, title };
}
