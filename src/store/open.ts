import type { Store } from "./store.js";
import { redactUrl, type OpenOptions } from "./open-options.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";

export { redactUrl };

/** True for a postgres:// (or postgresql://) URL, as --db and DOSSIER_DB accept. */
export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/** Open the store named by a path (SQLite file) or a postgres:// URL; `readonly` for a process that only reads. */
export async function openStore(location: string, opts: OpenOptions = {}): Promise<Store> {
  if (!isPostgresUrl(location)) return new SqliteStore(location, opts);
  // loaded only when asked for: most runs use SQLite and need not load the PostgreSQL client
  const { PostgresStore } = await import("./postgres/postgres-store.js");
  try {
    return await PostgresStore.open(location, "dossier", opts);
  } catch (err) {
    throw new Error(`cannot open the PostgreSQL store ${redactUrl(location)}: ${(err as Error).message}`);
  }
}
