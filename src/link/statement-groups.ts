import type { Precision } from "../core/types.js";
import type { StatementLink } from "../store/store.js";
import { dice, RULE_SAME_STATEMENT, type StatementSketch } from "./statement-match.js";

// Reports of one statement grouped: the closest pairs join first, and two groups join only when no document would
// report the statement twice. The order is fixed by similarity and ids alone, so the groups do not depend on the
// order documents arrived in.

export interface Edge {
  a: string;
  b: string;
  similarity: number;
}

const RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/** The report that speaks for the group: the most precise said_on, the earliest document, the fullest words. */
function byRepresentative(x: StatementSketch, y: StatementSketch): number {
  const rx = x.row.saidOn.precision ? RANK[x.row.saidOn.precision] : 3;
  const ry = y.row.saidOn.precision ? RANK[y.row.saidOn.precision] : 3;
  return (
    rx - ry ||
    (x.row.document.published ?? "~").localeCompare(y.row.document.published ?? "~") ||
    y.row.text.length - x.row.text.length ||
    x.row.id.localeCompare(y.row.id)
  );
}

export function groupStatements(nodes: ReadonlyMap<string, StatementSketch>, edges: readonly Edge[]): StatementLink[] {
  const parent = new Map<string, string>();
  const docs = new Map<string, Set<string>>();
  for (const [id, s] of nodes) (parent.set(id, id), docs.set(id, new Set([s.row.documentId])));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  const sorted = [...edges].sort((p, q) => q.similarity - p.similarity || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
  for (const e of sorted) {
    const [ra, rb] = [root(e.a), root(e.b)];
    if (ra === rb) continue;
    const [da, db] = [docs.get(ra)!, docs.get(rb)!];
    if ([...da].some((d) => db.has(d))) continue;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent.set(drop, keep);
    for (const d of docs.get(drop)!) docs.get(keep)!.add(d);
    docs.delete(drop);
  }
  const clusters = new Map<string, StatementSketch[]>();
  for (const [id, s] of nodes) {
    const r = root(id);
    clusters.set(r, [...(clusters.get(r) ?? []), s]);
  }
  const links: StatementLink[] = [];
  for (const members of clusters.values()) {
    if (members.length < 2) continue;
    const [rep, ...rest] = members.sort(byRepresentative);
    const link = (s: StatementSketch, similarity: number): StatementLink => ({
      statementId: s.row.id, groupId: rep!.row.id, documentId: s.row.documentId, similarity, ruleId: RULE_SAME_STATEMENT,
    });
    links.push(link(rep!, 1), ...rest.map((s) => link(s, Math.round(dice(s, rep!) * 1000) / 1000)));
  }
  return links;
}
