import type { Dateline, Published } from "../core/types.js";
import { resolveSaidOns } from "../extract/said-on-statements.js";
import { referenceOf, type TimeAnchor } from "../extract/time-anchor.js";
import { needsReference, resolveExpr } from "../extract/time-expr.js";
import type { DateUpdate, EventRow, StatementRow } from "../store/store.js";

// A document dated anew by the link stage: its statements' said_on and its events' dates are read again against
// the new date, from the time words each kept (`expr`).

export interface Redated {
  documentId: string;
  dateline: Dateline | null;
  published: Published;
  statements: readonly StatementRow[];
  events: readonly EventRow[];
}

const READ_AGAINST = " — read against ";

export const samePublished = (a: Published, b: Published): boolean =>
  a.date === b.date && a.precision === b.precision && a.basis === b.basis && a.inferred === b.inferred && a.ruleId === b.ruleId;

export function redate(r: Redated): DateUpdate {
  const anchor: TimeAnchor = { published: r.published, dateline: r.dateline };
  const saidOns = resolveSaidOns(r.statements.map((s) => s.saidOn), anchor);
  const reference = referenceOf(anchor);
  const events = r.events
    .filter((e) => e.expr && needsReference(e.expr))
    .map((e) => {
      const { value, precision } = resolveExpr(e.expr!, reference?.interval ?? null);
      const words = e.basis.split(READ_AGAINST)[0]!;
      return { id: e.id, date: value, precision, basis: `${words}${READ_AGAINST}${reference ? reference.basis : "no date known for the article yet"}` };
    });
  return {
    documentId: r.documentId,
    published: r.published,
    statements: r.statements.map((s, i) => ({ id: s.id, saidOn: saidOns[i]! })),
    events,
  };
}
