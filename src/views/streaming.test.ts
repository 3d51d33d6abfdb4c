import { test } from "node:test";
import assert from "node:assert/strict";
import v8 from "node:v8";
import vm from "node:vm";
import { loadPack } from "../core/pack.js";
import type { EventRow, MergedStatement, StatementQuery, Store, StoredDocument } from "../store/store.js";
import { writeCsv } from "./export-csv.js";
import { writeJsonl } from "./export-jsonl.js";
import { writeMarkdown } from "./export-md.js";
import { PAGE_SIZE } from "./pages.js";
import { timeline } from "./timeline.js";

// The views read the store a page at a time and write as they read: on a store of any size memory stays flat.
// A synthetic store makes rows on demand (it holds none), counts what it is asked, and the peak heap while
// exporting a store of N statements is compared with one five times larger.

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const pack = loadPack();

const DAY = 86_400_000;
const dateOf = (i: number, n: number): string => new Date(Date.UTC(1990, 0, 1) + Math.floor((i * 12_000) / n) * DAY).toISOString().slice(0, 10);
const STANCES = ["open", "closed", "neutral", "conditional"] as const;

function statementAt(i: number, n: number): MergedStatement {
  const id = `s_${String(i).padStart(8, "0")}`;
  const documentId = `d_${String(i >> 2).padStart(8, "0")}`;
  const text = `words number ${i}, "quoted", with a comma and a line\nbreak ${"x".repeat(200)}`;
  const document = { source: `${documentId}.txt`, url: null, title: `title ${i}`, outlet: "Outlet", published: dateOf(i, n) };
  return {
    id, documentId, kind: "direct", text, start: 0, end: text.length,
    speaker: { key: `text:person:p${i % 50}`, name: `Person ${i % 50}`, country: i % 2 ? "RU" : "JP", kind: "person", mention: { start: 0, end: 1, text: "P" }, ruleId: "t" },
    cue: { start: 0, end: 4, text: "said" }, sentence: 0, saidOn: { date: dateOf(i, n), precision: "day", basis: "synthetic", ruleId: "t" },
    stance: { stance: STANCES[(i >> 6) % 4]!, cues: [], onTopic: true, ruleId: "t" }, ruleId: "t", document,
    sources: [{ statementId: id, documentId, start: 0, end: text.length, text, kind: "direct", ...document }],
  };
}

interface Counted {
  store: Store;
  biggestPage: number;
  calls: number;
}

/** A store of n statements (and no events) that makes every row when asked and forgets it. */
function syntheticStore(n: number): Counted {
  const c: Counted = { store: undefined as unknown as Store, biggestPage: 0, calls: 0 };
  const page = <T>(make: (i: number) => T, q: { limit?: number; after?: string }, total: number) => {
    c.calls++;
    const limit = q.limit ?? Infinity;
    c.biggestPage = Math.max(c.biggestPage, limit);
    const from = q.after ? Number(q.after) : 0;
    const to = Math.min(total, from + limit);
    return { rows: Array.from({ length: to - from }, (_, k) => make(from + k)), next: to < total ? String(to) : null };
  };
  const fake: Partial<Store> = {
    listMergedStatements: async (q: StatementQuery = {}) => page((i) => statementAt(i, n), q, q.stance || q.side || q.speakers ? 0 : n),
    listEvents: async (q = {}) => page((): EventRow => { throw new Error("no events"); }, q, 0),
    async *iterateMergedStatements() {
      for (let i = 0; i < n; i++) yield statementAt(i, n);
    },
    async *iterateDocuments() {
      for (let i = 0; i < n / 4; i++) yield { id: `d_${i}`, source: `${i}.txt`, url: null, title: "t", outlet: "Outlet", published: { date: null, precision: null, basis: "", ruleId: "", inferred: false }, meta: { title: null, outlet: null, published: { date: null, precision: null, basis: "", ruleId: "", inferred: false }, dateline: null, authors: [], language: null }, text: "x".repeat(500) } as unknown as StoredDocument;
    },
    countDocuments: async () => n / 4,
    countMergedStatements: async () => n,
    getEntity: async () => null,
  };
  c.store = fake as Store;
  return c;
}

/** A sink that keeps nothing, samples the heap as it goes, and counts what it got. */
function measuringSink() {
  let peak = 0;
  let writes = 0;
  let bytes = 0;
  return {
    write(s: string) {
      bytes += s.length;
      // the live heap: collected first, so garbage not yet collected does not count
      if (++writes % 5000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    },
    peak: () => peak,
    bytes: () => bytes,
  };
}

async function peakHeap(n: number, run: (store: Store, sink: { write(s: string): unknown }) => Promise<unknown>): Promise<{ peak: number; bytes: number }> {
  gc();
  const base = process.memoryUsage().heapUsed;
  const sink = measuringSink();
  await run(syntheticStore(n).store, sink);
  return { peak: Math.max(0, sink.peak() - base), bytes: sink.bytes() };
}

const MB = 1024 * 1024;
// Heap a five times larger store may add at the peak: far below what holding its rows would take (~30 MB).
const FLAT_MB = 5;

for (const [name, write] of [
  ["csv", (store: Store, sink: { write(s: string): unknown }) => writeCsv(store, sink)],
  ["jsonl", (store: Store, sink: { write(s: string): unknown }) => writeJsonl(store, sink, { pack })],
  ["md", (store: Store, sink: { write(s: string): unknown }) => writeMarkdown(store, sink, { pack })],
] as const) {
  test(`streaming: the ${name} export of a store five times larger needs no more memory`, async () => {
    const small = await peakHeap(5_000, write);
    const large = await peakHeap(25_000, write);
    assert.ok(large.bytes > 4.5 * small.bytes, "the larger store was written out whole");
    assert.ok(large.peak - small.peak < FLAT_MB * MB, `peak heap ${(small.peak / MB).toFixed(1)} MB → ${(large.peak / MB).toFixed(1)} MB`);
  });
}

test("streaming: the timeline asks for pages no bigger than PAGE_SIZE and gives its first entry before reading on", async () => {
  const counted = syntheticStore(20_000);
  const it = timeline(counted.store, null)[Symbol.asyncIterator]();
  const first = await it.next();
  assert.equal(first.done, false);
  assert.ok(counted.calls <= 3, `${counted.calls} store calls for the first entry`);
  let n = 1;
  while (!(await it.next()).done) n++;
  assert.equal(n, 20_000);
  assert.equal(counted.biggestPage, PAGE_SIZE);
});
