import type { Store } from "./store.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";

/** True for a postgres:// (or postgresql://) URL, as --db and DOSSIER_DB accept. */
export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/** The URL with its password masked, for messages. */
export const redactUrl = (location: string): string => location.replace(/(\/\/[^:/@]*:)[^@/]*@/, "$1***@");

/** Open the store named by a path (SQLite file) or a postgres:// URL. */
export async function openStore(location: string): Promise<Store> {
  if (!isPostgresUrl(location)) return new SqliteStore(location);
  // loaded only when asked for: most runs use SQLite and need not load the PostgreSQL client
  const { PostgresStore } = await import("./postgres/postgres-store.js");
  try {
    return await PostgresStore.open(location);
  } catch (err) {
    throw new Error(`cannot open the PostgreSQL store ${redactUrl(location)}: ${(err as Error).message}`);
  }
}
