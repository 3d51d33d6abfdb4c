// Scores the describe stage's title and published date on HTML pages with gold metadata.
//  1. ../shared/data/fundus-news-html: <Publisher>.json versions paired with the HTML files (SOURCE.md:
//     versions sorted numerically, files by the date in their name, n-th with n-th); url and crawl date
//     from meta.info; gold `title` and `publishing_date` (an ISO stamp: its date part is the page's own day).
//  2. ../shared/data/trafilatura-eval: evaldata.json `title` and `date` (pages without them are not scored).
// Titles: exact after whitespace normalisation, and lenient (case, quotes, dashes and punctuation ignored,
// or token overlap ≥ LENIENT_OVERLAP). Dates: same day, and within ±1 day.
// Usage: node dist/scripts/eval-meta.js [--verbose] [--only fundus|traf] [--no-clean]
//   --no-clean  describe from the HTML facts alone, without the HTML cleaner's text and removed blocks
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { createDoc, type Doc } from "../src/core/doc.js";
import { parseHtml } from "../src/core/html.js";
import { sharedPath } from "../src/core/paths.js";
import { cleanHtml } from "../src/clean/html.js";
import { collectHtmlFacts } from "../src/describe/html-facts.js";
import { describe } from "../src/describe/describe.js";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const noClean = args.includes("--no-clean");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;

/** Token overlap (Jaccard over lower-cased word sets) from which two titles count as the same (lenient). */
const LENIENT_OVERLAP = 0.8;
const DAY_MS = 86_400_000;

interface Case {
  name: string;
  url: string | null;
  crawledAt: string | null;
  bytes: Uint8Array;
  title: string | null;
  date: string | null;
}

/** Bytes → text: the charset a <meta> declares in the first 4 KB, else UTF-8 (a simple stand-in for src/read). */
function decode(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

const versionKey = (v: string): number[] => v.replace(/^V/, "").split("_").map(Number);
const byVersion = (a: string, b: string): number => {
  const x = versionKey(a);
  const y = versionKey(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

function fundusCases(): Case[] {
  const root = sharedPath("data", "fundus-news-html");
  const cases: Case[] = [];
  for (const cc of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = join(root, cc);
    const info = JSON.parse(readFileSync(join(dir, "meta.info"), "utf8")) as Record<string, { url: string; crawl_date: string | null }>;
    for (const json of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const publisher = json.replace(/\.json$/, "");
      const gold = JSON.parse(readFileSync(join(dir, json), "utf8")) as Record<string, { title?: string; publishing_date?: string | null }>;
      const versions = Object.keys(gold).sort(byVersion);
      const files = readdirSync(dir).filter((f) => f.startsWith(`${publisher}_`) && f.endsWith(".html.gz")).sort();
      files.forEach((file, n) => {
        const g = gold[versions[n] ?? ""];
        if (!g) return;
        cases.push({
          name: `${cc}/${file}`,
          url: info[file]?.url ?? null,
          crawledAt: info[file]?.crawl_date ?? null,
          bytes: gunzipSync(readFileSync(join(dir, file))),
          title: g.title ?? null,
          date: g.publishing_date ? g.publishing_date.slice(0, 10) : null,
        });
      });
    }
  }
  return cases;
}

function trafilaturaCases(): Case[] {
  const root = sharedPath("data", "trafilatura-eval");
  const gold = JSON.parse(readFileSync(join(root, "evaldata.json"), "utf8")) as Record<string, { file: string; title?: string | null; date?: string | null }>;
  const cases: Case[] = [];
  for (const [url, g] of Object.entries(gold)) {
    let bytes: Buffer | null = null;
    for (const sub of ["eval", "cache"]) {
      try {
        bytes = gunzipSync(readFileSync(join(root, sub, `${g.file}.gz`)));
        break;
      } catch {
        // not in this folder
      }
    }
    if (!bytes) continue;
    cases.push({ name: g.file, url: /^https?:/.test(url) ? url : null, crawledAt: null, bytes, title: g.title || null, date: g.date || null });
  }
  return cases;
}

let cleanFailures = 0;

function run(c: Case): Doc {
  const doc = createDoc({ source: c.name, url: c.url, kind: "html", body: c.bytes, charset: null, crawledAt: c.crawledAt, given: {} });
  doc.input = decode(c.bytes);
  const dom = parseHtml(doc.input);
  doc.data.htmlFacts = collectHtmlFacts(dom);
  if (!noClean) {
    // The HTML cleaner is another stage under development: a page it cannot handle is described from
    // its facts alone, and counted.
    try {
      const cleaned = cleanHtml(dom, c.url);
      doc.text = cleaned.text;
      doc.removed = cleaned.removed;
    } catch {
      cleanFailures++;
    }
  }
  return describe(doc, { pack: null });
}

const normSpace = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, " ").trim();
const normLenient = (s: string): string =>
  normSpace(s).normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
function lenientMatch(a: string, b: string): boolean {
  const x = normLenient(a);
  const y = normLenient(b);
  if (x === y) return true;
  const sx = new Set(x.split(" "));
  const sy = new Set(y.split(" "));
  const common = [...sx].filter((w) => sy.has(w)).length;
  return common / (sx.size + sy.size - common) >= LENIENT_OVERLAP;
}
const dayDiff = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");

interface Row {
  label: string;
  pages: number;
  titles: number;
  titleExact: number;
  titleLenient: number;
  dates: number;
  sameDay: number;
  nearDay: number;
  none: number;
  crawl: number;
}

function evaluate(label: string, cases: Case[]): Row {
  const t = { gold: 0, exact: 0, lenient: 0 };
  const d = { gold: 0, exact: 0, near: 0, none: 0, crawl: 0 };
  const titleRules = new Map<string, [number, number]>();
  const dateRules = new Map<string, [number, number]>();
  const misses: string[] = [];
  const tally = (m: Map<string, [number, number]>, key: string, ok: boolean): void => {
    const v = m.get(key) ?? [0, 0];
    m.set(key, [v[0] + (ok ? 1 : 0), v[1] + 1]);
  };
  for (const c of cases) {
    const doc = run(c);
    const title = doc.meta.title?.value ?? null;
    if (c.title) {
      t.gold++;
      const exact = title !== null && normSpace(title) === normSpace(c.title);
      const lenient = title !== null && lenientMatch(title, c.title);
      if (exact) t.exact++;
      if (lenient) t.lenient++;
      tally(titleRules, doc.meta.title?.ruleId ?? "title/none", lenient);
      if (!lenient) misses.push(`TITLE ${c.name}\n   gold: ${c.title}\n   got:  ${title} [${doc.meta.title?.ruleId} · ${doc.meta.title?.basis}]`);
    }
    if (c.date) {
      d.gold++;
      const p = doc.meta.published;
      const got = p.precision === "day" ? p.date : null;
      const exact = got === c.date;
      if (exact) d.exact++;
      if (got !== null && dayDiff(got, c.date) <= 1) d.near++;
      if (p.date === null) d.none++;
      if (p.crawl) d.crawl++;
      tally(dateRules, p.ruleId, exact);
      if (!exact) misses.push(`DATE ${c.name}\n   gold: ${c.date}\n   got:  ${p.date} [${p.ruleId} · ${p.basis}]`);
    }
  }
  console.log(`\n${label}: ${cases.length} pages${cleanFailures ? ` (HTML cleaner failed on ${cleanFailures}; described from facts)` : ""}`);
  cleanFailures = 0;
  const show = (name: string, m: Map<string, [number, number]>): void => {
    const rows = [...m.entries()].sort((a, b) => b[1][1] - a[1][1]);
    console.log(`  ${name} by rule: ${rows.map(([k, [ok, n]]) => `${k} ${ok}/${n}`).join(", ")}`);
  };
  show("title", titleRules);
  show("date", dateRules);
  if (verbose) for (const m of misses) console.log(`  ${m}`);
  return { label, pages: cases.length, titles: t.gold, titleExact: t.exact, titleLenient: t.lenient, dates: d.gold, sameDay: d.exact, nearDay: d.near, none: d.none, crawl: d.crawl };
}

function table(rows: Row[]): void {
  const head = ["corpus", "pages", "titles", "exact", "lenient", "dates", "same day", "±1 day", "no date", "capture"];
  const body = rows.map((r) => [
    r.label, String(r.pages), String(r.titles), pct(r.titleExact, r.titles), pct(r.titleLenient, r.titles),
    String(r.dates), pct(r.sameDay, r.dates), pct(r.nearDay, r.dates), String(r.none), String(r.crawl),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\n${line(head)}\n${body.map(line).join("\n")}`);
}

const rows: Row[] = [];
if (only !== "traf") rows.push(evaluate("fundus-news-html", fundusCases()));
if (only !== "fundus") rows.push(evaluate("trafilatura-eval", trafilaturaCases()));
table(rows);
