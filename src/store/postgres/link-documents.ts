import type pg from "pg";
import type { DateUpdate, DocumentGroup, DocumentLink, LinkKeyKind } from "../store.js";
import { pgJson, toDocumentRow, type Row } from "./rows.js";
import { inTransaction } from "./transaction.js";

// Near-duplicate groups, the link pass's index keys, and dates the link pass sets (PostgreSQL). Lists go to the
// server as arrays (= ANY, unnest): one parameter however long the list.

function toLink(r: Row): DocumentLink {
  return {
    documentId: r.document_id as string,
    groupId: r.group_id as string,
    originalId: r.original_id as string,
    role: r.role as DocumentLink["role"],
    similarity: r.similarity as number,
    changes: (r.changes as DocumentLink["changes"]) ?? [],
    ownPublished: r.own_published as DocumentLink["ownPublished"],
    ruleId: r.rule_id as string,
  };
}

export async function replaceDocumentLinks(pool: pg.Pool, documentIds: string[], links: DocumentLink[]): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query("DELETE FROM document_links WHERE document_id = ANY($1::text[])", [[...documentIds, ...links.map((l) => l.documentId)]]);
    if (!links.length) return;
    await client.query(
      `INSERT INTO document_links (document_id, group_id, original_id, role, similarity, changes, own_published, rule_id)
       SELECT a, b, c, d, e, f::jsonb, g::jsonb, h
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::text[], $7::text[], $8::text[]) AS t (a, b, c, d, e, f, g, h)`,
      [
        links.map((l) => l.documentId), links.map((l) => l.groupId), links.map((l) => l.originalId), links.map((l) => l.role),
        links.map((l) => l.similarity), links.map((l) => pgJson(l.changes)), links.map((l) => pgJson(l.ownPublished)), links.map((l) => l.ruleId),
      ],
    );
  });
}

export async function getDocumentLinks(pool: pg.Pool, documentIds: string[]): Promise<DocumentLink[]> {
  const { rows } = await pool.query("SELECT * FROM document_links WHERE document_id = ANY($1::text[]) ORDER BY document_id", [documentIds]);
  return (rows as Row[]).map(toLink);
}

/** The groups with these ids, members in order: the original, then copies by id. */
async function groupsOf(pool: pg.Pool, groupIds: string[]): Promise<DocumentGroup[]> {
  const { rows } = await pool.query(
    `SELECT l.*, d.id, d.hash, d.source, d.url, d.kind, d.size, d.title, d.outlet, d.published, d.dateline, d.crawled_at,
            d.ingested_at, CASE WHEN l.role = 'copy' THEN l.original_id END AS duplicate_of
       FROM document_links l JOIN documents d ON d.id = l.document_id
      WHERE l.group_id = ANY($1::text[])
      ORDER BY l.group_id, l.role = 'copy', l.document_id`,
    [groupIds],
  );
  const groups = new Map<string, DocumentGroup>();
  for (const r of rows as Row[]) {
    const link = toLink(r);
    let g = groups.get(link.groupId);
    if (!g) groups.set(link.groupId, (g = { id: link.groupId, originalId: link.originalId, members: [] }));
    g.members.push({ ...link, document: toDocumentRow(r) });
  }
  return groupIds.map((id) => groups.get(id)).filter((g): g is DocumentGroup => g !== undefined);
}

export async function listDocumentGroups(pool: pg.Pool, opts: { limit?: number; after?: string }): Promise<{ rows: DocumentGroup[]; next: string | null }> {
  const limit = opts.limit ?? 100;
  const { rows } = await pool.query("SELECT DISTINCT group_id FROM document_links WHERE group_id > $1 ORDER BY group_id LIMIT $2", [
    opts.after ?? "",
    limit + 1,
  ]);
  const page = (rows as { group_id: string }[]).map((r) => r.group_id);
  const shown = page.slice(0, limit);
  return { rows: await groupsOf(pool, shown), next: page.length > limit ? shown[shown.length - 1]! : null };
}

export const getDocumentGroup = async (pool: pg.Pool, groupId: string): Promise<DocumentGroup | null> => (await groupsOf(pool, [groupId]))[0] ?? null;

export async function countDocumentGroups(pool: pg.Pool): Promise<number> {
  return (await pool.query("SELECT count(DISTINCT group_id)::int AS n FROM document_links")).rows[0].n as number;
}

/** Replace the keys of each item (the last entry wins when an item comes twice). */
export async function putLinkKeys(pool: pg.Pool, kind: LinkKeyKind, entries: { itemId: string; documentId: string; keys: string[] }[]): Promise<void> {
  const latest = new Map(entries.map((e) => [e.itemId, e]));
  const rows = [...latest.values()].flatMap((e) => [...new Set(e.keys)].map((key) => [key, e.itemId, e.documentId] as const));
  await inTransaction(pool, async (client) => {
    await client.query("DELETE FROM link_keys WHERE kind = $1 AND item_id = ANY($2::text[])", [kind, [...latest.keys()]]);
    if (!rows.length) return;
    await client.query(
      `INSERT INTO link_keys (kind, key, item_id, document_id)
       SELECT $1::text, * FROM unnest($2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
      [kind, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
    );
  });
}

export async function findLinkKeys(pool: pg.Pool, kind: LinkKeyKind, keys: string[]): Promise<{ key: string; itemId: string }[]> {
  const { rows } = await pool.query("SELECT key, item_id FROM link_keys WHERE kind = $1 AND key = ANY($2::text[]) ORDER BY key, item_id", [kind, keys]);
  return (rows as { key: string; item_id: string }[]).map((r) => ({ key: r.key, itemId: r.item_id }));
}

export async function updateDates(pool: pg.Pool, updates: DateUpdate[]): Promise<void> {
  await inTransaction(pool, async (client) => {
    for (const u of updates) {
      const p = pgJson(u.published);
      await client.query(
        `UPDATE documents SET published = $1::jsonb, published_date = $2, published_precision = $3,
                meta = jsonb_set(meta, '{published}', $1::jsonb) WHERE id = $4`,
        [p, u.published.date, u.published.precision, u.documentId],
      );
      if (u.statements.length) {
        await client.query(
          `UPDATE statements s SET said_on = t.said_on, said_on_precision = t.said_on_precision,
                  detail = jsonb_set(s.detail, '{saidOn}', t.said::jsonb)
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t (id, said_on, said_on_precision, said)
            WHERE s.id = t.id AND s.document_id = $5`,
          [u.statements.map((s) => s.id), u.statements.map((s) => s.saidOn.date), u.statements.map((s) => s.saidOn.precision),
            u.statements.map((s) => pgJson(s.saidOn)), u.documentId],
        );
      }
      if (u.events.length) {
        await client.query(
          `UPDATE events e SET date = t.date, precision = t.precision, basis = t.basis
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t (id, date, precision, basis)
            WHERE e.id = t.id AND e.document_id = $5`,
          [u.events.map((e) => e.id), u.events.map((e) => e.date), u.events.map((e) => e.precision), u.events.map((e) => e.basis), u.documentId],
        );
      }
    }
  });
}
