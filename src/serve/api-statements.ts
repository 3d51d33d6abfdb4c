import { Hono } from "hono";
import type { StatementQuery, StatementRow } from "../store/store.js";
import type { AppContext, ServeContext } from "./context.js";
import { FILTER_PARAMS, statementFilters } from "./filters.js";
import { respondListing, type Listing } from "./listing.js";
import { cursorParam, formatParam, limitParam, onlyKnown, one } from "./params.js";

// GET /api/statements: every report of words by a speaker, in the order they were said, filtered, a page at a time.

const PARAMS = ["speaker", ...FILTER_PARAMS, "document", "limit", "cursor", "format"];
const DEFAULT_LIMIT = 50;

export const STATEMENT_COLUMNS = [
  "id", "said_on", "said_on_precision", "said_on_basis", "speaker", "speaker_key", "side", "stance", "stance_cues", "kind",
  "text", "cue", "document_id", "start", "end", "outlet", "published", "title", "url",
] as const;

export const statementCells = (s: StatementRow) => [
  s.id, s.saidOn.date, s.saidOn.precision, s.saidOn.basis, s.speaker.name, s.speaker.key, s.speaker.country, s.stance.stance,
  s.stance.cues.join("; "), s.kind, s.text, s.cue.text, s.documentId, s.start, s.end, s.document.outlet, s.document.published,
  s.document.title, s.document.url,
];

export function statementsListing(ctx: ServeContext, query: StatementQuery | null): Listing<StatementRow> {
  return {
    name: "statements",
    pageParam: "cursor",
    // null: a speaker was asked for that nobody is; the answer is empty without a query
    page: async (after, limit) => (query ? ctx.store.listStatements({ ...query, after, limit }) : { rows: [], next: null }),
    columns: STATEMENT_COLUMNS,
    cells: statementCells,
    json: (s) => s,
  };
}

export function statementsApi(ctx: AppContext): Hono {
  const app = new Hono();
  app.get("/statements", async (c) => {
    const q = new URL(c.req.url).searchParams;
    onlyKnown(q, PARAMS);
    const { query, noSpeaker } = await statementFilters(ctx, q);
    const document = one(q, "document");
    if (document) query.documentId = document;
    const listing = statementsListing(ctx, noSpeaker ? null : query);
    return respondListing(c, ctx, listing, {
      format: formatParam(q),
      after: cursorParam(q),
      limit: limitParam(q, DEFAULT_LIMIT),
      limitGiven: q.has("limit"),
    });
  });
  return app;
}
