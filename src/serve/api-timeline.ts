import { Hono } from "hono";
import type { TimelineEntry } from "../views/timeline-types.js";
import type { AppContext, ServeContext } from "./context.js";
import { FILTER_PARAMS, statementFilters, type StatementFilters } from "./filters.js";
import { respondListing, type Listing } from "./listing.js";
import { cursorParam, formatParam, limitParam, onlyKnown } from "./params.js";
import { timelineWindow } from "./timeline-window.js";
import { reportLabel } from "./source-label.js";

// GET /api/timeline: what was said and what happened, in the order it was said or happened — statements (one
// entry however many outlets reported it), the documents' events and the pack's — each with its sources.
// A stance filter keeps statements only; events have no stance.

const PARAMS = ["speaker", ...FILTER_PARAMS, "limit", "cursor", "format"];
const DEFAULT_LIMIT = 50;

export const TIMELINE_COLUMNS = [
  "type", "id", "date", "precision", "basis", "who", "speaker_key", "side", "stance", "text", "outlets", "documents",
] as const;

export function timelineListing(ctx: ServeContext, filters: StatementFilters): Listing<TimelineEntry> {
  return {
    name: "timeline",
    pageParam: "cursor",
    page: async (after, limit) => {
      const w = await timelineWindow(ctx, filters, { cursor: after, limit });
      return { rows: w.entries, next: w.next };
    },
    columns: TIMELINE_COLUMNS,
    cells: (e) => [
      e.type, e.id, e.date, e.precision, e.basis,
      e.type === "statement" ? e.speaker.name : e.title,
      e.type === "statement" ? e.speaker.key : e.actors.join("; "),
      e.type === "statement" ? e.speaker.country : null,
      e.type === "statement" ? e.stance : null,
      e.text,
      [...new Set(e.sources.map(reportLabel))].join("; "),
      e.sources.map((x) => x.document).join("; "),
    ],
    json: (e) => e,
  };
}

export function timelineApi(ctx: AppContext): Hono {
  const app = new Hono();
  app.get("/timeline", async (c) => {
    const q = new URL(c.req.url).searchParams;
    onlyKnown(q, PARAMS);
    const filters = await statementFilters(ctx, q);
    return respondListing(c, ctx, timelineListing(ctx, filters), {
      format: formatParam(q),
      after: cursorParam(q),
      limit: limitParam(q, DEFAULT_LIMIT),
      limitGiven: q.has("limit"),
    });
  });
  return app;
}
