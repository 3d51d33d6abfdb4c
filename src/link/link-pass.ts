import type { Ctx } from "../core/doc.js";
import type { Store } from "../store/store.js";
import { allPages } from "./all-pages.js";
import { linkDocuments } from "./link-docs.js";
import { linkStatements } from "./link-statements.js";
import { redate, samePublished } from "./redate.js";
import { LINK_BATCH } from "./link-tuning.js";

// The link stage over the store, run after each ingest: new documents join groups of near-duplicates, copies
// without a full date take their group's, and reports of one statement are merged. Only what the new documents
// touch is recomputed; relinkAll starts from nothing and gives the same result.

export interface LinkSummary {
  /** Documents linked in this pass. */
  documents: number;
  /** Groups of near-duplicates written in this pass, and the number stored after it. */
  groupsChanged: number;
  groups: number;
  /** Documents whose published date the pass changed. */
  redated: number;
  /** Statements regrouped, and the groups of two or more reports among them. */
  statements: number;
  merged: number;
  seconds: number;
}

/** Link the documents just ingested (ids as the ingest reported them) with everything stored. */
export async function linkNew(store: Store, _ctx: Ctx, newDocIds: readonly string[]): Promise<LinkSummary> {
  const started = performance.now();
  const ids = [...new Set(newDocIds)];
  const docs = await linkDocuments(store, ids);
  const statements = await linkStatements(store, ids, docs.redated);
  return {
    documents: ids.length,
    groupsChanged: docs.groups,
    groups: await store.countDocumentGroups(),
    redated: docs.redated.length,
    statements: statements.statements,
    merged: statements.groups,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Drop every link, put every document back on its own date, and link the whole store again. */
export async function relinkAll(store: Store, ctx: Ctx): Promise<LinkSummary> {
  const ids: string[] = [];
  for (let page: string[] = []; ; ) {
    page = (await store.listDocuments({ limit: LINK_BATCH, offset: ids.length })).map((d) => d.id);
    if (!page.length) break;
    ids.push(...page);
  }
  for (let i = 0; i < ids.length; i += LINK_BATCH) {
    const batch = ids.slice(i, i + LINK_BATCH);
    const updates = [];
    for (const link of await store.getDocumentLinks(batch)) {
      const doc = await store.getDocument(link.documentId);
      if (!doc || samePublished(doc.published, link.ownPublished)) continue;
      const statements = await allPages((after) => store.listStatements({ documentId: doc.id, after, limit: LINK_BATCH }));
      const events = await allPages((after) => store.listEvents({ documentId: doc.id, after, limit: LINK_BATCH }));
      updates.push(redate({ documentId: doc.id, dateline: doc.dateline, published: link.ownPublished, statements, events }));
    }
    await store.updateDates(updates);
    await store.replaceDocumentLinks(batch, []);
  }
  let statementIds: string[] = [];
  const unlink = async (): Promise<void> => {
    await store.replaceStatementLinks(statementIds, []);
    statementIds = [];
  };
  for await (const s of store.iterateStatements()) if (statementIds.push(s.id) >= LINK_BATCH) await unlink();
  await unlink();
  return linkNew(store, ctx, ids);
}
