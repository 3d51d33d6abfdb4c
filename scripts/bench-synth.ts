// Large stores for measuring queries and pages. Real pages give too few statements (they are general news; few
// sentences are quoted speech), so a store is grown with the five seeds, processed once by the real pipeline and
// stored again and again as new documents with their dates moved back 1 to 24 years: real statements, real
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

/** A date moved back `years`, at any precision; 29 February lands on the 28th in a common year. */
export function shiftYears(date: string | null, years: number): string | null {
  if (!date) return date;
  const y = Number(date.slice(0, 4)) - years;
  const moved = `${y}${date.slice(4)}`;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return moved.endsWith("-02-29") && !leap ? moved.replace(/-02-29$/, "-02-28") : moved;
}

/** A processed document stored again as another one (copy number `copy`), its dates `years` earlier. */
export function synthetic(doc: Doc, copy: number, years: number): Doc {
  const hash = sha256(`${doc.hash}:synthetic:${copy}`);
  const x = doc.data.extract as Extraction;
  const statements = x.statements.map((s) => ({ ...s, saidOn: { ...s.saidOn, date: shiftYears(s.saidOn.date, years) } }));
  const events = x.events?.map((e) => ({ ...e, date: shiftYears(e.date, years) }));
  const published = { ...doc.meta.published, date: shiftYears(doc.meta.published.date, years) };
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
      batch.push(store.putDocument(synthetic(doc, copy, 1 + (copy % 24))));
      have += n;
      added += n;
      if (batch.length >= concurrency) await Promise.all(batch.splice(0));
    }
    await Promise.all(batch);
    opts.progress?.(have);
  }
  return added;
}
