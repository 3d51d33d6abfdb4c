import type { Store } from "./store.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";

/** Open the store named by a path (SQLite file) or a postgres:// URL. */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new Error(`PostgreSQL stores are not available in this build yet: ${location.replace(/:[^:@/]*@/, ":***@")}`);
  }
  return new SqliteStore(location);
}
