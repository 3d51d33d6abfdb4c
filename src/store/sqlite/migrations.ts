// Schema changes, in order. PRAGMA user_version records how many have run; a new change is a new entry, never an
// edit of an old one. Document-keyed tables carry the document id so they stay shardable by it.

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
];
