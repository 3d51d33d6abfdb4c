import type { DocumentLink, Store, StoredDocument } from "../store/store.js";
import { allPages } from "./all-pages.js";
import { groupLinks, type Member } from "./doc-groups.js";
import { bandKeys, signature } from "./minhash.js";
import { isCopy, linkable, overlap } from "./near-duplicates.js";
import { redate, samePublished } from "./redate.js";
import { wireDates } from "./wire-dates.js";
import { DOC_BAND_ROWS, DOC_BANDS, LINK_BATCH } from "./link-tuning.js";
import { shingles } from "./words.js";
import { addTo } from "../core/multimap.js";

// Near-duplicate documents, incrementally: each new document's MinHash band keys are stored, the documents that
// share a key are compared with it, and every group it touches is recomputed whole (original, copies, dates). Stored
// groups are connected components of the copy relation, so a new document only ever joins or merges them.

interface Sketched extends Member {
  doc: StoredDocument;
}

function sketch(doc: StoredDocument, own = doc.published): Sketched {
  return { id: doc.id, title: doc.title, shingles: shingles(doc.text), own, doc };
}

/** Union-find over document ids. */
class Components {
  private readonly parent = new Map<string, string>();
  find(id: string): string {
    if (!this.parent.has(id)) this.parent.set(id, id);
    let r = id;
    while (this.parent.get(r) !== r) r = this.parent.get(r)!;
    this.parent.set(id, r);
    return r;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  groups(): string[][] {
    const out = new Map<string, string[]>();
    for (const id of this.parent.keys()) {
      addTo(out, this.find(id), id);
    }
    return [...out.values()];
  }
}

async function load(store: Store, ids: readonly string[]): Promise<StoredDocument[]> {
  const docs = await Promise.all(ids.map((id) => store.getDocument(id)));
  return docs.filter((d): d is StoredDocument => d !== null);
}

/** Index a batch of new documents and compare each with the stored documents that share a band key. */
async function findCopies(store: Store, batch: StoredDocument[], edges: Components): Promise<void> {
  const sketches = new Map(batch.map((d) => [d.id, sketch(d)]));
  const keysOf = new Map<string, string[]>();
  for (const s of sketches.values()) {
    if (!linkable(s)) continue;
    keysOf.set(s.id, bandKeys(signature(s.shingles, DOC_BANDS * DOC_BAND_ROWS), DOC_BANDS, DOC_BAND_ROWS));
  }
  await store.putLinkKeys("document", [...keysOf].map(([id, keys]) => ({ itemId: id, documentId: id, keys })));
  const holders = new Map<string, string[]>();
  for (const { key, itemId } of await store.findLinkKeys("document", [...keysOf.values()].flat())) addTo(holders, key, itemId);
  const others = new Map<string, Sketched | null>();
  for (const [id, keys] of keysOf) {
    const mates = new Set(keys.flatMap((k) => holders.get(k) ?? []).filter((m) => m !== id));
    for (const mate of mates) {
      let other = sketches.get(mate) ?? others.get(mate);
      if (other === undefined) {
        const [doc] = await load(store, [mate]);
        others.set(mate, (other = doc ? sketch(doc) : null));
      }
      if (other && isCopy(overlap(sketches.get(id)!, other))) edges.union(id, mate);
    }
  }
}

export interface DocLinkResult {
  /** Groups written (new or changed). */
  groups: number;
  /** Documents whose published date changed, with the new date already stored. */
  redated: string[];
}

/** Recompute one component: its original, every member's link and wire-copy date. */
async function relinkComponent(store: Store, ids: string[], redated: string[]): Promise<void> {
  const existing = await store.getDocumentLinks(ids);
  const all = new Set(ids);
  for (const groupId of new Set(existing.map((l) => l.groupId))) {
    for (const m of (await store.getDocumentGroup(groupId))?.members ?? []) all.add(m.documentId);
  }
  const own = new Map((await store.getDocumentLinks([...all])).map((l) => [l.documentId, l.ownPublished]));
  const members = (await load(store, [...all])).map((d) => sketch(d, own.get(d.id) ?? d.published));
  const links: DocumentLink[] = groupLinks(members);
  await store.replaceDocumentLinks([...all], links);
  const dates = wireDates(members);
  const updates = [];
  for (const m of members) {
    const published = dates.get(m.id)!;
    if (samePublished(published, m.doc.published)) continue;
    const statements = await allPages((after) => store.listStatements({ documentId: m.id, after, limit: LINK_BATCH }));
    const events = await allPages((after) => store.listEvents({ documentId: m.id, after, limit: LINK_BATCH }));
    updates.push(redate({ documentId: m.id, dateline: m.doc.dateline, published, statements, events }));
    redated.push(m.id);
  }
  if (updates.length) await store.updateDates(updates);
}

/** Link new documents to the stored ones; returns what changed. */
export async function linkDocuments(store: Store, newIds: readonly string[]): Promise<DocLinkResult> {
  const edges = new Components();
  for (let i = 0; i < newIds.length; i += LINK_BATCH) {
    await findCopies(store, await load(store, newIds.slice(i, i + LINK_BATCH)), edges);
  }
  // members of one stored group found from different new documents make one component
  const touched = edges.groups().filter((g) => g.length > 1).flat();
  const byGroup = new Map<string, string>();
  for (const l of await store.getDocumentLinks(touched)) {
    const first = byGroup.get(l.groupId);
    if (first) edges.union(first, l.documentId);
    else byGroup.set(l.groupId, l.documentId);
  }
  const redated: string[] = [];
  const components = edges.groups().filter((g) => g.length > 1);
  for (const ids of components) await relinkComponent(store, ids, redated);
  return { groups: components.length, redated };
}
