// Schema changes, in order. PRAGMA user_version records how many have run; a new change is a new entry, never an
// edit of an old one. Document-keyed tables carry the document id so they stay shardable by it.

/**
 * A trigram index of a table's `text` (migration 6). It holds the row's id and a copy of its text under the row's
 * rowid at insert; rows are never updated, and a deleted row is dropped by rowid and id both, so a rowid that VACUUM
 * renumbered can never drop another row.
 */
const trigramIndex = (table: string): string =>
  `CREATE VIRTUAL TABLE ${table}_trigrams USING fts5(id UNINDEXED, text, tokenize='trigram', detail='none');
   INSERT INTO ${table}_trigrams(rowid, id, text) SELECT rowid, id, text FROM ${table};
   CREATE TRIGGER ${table}_trigrams_ai AFTER INSERT ON ${table} BEGIN
     INSERT INTO ${table}_trigrams(rowid, id, text) VALUES (new.rowid, new.id, new.text);
   END;
   CREATE TRIGGER ${table}_trigrams_ad AFTER DELETE ON ${table} BEGIN
     DELETE FROM ${table}_trigrams WHERE rowid = old.rowid AND id = old.id;
   END;`;

export const migrations: string[] = [
  // 1: documents and their full-text index
  `CREATE TABLE documents (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     hash TEXT NOT NULL UNIQUE,
     source TEXT NOT NULL,
     url TEXT,
     kind TEXT NOT NULL,
     size INTEGER NOT NULL,
     charset TEXT,
     title TEXT,
     outlet TEXT,
     published_date TEXT,
     published_precision TEXT,
     published TEXT NOT NULL,
     dateline TEXT,
     meta TEXT NOT NULL,
     text TEXT NOT NULL,
     removed TEXT NOT NULL,
     messages TEXT NOT NULL,
     crawled_at TEXT,
     ingested_at TEXT NOT NULL
   );
   CREATE INDEX documents_published ON documents(published_date);
   CREATE INDEX documents_url ON documents(url);
   CREATE VIRTUAL TABLE documents_fts USING fts5(
     title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
   );
   CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
     INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
   END;
   CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
     INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
   END;
   CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
     INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
     INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
   END;`,
  // 2: who said what: entities, their mentions, statements, and each document's extraction for later passes
  `CREATE TABLE entities (
     key TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     kind TEXT NOT NULL,
     country TEXT,
     actor_id TEXT
   );
   CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
   CREATE TABLE mentions (
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     seq INTEGER NOT NULL,
     start INTEGER NOT NULL,
     end INTEGER NOT NULL,
     text TEXT NOT NULL,
     entity_key TEXT NOT NULL,
     form TEXT NOT NULL,
     title TEXT,
     office_id TEXT,
     rule_id TEXT NOT NULL,
     PRIMARY KEY (document_id, seq)
   );
   CREATE INDEX mentions_entity ON mentions(entity_key);
   CREATE TABLE statements (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     seq INTEGER NOT NULL,
     kind TEXT NOT NULL,
     text TEXT NOT NULL,
     start INTEGER NOT NULL,
     end INTEGER NOT NULL,
     speaker_key TEXT NOT NULL,
     speaker_name TEXT NOT NULL,
     speaker_country TEXT,
     speaker_kind TEXT NOT NULL,
     cue TEXT NOT NULL,
     said_on TEXT,
     said_on_precision TEXT,
     stance TEXT NOT NULL,
     detail TEXT NOT NULL,
     rule_id TEXT NOT NULL
   );
   CREATE INDEX statements_document ON statements(document_id, seq);
   CREATE INDEX statements_speaker ON statements(speaker_key, said_on);
   CREATE INDEX statements_said_on ON statements(said_on);
   CREATE INDEX statements_stance ON statements(stance, said_on);
   CREATE TABLE extractions (
     document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
     data TEXT NOT NULL
   );`,
  // 3: the link stage's results: near-duplicate groups, merged statements, the keys that find candidates, and the
  // events the texts tell of
  `CREATE TABLE document_links (
     document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
     group_id TEXT NOT NULL,
     original_id TEXT NOT NULL,
     role TEXT NOT NULL,
     similarity REAL NOT NULL,
     changes TEXT NOT NULL,
     own_published TEXT NOT NULL,
     rule_id TEXT NOT NULL
   );
   CREATE INDEX document_links_group ON document_links(group_id);
   CREATE TABLE link_keys (
     kind TEXT NOT NULL,
     key TEXT NOT NULL,
     item_id TEXT NOT NULL,
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     PRIMARY KEY (kind, key, item_id)
   );
   -- one index serves both replacing an item's keys and the cascade when a document goes
   CREATE INDEX link_keys_document ON link_keys(document_id, kind, item_id);
   CREATE TABLE statement_links (
     statement_id TEXT PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
     group_id TEXT NOT NULL,
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     similarity REAL NOT NULL,
     rule_id TEXT NOT NULL
   );
   CREATE INDEX statement_links_group ON statement_links(group_id);
   CREATE TABLE events (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     seq INTEGER NOT NULL,
     start INTEGER NOT NULL,
     end INTEGER NOT NULL,
     text TEXT NOT NULL,
     sentence INTEGER NOT NULL,
     date TEXT,
     precision TEXT,
     basis TEXT NOT NULL,
     expr TEXT,
     actors TEXT NOT NULL,
     pack_event_id TEXT,
     rule_id TEXT NOT NULL
   );
   CREATE INDEX events_document ON events(document_id, seq);
   CREATE INDEX events_date ON events(date);
   CREATE INDEX events_pack_event ON events(pack_event_id);
   CREATE TABLE event_actors (
     event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
     actor_key TEXT NOT NULL,
     PRIMARY KEY (actor_key, event_id)
   );
   CREATE INDEX event_actors_event ON event_actors(event_id);`,
  // 4: listings sorted by when (undated last, '~' sorts after every date) and id, whole or filtered by speaker,
  // side or stance, read in index order instead of sorted whole for each page (a million statements took seconds).
  `CREATE INDEX statements_when ON statements(coalesce(said_on, '~'), id);
   CREATE INDEX statements_speaker_when ON statements(speaker_key, coalesce(said_on, '~'), id);
   CREATE INDEX statements_side_when ON statements(speaker_country, coalesce(said_on, '~'), id);
   CREATE INDEX statements_stance_when ON statements(stance, coalesce(said_on, '~'), id);
   DROP INDEX statements_speaker;
   DROP INDEX statements_stance;
   DROP INDEX statements_said_on;
   CREATE INDEX events_when ON events(coalesce(date, '~'), id);
   CREATE INDEX events_pack_event_when ON events(pack_event_id, coalesce(date, '~'), id);
   DROP INDEX events_date;
   DROP INDEX events_pack_event;`,
  // 5: how many documents name a pack event, counted from an index alone (the timeline says "named in N documents";
  // read from the table, 48,000 of them took 150 ms)
  `CREATE INDEX events_pack_event_document ON events(pack_event_id, document_id);`,
  // 6: trigram indexes of the words of statements and events, for listings filtered by words (sqlite/words-index.ts)
  `${trigramIndex("statements")}\n${trigramIndex("events")}`,
  // 7: the date-order indexes of statements and events hold the text too. A listing filtered by words that many rows
  // hold reads in date order and tests each row's text (words-index.ts); with the text in the index, SQLite tests it
  // there and reads a table row only for a match. 'remains closed' at a million statements: 50 ms -> 6 ms.
  `DROP INDEX statements_when;
   CREATE INDEX statements_when ON statements(coalesce(said_on, '~'), id, text);
   DROP INDEX events_when;
   CREATE INDEX events_when ON events(coalesce(date, '~'), id, text);`,
];
