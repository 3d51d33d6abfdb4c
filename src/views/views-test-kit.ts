import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../cli/main.js";
import { bufferIo } from "../cli/test-io.js";
import { sharedPath } from "../core/paths.js";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";

// The five real seed pages through the whole pipeline into a fresh SQLite store, once per test process, for the
// view and export tests. Test support only.

let ingested: Promise<string> | undefined;

/** The path of a store holding the seeds, ingested on first use. */
export function seedStorePath(): Promise<string> {
  ingested ??= (async () => {
    const db = join(mkdtempSync(join(tmpdir(), "dossier-views-")), "seeds.db");
    const io = bufferIo();
    const code = await run(["ingest", sharedPath("seeds"), "--db", db, "--quiet"], io);
    if (code !== 0) throw new Error(`ingest of the seeds failed (${code}): ${io.err()}`);
    return db;
  })();
  return ingested;
}

/** Run `fn` on the seed store, closing it afterwards. */
export async function withSeedStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(await seedStorePath());
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Every item of an async iterable. */
export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}
