import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { parseHtml } from "../core/html.js";
import { sharedPath } from "../core/paths.js";
import { htmlText } from "./html-text.js";
import { cleanText, HEADLINE_RULE, type TextRemoval } from "./text.js";

// Measures plain-text cleaning on real material in ../shared: which rules fire on the seeds, how many
// lines of clean article bodies the rules would remove (should be ~0), and whether the main-text
// segments of the trafilatura evaluation pages survive. Used by the tests; run it to print the figures:
//   node dist/src/clean/text-eval.js

/** Whitespace-collapsed, for substring checks that ignore line breaks. */
const flat = (s: string): string => s.replace(/\s+/gu, " ").trim();

/** How often each rule fired over the five seed pages. */
export function seedRuleHits(): Record<string, number> {
  const hits: Record<string, number> = {};
  const dir = sharedPath("seeds");
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
    for (const r of cleanText(readFileSync(`${dir}/${name}`, "utf8")).removed) hits[r.ruleId] = (hits[r.ruleId] ?? 0) + 1;
  }
  return hits;
}

export interface BodyRemovals {
  /** Non-blank lines in all the gold bodies. */
  lines: number;
  /** Lines the furniture and repeat rules removed (the headline rule excluded). */
  removed: { doc: string; removal: TextRemoval }[];
  /** First lines taken as the title (they leave the body but are kept as `title`). */
  titles: { doc: string; title: string }[];
}

/** cleanText over the hand-cleaned bodies of the article-extraction benchmark. */
export function benchmarkBodyRemovals(): BodyRemovals {
  const truth = JSON.parse(readFileSync(sharedPath("data", "article-extraction-benchmark", "ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody: string }
  >;
  const out: BodyRemovals = { lines: 0, removed: [], titles: [] };
  for (const [doc, { articleBody }] of Object.entries(truth)) {
    out.lines += articleBody.split("\n").filter((l) => l.trim()).length;
    const r = cleanText(articleBody);
    for (const removal of r.removed) {
      if (removal.ruleId === HEADLINE_RULE) out.titles.push({ doc, title: removal.text });
      else out.removed.push({ doc, removal });
    }
  }
  return out;
}

export interface SegmentSurvival {
  docs: number;
  /** Main-text segments found in the flattened page, and how many of them survived (in text or title). */
  withPresent: number;
  withKept: number;
  lost: { url: string; segment: string; ruleId: string | null; line: string | null }[];
  /** Furniture segments found in the flattened page, and how many of them were removed. */
  withoutPresent: number;
  withoutRemoved: number;
}

/**
 * The trafilatura evaluation pages, flattened to text (one line per block) and cleaned as plain
 * text: do the annotated main-text segments survive? `every` samples every n-th page.
 */
export function trafilaturaSegments(every = 1): SegmentSurvival {
  const base = sharedPath("data", "trafilatura-eval");
  const data = JSON.parse(readFileSync(`${base}/evaldata.json`, "utf8")) as Record<string, { file: string; with?: string[]; without?: string[] }>;
  const out: SegmentSurvival = { docs: 0, withPresent: 0, withKept: 0, lost: [], withoutPresent: 0, withoutRemoved: 0 };
  Object.entries(data).forEach(([url, page], n) => {
    if (n % every !== 0) return;
    const path = [`${base}/eval/${page.file}.gz`, `${base}/cache/${page.file}.gz`].find(existsSync);
    if (!path) return;
    out.docs++;
    const input = htmlText(parseHtml(gunzipSync(readFileSync(path)).toString("utf8")).body).join("\n");
    const r = cleanText(input);
    const flatPage = flat(input);
    const text = flat(r.text);
    const kept = flat(`${r.text}\n${r.title ?? ""}`);
    for (const segment of (page.with ?? []).map(flat)) {
      if (!flatPage.includes(segment)) continue;
      out.withPresent++;
      if (kept.includes(segment)) out.withKept++;
      else {
        const by = r.removed.find((x) => flat(x.text).includes(segment) || segment.includes(flat(x.text)));
        out.lost.push({ url, segment, ruleId: by?.ruleId ?? null, line: by?.text ?? null });
      }
    }
    for (const segment of (page.without ?? []).map(flat)) {
      if (!flatPage.includes(segment)) continue;
      out.withoutPresent++;
      if (!text.includes(segment)) out.withoutRemoved++;
    }
  });
  return out;
}

function report(): void {
  console.log("Rule hits on the seeds:", seedRuleHits());
  const b = benchmarkBodyRemovals();
  console.log(`\nBenchmark bodies: ${b.removed.length} of ${b.lines} lines removed (${((100 * b.removed.length) / b.lines).toFixed(2)}%)`);
  for (const { doc, removal } of b.removed) console.log(`  ${doc.slice(0, 8)} ${removal.ruleId} [${removal.evidence}] ${removal.text.slice(0, 100)}`);
  console.log(`First lines taken as title: ${b.titles.length}`);
  for (const t of b.titles) console.log(`  ${t.doc.slice(0, 8)} ${t.title.slice(0, 100)}`);
  const s = trafilaturaSegments(Number(process.argv[2] ?? 1));
  console.log(`\nTrafilatura pages: ${s.docs}; main-text segments kept ${s.withKept}/${s.withPresent}; furniture segments removed ${s.withoutRemoved}/${s.withoutPresent}`);
  for (const l of s.lost) console.log(`  lost ${l.ruleId}: ${l.segment.slice(0, 80)} | ${l.line?.slice(0, 100)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) report();
