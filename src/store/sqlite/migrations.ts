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
];
