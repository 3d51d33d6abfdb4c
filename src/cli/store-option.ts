import { existsSync } from "node:fs";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";
import type { Parsed } from "./main.js";
import { optionValue } from "./settings.js";
import { UsageError, type Io } from "./io.js";

/** The store this command works on (--db, else DOSSIER_DB, else ./dossier.db). */
export const storeLocation = (p: Parsed, io: Io): string => optionValue("db", p.values, io.env) ?? "./dossier.db";

/**
 * Open the store, run `fn`, close it. Reading commands refuse to create an empty store where none exists:
 * a mistyped --db should say so, not print an empty list.
 */
export async function withStore<T>(p: Parsed, io: Io, mode: "read" | "write", fn: (store: Store) => Promise<T>): Promise<T> {
  const location = storeLocation(p, io);
  const isUrl = /^postgres(ql)?:\/\//i.test(location);
  if (mode === "read" && !isUrl && !existsSync(location)) {
    throw new UsageError(`no store at ${location}: ingest something first (dossier ingest FILES --db ${location})`);
  }
  const store = await openStore(location);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
