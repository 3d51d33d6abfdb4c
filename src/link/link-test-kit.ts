// Real pages for the link stage's tests: near-duplicates and shared statements found in ../shared, processed by the
// real pipeline once per test process and stored in fresh SQLite stores.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Ctx, Doc } from "../core/doc.js";
import { loadPack } from "../core/pack.js";
import { sharedPath } from "../core/paths.js";
import { processPage } from "../pipeline/process.js";
import { readInputs } from "../read/index.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";

export const ctx: Ctx = { pack: loadPack() };

const benchmark = (id: string): string => `data/article-extraction-benchmark/html/${id}.html.gz`;

/** Pages that are copies of one another, or report the same statements, and pages that are neither. */
export const PAGES = {
  /** One Agencia EFE story on two Chilean sites, each with its own title and cuts. */
  efe: "data/trafilatura-eval/eval/24horas.cl-segundo.html.gz",
  efeCopy: "data/trafilatura-eval/eval/cooperativa.cl-presidente.html.gz",
  /** A dated page and the same article without any metadata (Readability's output of it). */
  nyt: "data/readability-test-pages/nytimes-1/source.html.gz",
  nytUndated: "data/readability-test-pages/nytimes-1/expected.html.gz",
  /** One article three times: on its site as crawled for two test sets, once without metadata. */
  medical: "data/trafilatura-eval/eval/medicalnewstoday.com.318674.html.gz",
  medicalAgain: "data/readability-test-pages/medicalnewstoday/source.html.gz",
  medicalUndated: "data/readability-test-pages/medicalnewstoday/expected.html.gz",
  /** Two outlets' stories on Home Depot's results quoting its chief executive. */
  homeDepotA: benchmark("51374560f40088e227f0053ff1bb0b8525d10a8d7bfbff1cd6033f42347fd85b"),
  homeDepotB: benchmark("f8ff621a0b9b7646cc0d57d37416feabba2bf78ef5dd0bfc5b080f9f97bbe584"),
  /** Two outlets quoting one executive on space exploration. */
  spaceA: benchmark("42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc"),
  spaceB: benchmark("d1c57d7821e5a5b27fb468c59489601bb2a042b1c05221166e3221d2b5dc217f"),
  /** Five different articles on the Russia–Japan peace treaty (three quote Peskov, on different days). */
  seed0: "seeds/000_1cc511142c460caa.txt",
  seed1: "seeds/001_cff2482fec23f13e.txt",
  seed3: "seeds/003_ff6a0fcddfbc72fb.txt",
  seed4: "seeds/004_1d70131682665344.txt",
} as const;

export type PageName = keyof typeof PAGES;

const processed = new Map<PageName, Doc>();

/** The page run through every per-document stage, once per process. */
export async function page(name: PageName): Promise<Doc> {
  let doc = processed.get(name);
  if (doc) return doc;
  for await (const item of readInputs([sharedPath(...PAGES[name].split("/"))])) {
    if ("failure" in item) throw new Error(`${PAGES[name]}: ${item.failure.reason}`);
    doc = processPage(item.page, ctx);
  }
  if (!doc) throw new Error(`${PAGES[name]}: no page read`);
  processed.set(name, doc);
  return doc;
}

export const freshStore = (): SqliteStore => new SqliteStore(join(mkdtempSync(join(tmpdir(), "dossier-link-")), "t.db"));

/** Store the pages (as ingest would) and return their ids. */
export async function put(store: SqliteStore, names: readonly PageName[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const doc = await page(name);
    await store.putDocument(doc);
    ids.push(doc.id);
  }
  return ids;
}
