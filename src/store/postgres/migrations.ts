// Schema changes, in order; dossier_schema records how many have run. A new change is a new entry, never an edit of
// an old one. It mirrors store/sqlite/migrations.ts table for table, with PostgreSQL's own types: jsonb for
// structured fields, a generated tsvector with a GIN index for full-text search.
//
// Keys, dates and names sort byte-wise (COLLATE "C") whatever the database's locale, as SQLite does: keyset cursors
// compare `coalesce(said_on, '~')` and ids, and '~' must sort after every date.
// Document-keyed tables carry the document id so they stay distributable by it (Citus).

export const migrations: string[] = [
  // 1: documents and their full-text index. `search` holds the words of the title (weight A) and of the text (B)
  // as store/postgres/search-words.ts reads them, written with the document.
  `CREATE TABLE documents (
     seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     id text COLLATE "C" NOT NULL UNIQUE,
     hash text COLLATE "C" NOT NULL UNIQUE,
     source text NOT NULL,
     url text,
     kind text NOT NULL,
     size integer NOT NULL,
     charset jsonb,
     title text,
     outlet text,
     published_date text COLLATE "C",
     published_precision text,
     published jsonb NOT NULL,
     dateline jsonb,
     meta jsonb NOT NULL,
     text text NOT NULL,
     removed jsonb NOT NULL,
     messages jsonb NOT NULL,
     crawled_at text,
     ingested_at text NOT NULL,
     search tsvector NOT NULL
   );
   CREATE INDEX documents_published ON documents (published_date);
   CREATE INDEX documents_url ON documents (url);
   CREATE INDEX documents_search ON documents USING gin (search);`,
  // 2: who said what: entities, their mentions, statements, and each document's extraction for later passes
  `CREATE TABLE entities (
     key text COLLATE "C" PRIMARY KEY,
     name text COLLATE "C" NOT NULL,
     kind text NOT NULL,
     country text COLLATE "C",
     actor_id text COLLATE "C"
   );
   CREATE TABLE mentions (
     document_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     seq integer NOT NULL,
     start integer NOT NULL,
     "end" integer NOT NULL,
     text text NOT NULL,
     entity_key text COLLATE "C" NOT NULL,
     form text NOT NULL,
     title text,
     office_id text,
     rule_id text NOT NULL,
     PRIMARY KEY (document_id, seq)
   );
   CREATE INDEX mentions_entity ON mentions (entity_key);
   CREATE TABLE statements (
     id text COLLATE "C" PRIMARY KEY,
     document_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     seq integer NOT NULL,
     kind text NOT NULL,
     text text NOT NULL,
     start integer NOT NULL,
     "end" integer NOT NULL,
     speaker_key text COLLATE "C" NOT NULL,
     speaker_name text NOT NULL,
     speaker_country text COLLATE "C",
     speaker_kind text NOT NULL,
     cue text NOT NULL,
     said_on text COLLATE "C",
     said_on_precision text,
     stance text NOT NULL,
     detail jsonb NOT NULL,
     rule_id text NOT NULL
   );
   CREATE INDEX statements_document ON statements (document_id, seq);
   CREATE INDEX statements_speaker ON statements (speaker_key, said_on);
   CREATE INDEX statements_when ON statements ((coalesce(said_on, '~')), id);
   CREATE INDEX statements_stance ON statements (stance, said_on);
   CREATE TABLE extractions (
     document_id text COLLATE "C" PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
     data jsonb NOT NULL
   );`,
  // 3: the ingest queue: one job per page, holding the page's bytes until a worker has stored it. A claimed job
  // stays 'queued' with a lease; when the lease runs out (its worker died) any worker may claim it again.
  `CREATE TABLE jobs (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     hash text COLLATE "C" NOT NULL UNIQUE,
     source text NOT NULL,
     url text,
     kind text NOT NULL,
     charset text,
     crawled_at text,
     given jsonb NOT NULL,
     size integer NOT NULL,
     body bytea,
     state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done', 'failed')),
     attempts integer NOT NULL DEFAULT 0,
     worker text,
     leased_until timestamptz,
     outcome text,
     document_id text COLLATE "C",
     error text,
     enqueued_at timestamptz NOT NULL DEFAULT now(),
     finished_at timestamptz
   );
   CREATE INDEX jobs_queued ON jobs (id) WHERE state = 'queued';`,
  // 4: the link stage's results: near-duplicate groups, merged statements, the keys that find candidates, and the
  // events the texts tell of
  `CREATE TABLE document_links (
     document_id text COLLATE "C" PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
     group_id text COLLATE "C" NOT NULL,
     original_id text COLLATE "C" NOT NULL,
     role text NOT NULL,
     similarity double precision NOT NULL,
     changes jsonb NOT NULL,
     own_published jsonb NOT NULL,
     rule_id text NOT NULL
   );
   CREATE INDEX document_links_group ON document_links (group_id);
   CREATE TABLE link_keys (
     kind text NOT NULL,
     key text COLLATE "C" NOT NULL,
     item_id text COLLATE "C" NOT NULL,
     document_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     PRIMARY KEY (kind, key, item_id)
   );
   CREATE INDEX link_keys_item ON link_keys (kind, item_id);
   CREATE INDEX link_keys_document ON link_keys (document_id);
   CREATE TABLE statement_links (
     statement_id text COLLATE "C" PRIMARY KEY REFERENCES statements (id) ON DELETE CASCADE,
     group_id text COLLATE "C" NOT NULL,
     document_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     similarity double precision NOT NULL,
     rule_id text NOT NULL
   );
   CREATE INDEX statement_links_group ON statement_links (group_id);
   CREATE TABLE events (
     id text COLLATE "C" PRIMARY KEY,
     document_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     seq integer NOT NULL,
     start integer NOT NULL,
     "end" integer NOT NULL,
     text text NOT NULL,
     sentence integer NOT NULL,
     date text COLLATE "C",
     precision text,
     basis text NOT NULL,
     expr jsonb,
     actors jsonb NOT NULL,
     pack_event_id text,
     rule_id text NOT NULL
   );
   CREATE INDEX events_document ON events (document_id, seq);
   CREATE INDEX events_date ON events ((coalesce(date, '~')), id);
   CREATE INDEX events_pack_event ON events (pack_event_id);
   CREATE TABLE event_actors (
     event_id text COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
     actor_key text COLLATE "C" NOT NULL,
     PRIMARY KEY (actor_key, event_id)
   );
   CREATE INDEX event_actors_event ON event_actors (event_id);`,
  // 5: listings filtered by speaker, side or stance, read in the order of when (undated last) and id from an
  // index instead of sorted whole for each page; the pack event's sources likewise.
  `CREATE INDEX statements_speaker_when ON statements (speaker_key, (coalesce(said_on, '~')), id);
   CREATE INDEX statements_side_when ON statements (speaker_country, (coalesce(said_on, '~')), id);
   CREATE INDEX statements_stance_when ON statements (stance, (coalesce(said_on, '~')), id);
   DROP INDEX statements_speaker;
   DROP INDEX statements_stance;
   CREATE INDEX events_pack_event_when ON events (pack_event_id, (coalesce(date, '~')), id);
   DROP INDEX events_pack_event;`,
  // 6: what the reader noticed about a queued page (a record cut off by the end of its file), so the worker stores
  // the document with the same warnings an ingest in one process gives it.
  `ALTER TABLE jobs ADD COLUMN warnings jsonb;`,
  // 7: which stored jobs the link stage has seen: workers link what they stored, one at a time (src/workers/link-stored.ts)
  `ALTER TABLE jobs ADD COLUMN linked_at timestamptz;
   CREATE INDEX jobs_unlinked ON jobs (id) WHERE state = 'done' AND linked_at IS NULL;`,
  // 8: the events that name no pack event, in date order: the timeline's stream of events told only by documents
  `CREATE INDEX events_unnamed_when ON events ((coalesce(date, '~')), id) WHERE pack_event_id IS NULL;`,
  // 9: how many documents name a pack event, counted from an index alone (the timeline's "named in N documents")
  `CREATE INDEX events_pack_event_document ON events (pack_event_id, document_id);`,
  // 10: trigram indexes of the words of statements and events, for listings filtered by words (ILIKE '%…%'). The
  // planner looks the words up when it expects few rows to hold them and reads in date order otherwise; without
  // them a word no statement says read all million of them (450 ms). pg_trgm ships with PostgreSQL and is a trusted
  // extension: the owner of the database may create it.
  `CREATE EXTENSION IF NOT EXISTS pg_trgm;
   CREATE INDEX statements_trigrams ON statements USING gin (text gin_trgm_ops);
   CREATE INDEX events_trigrams ON events USING gin (text gin_trgm_ops);`,
  // 11: each pack event with each document that names it, once: the timeline's "named in N documents" is a count of
  // this table's index, where counting distinct documents among the events sorted or deduplicated every naming (a
  // pack event named twice in each of 24,390 documents: 13 ms -> 4 ms). Its index replaces migration 9's.
  `CREATE TABLE pack_event_documents (
     pack_event_id text NOT NULL,
     document_id text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     PRIMARY KEY (pack_event_id, document_id)
   );
   INSERT INTO pack_event_documents SELECT DISTINCT pack_event_id, document_id FROM events WHERE pack_event_id IS NOT NULL;
   DROP INDEX events_pack_event_document;`,
];
