import type Database from "better-sqlite3";
import type { DateUpdate, DocumentGroup, DocumentLink, DocumentRow, LinkKeyKind } from "../store.js";
import { parseJson, prepared, toDocumentRow, type Row } from "./rows.js";

// Near-duplicate groups, the link pass's index keys, and dates the link pass sets. Lists of ids are passed as one
// JSON array (json_each), so no list is too long for SQLite's parameter limit.

type Db = Database.Database;

const ids = (list: readonly string[]): string => JSON.stringify(list);

function toLink(r: Row): DocumentLink {
  return {
    documentId: r.document_id as string,
    groupId: r.group_id as string,
    originalId: r.original_id as string,
    role: r.role as DocumentLink["role"],
    similarity: r.similarity as number,
    changes: parseJson(r.changes, []),
    ownPublished: parseJson(r.own_published, null as never),
    ruleId: r.rule_id as string,
  };
}

export function replaceDocumentLinks(db: Db, documentIds: string[], links: DocumentLink[]): void {
  const drop = prepared(db, "DELETE FROM document_links WHERE document_id IN (SELECT value FROM json_each(?))");
  const insert = prepared(
    db,
    `INSERT INTO document_links (document_id, group_id, original_id, role, similarity, changes, own_published, rule_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    drop.run(ids([...documentIds, ...links.map((l) => l.documentId)]));
    for (const l of links) {
      insert.run(l.documentId, l.groupId, l.originalId, l.role, l.similarity, JSON.stringify(l.changes), JSON.stringify(l.ownPublished), l.ruleId);
    }
  }).immediate();
}

export function getDocumentLinks(db: Db, documentIds: string[]): DocumentLink[] {
  const rows = prepared(db, "SELECT * FROM document_links WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY document_id")
    .all(ids(documentIds)) as Row[];
  return rows.map(toLink);
}

/** The groups with these ids, members in order: the original, then copies by id. */
function groupsOf(db: Db, groupIds: string[]): DocumentGroup[] {
  const rows = prepared(
    db,
    `SELECT l.*, d.id, d.hash, d.source, d.url, d.kind, d.size, d.title, d.outlet, d.published, d.dateline, d.crawled_at,
            d.ingested_at, CASE WHEN l.role = 'copy' THEN l.original_id END AS duplicate_of
       FROM document_links l JOIN documents d ON d.id = l.document_id
      WHERE l.group_id IN (SELECT value FROM json_each(?))
      ORDER BY l.group_id, l.role = 'copy', l.document_id`,
  ).all(ids(groupIds)) as Row[];
  const groups = new Map<string, DocumentGroup>();
  for (const r of rows) {
    const link = toLink(r);
    const document: DocumentRow = toDocumentRow(r);
    let g = groups.get(link.groupId);
    if (!g) groups.set(link.groupId, (g = { id: link.groupId, originalId: link.originalId, members: [] }));
    g.members.push({ ...link, document });
  }
  return groupIds.map((id) => groups.get(id)).filter((g): g is DocumentGroup => g !== undefined);
}

export function listDocumentGroups(db: Db, opts: { limit?: number; after?: string }): { rows: DocumentGroup[]; next: string | null } {
  const limit = opts.limit ?? 100;
  const page = (
    prepared(db, "SELECT DISTINCT group_id FROM document_links WHERE group_id > ? ORDER BY group_id LIMIT ?")
      .all(opts.after ?? "", limit + 1) as { group_id: string }[]
  ).map((r) => r.group_id);
  const more = page.length > limit;
  const shown = page.slice(0, limit);
  return { rows: groupsOf(db, shown), next: more ? shown[shown.length - 1]! : null };
}

export const getDocumentGroup = (db: Db, groupId: string): DocumentGroup | null => groupsOf(db, [groupId])[0] ?? null;

export const countDocumentGroups = (db: Db): number =>
  (prepared(db, "SELECT count(DISTINCT group_id) AS n FROM document_links").get() as { n: number }).n;

export function putLinkKeys(db: Db, kind: LinkKeyKind, entries: { itemId: string; documentId: string; keys: string[] }[]): void {
  const drop = prepared(db, "DELETE FROM link_keys WHERE document_id = ? AND kind = ? AND item_id = ?");
  const insert = prepared(db, "INSERT OR IGNORE INTO link_keys (kind, key, item_id, document_id) VALUES (?, ?, ?, ?)");
  db.transaction(() => {
    for (const e of entries) {
      drop.run(e.documentId, kind, e.itemId);
      for (const key of e.keys) insert.run(kind, key, e.itemId, e.documentId);
    }
  }).immediate();
}

export function findLinkKeys(db: Db, kind: LinkKeyKind, keys: string[]): { key: string; itemId: string }[] {
  const rows = prepared(db, "SELECT key, item_id FROM link_keys WHERE kind = ? AND key IN (SELECT value FROM json_each(?)) ORDER BY key, item_id")
    .all(kind, ids(keys)) as { key: string; item_id: string }[];
  return rows.map((r) => ({ key: r.key, itemId: r.item_id }));
}

export function updateDates(db: Db, updates: DateUpdate[]): void {
  const doc = prepared(
    db,
    `UPDATE documents SET published = ?, published_date = ?, published_precision = ?,
          meta = json_set(meta, '$.published', json(?)) WHERE id = ?`,
  );
  const statement = prepared(
    db,
    `UPDATE statements SET said_on = ?, said_on_precision = ?, detail = json_set(detail, '$.saidOn', json(?))
    WHERE id = ? AND document_id = ?`,
  );
  const event = prepared(db, "UPDATE events SET date = ?, precision = ?, basis = ? WHERE id = ? AND document_id = ?");
  db.transaction(() => {
    for (const u of updates) {
      const p = JSON.stringify(u.published);
      doc.run(p, u.published.date, u.published.precision, p, u.documentId);
      for (const s of u.statements) statement.run(s.saidOn.date, s.saidOn.precision, JSON.stringify(s.saidOn), s.id, u.documentId);
      for (const e of u.events) event.run(e.date, e.precision, e.basis, e.id, u.documentId);
    }
  }).immediate();
}
