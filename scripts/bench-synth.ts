// Large stores for measuring queries and pages. Real pages give too few statements (they are general news; few
// sentences are quoted speech), so a store is grown with the five seeds, processed once by the real pipeline and
// stored again and again as new documents with their dates moved back by up to 25 years: real statements, real
// speakers and stances, spread over a quarter century, stored through the Store like any document.
import type { Ctx, Doc } from "../src/core/doc.js";
import { sha256 } from "../src/core/hash.js";
import { sharedPath } from "../src/core/paths.js";
import type { Extraction } from "../src/extract/types.js";
import { processPage } from "../src/pipeline/process.js";
import { readInputs } from "../src/read/index.js";
import type { Store } from "../src/store/store.js";

/** Sources of synthesised documents start with this, so reports can tell them from real ones. */
export const SYNTHETIC = "synthetic:";

// Copies are spread over this many days before the seeds' own dates, so a day holds about as many statements as it
// would in a real corpus of the same size (a million statements over 25 years: a hundred-odd a day).
const SPREAD_DAYS = 25 * 365;
// A stride co-prime with the spread, so consecutive copies land far apart and every day is used.
const STRIDE = 7919;

const DAY_MS = 86_400_000;

/** A partial date moved back `days`, at its own precision: a day by days, a month by whole months, a year by years. */
export function shiftDays(date: string | null, days: number): string | null {
  if (!date) return date;
  if (date.length === 10) return new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
  if (date.length === 7) {
    const months = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - Math.round(days / 30.44);
    return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, "0")}`;
  }
  return String(Number(date.slice(0, 4)) - Math.round(days / 365.25));
}

/** A processed document stored again as another one (copy number `copy`), its dates moved back `days`. */
export function synthetic(doc: Doc, copy: number, days: number): Doc {
  const hash = sha256(`${doc.hash}:synthetic:${copy}`);
  const x = doc.data.extract as Extraction;
  const statements = x.statements.map((s) => ({ ...s, saidOn: { ...s.saidOn, date: shiftDays(s.saidOn.date, days) } }));
  const events = x.events?.map((e) => ({ ...e, date: shiftDays(e.date, days) }));
  const published = { ...doc.meta.published, date: shiftDays(doc.meta.published.date, days) };
  return {
    ...doc,
    id: `d_${hash.slice(0, 16)}`,
    hash,
    source: `${SYNTHETIC}${copy}:${doc.source}`,
    meta: { ...doc.meta, published },
    data: { ...doc.data, extract: { ...x, statements, ...(events ? { events } : {}) } },
  };
}

/** The seeds, through the real pipeline. */
export async function processedSeeds(ctx: Ctx): Promise<Doc[]> {
  const seeds: Doc[] = [];
  for await (const item of readInputs([sharedPath("seeds")])) if ("page" in item) seeds.push(processPage(item.page, ctx));
  return seeds;
}

/**
 * Stores synthesised copies of the seeds until the store holds `target` statements; `concurrency` documents are
 * in flight at once (PostgreSQL gains from several connections; SQLite writes one at a time anyway). Copies already
 * stored are counted, so an interrupted build resumes where it stopped. Returns how many statements it added.
 */
export async function growStore(store: Store, ctx: Ctx, target: number, opts: { concurrency?: number; progress?: (n: number) => void } = {}): Promise<number> {
  const seeds = await processedSeeds(ctx);
  let have = await store.countStatements();
  let added = 0;
  // copies are numbered on from the documents already there, so a resumed build adds new ones, not the same again
  let copy = await store.countDocuments();
  const concurrency = opts.concurrency ?? 1;
  while (have < target) {
    const batch: Promise<unknown>[] = [];
    for (let i = 0; i < concurrency * 16 && have < target; i++, copy++) {
      const doc = seeds[copy % seeds.length]!;
      const n = (doc.data.extract as Extraction).statements.length;
      batch.push(store.putDocument(synthetic(doc, copy, 1 + ((copy * STRIDE) % SPREAD_DAYS))));
      have += n;
      added += n;
      if (batch.length >= concurrency) await Promise.all(batch.splice(0));
    }
    await Promise.all(batch);
    opts.progress?.(have);
  }
  return added;
}
