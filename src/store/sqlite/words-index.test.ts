import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { seedDocs } from "../contract-statements.js";
import { SqliteStore } from "./sqlite-store.js";
import { SAID_WHEN } from "./statement-filter.js";
import { containsPattern } from "../fts-query.js";
import { FEW_ROWS, wordsFilter } from "./words-index.js";

/** The trigram index narrows the rows (a clause beyond the LIKE); null when the words are left to the LIKE alone. */
const wordsClause = (db: Database.Database, table: "statements" | "events", alias: string, words: string): string | null =>
  wordsFilter(db, table, alias, words).clauses[1] ?? null;

const fresh = () => join(mkdtempSync(join(tmpdir(), "dossier-words-")), "t.db");

/** A store of the processed seeds, and a connection of its own to the same file. */
async function seeded(): Promise<{ path: string; store: SqliteStore; db: Database.Database }> {
  const path = fresh();
  const store = new SqliteStore(path);
  for (const doc of await seedDocs()) await store.putDocument(doc);
  return { path, store, db: new Database(path) };
}

/** The ids a plain LIKE over the whole table gives, in listing order: what the index must not change. */
const byLike = (db: Database.Database, words: string): string[] =>
  (db.prepare(`SELECT s.id FROM statements s WHERE s.text LIKE ? ESCAPE '\\' ORDER BY ${SAID_WHEN}, s.id`).all(containsPattern(words)) as { id: string }[]).map(
    (r) => r.id,
  );

test("sqlite words index: rare words are looked up, short and common ones read in date order; the rows are the same", async () => {
  const { store, db } = await seeded();
  try {
    assert.ok(wordsClause(db, "statements", "s", "peace treaty"), "few statements: the index leads");
    assert.ok(wordsClause(db, "events", "e", "Declaration"), "events too");
    assert.equal(wordsClause(db, "statements", "s", "he"), null, "two letters: no trigram to look up");
    assert.equal(wordsClause(db, "statements", "s", "%_%"), null, "wildcards only");
    // as many statements as the threshold say the same words: the date order leads
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${FEW_ROWS})
      INSERT INTO statements (id, document_id, seq, kind, text, start, end, speaker_key, speaker_name, speaker_country, speaker_kind,
        cue, said_on, said_on_precision, stance, detail, rule_id)
      SELECT 'st_refrain_' || i, document_id, 1000 + i, kind, 'a common refrain, number ' || i, start, end, speaker_key, speaker_name,
        speaker_country, speaker_kind, cue, said_on, said_on_precision, stance, detail, rule_id
        FROM n, (SELECT * FROM statements LIMIT 1)`);
    assert.equal(wordsClause(db, "statements", "s", "common refrain"), null);
    // that walk tests each row's text in the index it reads, not in the table
    for (const [index, table] of [["statements_when", "statements"], ["events_when", "events"]] as const) {
      const columns = (db.prepare(`PRAGMA index_info(${index})`).all() as { name: string | null }[]).map((c) => c.name);
      assert.deepEqual(columns, [null, "id", "text"], `${index} on ${table}`);
    }
    assert.ok(wordsClause(db, "statements", "s", "number 1999"));
    for (const words of ["common refrain", "number 1999", "peace treaty", "Peace Treaty", "he", "100%_", "Japan"]) {
      const listed: string[] = [];
      let after: string | undefined;
      do {
        const page = await store.listStatements({ text: words, limit: 700, ...(after ? { after } : {}) });
        listed.push(...page.rows.map((r) => r.id));
        after = page.next ?? undefined;
      } while (after);
      assert.deepEqual(listed, byLike(db, words), words);
    }
    assert.equal((await store.listStatements({ text: "number 1999" })).rows.length, 1);
  } finally {
    db.close();
    await store.close();
  }
});

test("sqlite words index: a store from before it gets it filled from the rows it holds", async () => {
  const { path, store, db: raw } = await seeded();
  const statements = await store.countStatements();
  const events = await store.countEvents();
  const expected = byLike(raw, "peace treaty");
  await store.close();
  raw.exec(`DROP TRIGGER statements_trigrams_ai; DROP TRIGGER statements_trigrams_ad; DROP TABLE statements_trigrams;
    DROP TRIGGER events_trigrams_ai; DROP TRIGGER events_trigrams_ad; DROP TABLE events_trigrams;`);
  raw.pragma("user_version = 5");
  raw.close();
  const again = new SqliteStore(path);
  const db = new Database(path);
  try {
    const count = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    assert.equal(count("statements_trigrams"), statements);
    assert.equal(count("events_trigrams"), events);
    assert.ok(wordsClause(db, "statements", "s", "peace treaty"));
    assert.deepEqual((await again.listStatements({ text: "peace treaty" })).rows.map((r) => r.id), expected);
  } finally {
    db.close();
    await again.close();
  }
});
