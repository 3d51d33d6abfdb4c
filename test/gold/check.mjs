#!/usr/bin/env node
// Checks test/gold/dev.jsonl against the pages it annotates (in ../shared/data):
// every line has the gold fields, every statement span, must_keep line and boilerplate line
// occurs in the page's text (entities decoded, whitespace collapsed), and the values are well formed.
// Usage: node test/gold/check.mjs [path/to/gold.jsonl]      Exit code 1 when anything is wrong.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";

const here = dirname(fileURLToPath(import.meta.url));
const data = resolve(here, "..", "..", "..", "shared", "data");
const goldPath = process.argv[2] ?? join(here, "dev.jsonl");
const KINDS = ["direct", "indirect", "mixed"];
const STANCES = ["open", "conditional", "closed", "neutral"];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

// The gold id names the page: a fundus file stem, a benchmark hash, or a readability case path.
function pagePath(id) {
  if (id.startsWith("readability-test-pages/")) return join(data, id + ".html.gz");
  const bench = join(data, "article-extraction-benchmark", "html", id + ".html.gz");
  if (existsSync(bench)) return bench;
  const fundus = join(data, "fundus-news-html");
  for (const cc of readdirSync(fundus)) {
    const p = join(fundus, cc, id + ".html.gz");
    if (existsSync(p)) return p;
  }
  return null;
}

// Page text as a reader sees it: no scripts or styles, entities decoded, whitespace collapsed.
function pageText(path) {
  const { document } = parseHTML(gunzipSync(readFileSync(path)).toString("utf8"));
  for (const el of document.querySelectorAll("script, style, noscript, template")) el.remove();
  return (document.documentElement.textContent ?? "").replace(/[\s\u00a0]+/g, " ");
}
const norm = (s) => s.replace(/[\s\u00a0]+/g, " ").trim();

const problems = [];
let docs = 0, statements = 0, required = 0;
for (const [n, line] of readFileSync(goldPath, "utf8").split("\n").entries()) {
  if (!line.trim()) continue;
  let g;
  try { g = JSON.parse(line); } catch (e) { problems.push(`line ${n + 1}: not JSON (${e.message})`); continue; }
  const bad = (msg) => problems.push(`${g.id}: ${msg}`);
  docs++;
  for (const f of ["id", "title", "published", "boilerplate", "must_keep", "statements", "events"]) if (!(f in g)) bad(`missing ${f}`);
  if (g.published?.date && !DATE.test(g.published.date)) bad(`published.date ${g.published.date}`);
  const path = pagePath(g.id);
  if (!path) { bad("page not found in ../shared/data"); continue; }
  const text = pageText(path);
  const seen = new Set();
  for (const s of g.statements ?? []) {
    statements++;
    if (!s.optional) required++;
    const span = norm(s.text ?? "");
    if (!text.includes(span)) bad(`span not on the page: ${span.slice(0, 70)}`);
    if (seen.has(span)) bad(`span listed twice: ${span.slice(0, 70)}`);
    seen.add(span);
    if (!s.speaker) bad(`no speaker for: ${span.slice(0, 50)}`);
    if (!KINDS.includes(s.kind)) bad(`kind ${s.kind}`);
    if (!STANCES.includes(s.stance)) bad(`stance ${s.stance}`);
    if (s.stance_ok && !s.stance_ok.includes(s.stance)) bad(`stance_ok lacks the stance: ${span.slice(0, 50)}`);
    if (s.said_on !== null && !DATE.test(s.said_on ?? "")) bad(`said_on ${s.said_on}`);
  }
  for (const m of g.must_keep ?? []) if (!text.includes(norm(m))) bad(`must_keep not on the page: ${m.slice(0, 60)}`);
  for (const b of g.boilerplate ?? []) if (!text.includes(norm(b))) bad(`boilerplate not on the page: ${b.slice(0, 60)}`);
}
console.log(`${docs} documents, ${statements} statements (${required} required), ${problems.length} problems`);
for (const p of problems) console.log("  " + p);
process.exit(problems.length ? 1 : 0);
