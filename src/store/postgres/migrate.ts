import type pg from "pg";
import { schemaBehind } from "../open-options.js";
import { migrations } from "./migrations.js";

// Any constant works as long as only dossier uses it: it serialises schema changes between processes that open
// the same database at once (several workers starting together).
const MIGRATION_LOCK = 0x646f7373; // "doss"

/**
 * A migration the server refused, said with its number and the server's own hint: most often the user may not
 * create tables in the schema, or the pg_trgm extension (migration 10), which the database's owner may create.
 */
function migrationFailed(version: number, err: unknown): Error {
  const e = err as { message?: string; hint?: string };
  const hint = e.hint ? ` (${e.hint.replace(/\.$/, "")})` : "";
  return new Error(
    `setting up the database's schema failed at version ${version} of ${migrations.length}: ${e.message ?? String(err)}${hint}. ` +
      "dossier's user must be allowed to create tables and indexes in the database, and the pg_trgm extension must " +
      "be there or creatable by it (as the database's owner: CREATE EXTENSION pg_trgm)",
  );
}

/** Apply the migrations this database has not seen, all in one transaction. Returns the schema version. */
export async function migrate(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  // the version being set up when the server refused (1 while the version table itself is made)
  let step = 1;
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query("CREATE TABLE IF NOT EXISTS dossier_schema (version integer NOT NULL)");
    const current = ((await client.query("SELECT max(version) AS v FROM dossier_schema")).rows[0]?.v as number | null) ?? 0;
    for (let v = current; v < migrations.length; v++) {
      step = v + 1;
      await client.query(migrations[v]!);
      await client.query("INSERT INTO dossier_schema (version) VALUES ($1)", [v + 1]);
    }
    await client.query("COMMIT");
    return Math.max(current, migrations.length);
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw (err as { code?: unknown }).code ? migrationFailed(step, err) : err;
  } finally {
    client.release();
  }
}

/** For a read-only open: the schema must be current already; a database dossier never set up counts as version 0. */
export async function checkSchema(pool: pg.Pool, location: string): Promise<void> {
  const exists = (await pool.query("SELECT to_regclass('dossier_schema') IS NOT NULL AS e")).rows[0]?.e === true;
  const version = exists ? Number((await pool.query("SELECT coalesce(max(version), 0) AS v FROM dossier_schema")).rows[0]?.v) : 0;
  if (version < migrations.length) throw new Error(schemaBehind(location, version, migrations.length));
}
