import type { StatementRow, Store } from "../store/store.js";
import { allPages } from "./all-pages.js";
import { LINK_BATCH, MAX_STATEMENT_BUCKET, SCAN_SHARE } from "./link-tuning.js";
import { groupStatements, type Edge } from "./statement-groups.js";
import { isExactKey, sameStatement, sketchStatement, statementKeys, type StatementSketch } from "./statement-match.js";
import { addTo } from "../core/multimap.js";

// One statement, many sources, incrementally: the statements of new (or newly dated) documents are the seeds; every
// statement reachable from them through a match, and every member of a stored group reached, is grouped again.
// The set regrouped is closed under matches, so the result is the one a full rebuild gives.

async function statementsOf(store: Store, documentIds: readonly string[]): Promise<StatementRow[]> {
  const out: StatementRow[] = [];
  for (const id of documentIds) out.push(...(await allPages((after) => store.listStatements({ documentId: id, after, limit: LINK_BATCH }))));
  return out;
}

/** The statements of many documents, a batch at a time: one scan of the store when they are a large share of it. */
async function* statementBatches(store: Store, documentIds: readonly string[]): AsyncGenerator<StatementRow[]> {
  if (documentIds.length < SCAN_SHARE * (await store.countDocuments())) {
    for (let i = 0; i < documentIds.length; i += LINK_BATCH) yield statementsOf(store, documentIds.slice(i, i + LINK_BATCH));
    return;
  }
  const wanted = new Set(documentIds);
  let batch: StatementRow[] = [];
  for await (const s of store.iterateStatements()) {
    if (!wanted.has(s.documentId)) continue;
    if (batch.push(s) >= LINK_BATCH) (yield batch, (batch = []));
  }
  if (batch.length) yield batch;
}

export interface StatementLinkResult {
  /** Statements regrouped. */
  statements: number;
  /** Groups of two or more reports among them. */
  groups: number;
}

/**
 * `newDocs`: documents whose statements are not indexed yet; `redatedDocs`: documents whose statements' dates
 * changed. Both seed the regrouping.
 */
export async function linkStatements(store: Store, newDocs: readonly string[], redatedDocs: readonly string[]): Promise<StatementLinkResult> {
  const visited = new Map<string, StatementSketch>();
  const queue: StatementSketch[] = [];
  const visit = (row: StatementRow): void => {
    if (visited.has(row.id)) return;
    const s = sketchStatement(row);
    visited.set(row.id, s);
    queue.push(s);
  };
  for await (const rows of statementBatches(store, newDocs)) {
    const sketches = rows.map(sketchStatement);
    await store.putLinkKeys("statement", sketches.map((s) => ({ itemId: s.row.id, documentId: s.row.documentId, keys: statementKeys(s) })));
    rows.forEach(visit);
  }
  (await statementsOf(store, redatedDocs)).forEach(visit);

  // each pair is met from both ends: keyed by its two ids in order, it is kept once
  const edges = new Map<string, Edge>();
  while (queue.length) {
    const batch = queue.splice(0, LINK_BATCH);
    const keys = new Map(batch.map((s) => [s.row.id, statementKeys(s)]));
    const holders = new Map<string, string[]>();
    for (const { key, itemId } of await store.findLinkKeys("statement", [...keys.values()].flat())) addTo(holders, key, itemId);
    // members of the stored groups these statements are in are regrouped with them
    const grouped = (await store.getStatementLinks(batch.map((s) => s.row.id))).map((l) => l.statementId);
    const lead = (k: string): string[] => {
      const list = holders.get(k) ?? [];
      return list.length > MAX_STATEMENT_BUCKET && !isExactKey(k) ? [] : list;
    };
    const mates = new Map(batch.map((s) => [s.row.id, new Set(keys.get(s.row.id)!.flatMap(lead))]));
    const unseen = [...new Set([...grouped, ...[...mates.values()].flatMap((m) => [...m])])].filter((id) => !visited.has(id));
    for (let i = 0; i < unseen.length; i += LINK_BATCH) (await store.getStatements(unseen.slice(i, i + LINK_BATCH))).forEach(visit);
    for (const s of batch) {
      for (const id of mates.get(s.row.id)!) {
        const other = visited.get(id);
        if (!other || id === s.row.id) continue;
        const similarity = sameStatement(s, other);
        if (similarity === null) continue;
        const [a, b] = s.row.id < id ? [s.row.id, id] : [id, s.row.id];
        edges.set(`${a} ${b}`, { a, b, similarity });
      }
    }
  }
  const links = groupStatements(visited, [...edges.values()]);
  await store.replaceStatementLinks([...visited.keys()], links);
  return { statements: visited.size, groups: new Set(links.map((l) => l.groupId)).size };
}
