import { Hono } from "hono";
import type { Shift } from "../views/shifts.js";
import type { AppContext } from "./context.js";
import { sideCode, speakerKeys, speakersGiven } from "./filters.js";
import { respondListing, type Listing } from "./listing.js";
import { checkRange, dateParam, enumParam, formatParam, intParam, limitParam, onlyKnown } from "./params.js";
import { reportLabel } from "./source-label.js";

// GET /api/shifts: where an actor's or a side's stance changed, in the order it happened, each with the last
// statement of the old stance and the first of the new as evidence (src/views/shifts.ts says how neutral and
// same-day statements count). Found in the same pass over the store as the story page, and kept with it.

const PARAMS = ["subject", "speaker", "side", "from", "to", "limit", "offset", "format"];
const DEFAULT_LIMIT = 100;
const MAX_OFFSET = 10_000_000;

export const SHIFT_COLUMNS = [
  "subject_type", "subject_key", "subject", "from", "to", "certain", "before_date", "before_statement", "after_date",
  "after_statement", "after_text", "after_outlets",
] as const;

function shiftsListing(shifts: Shift[]): Listing<Shift> {
  return {
    name: "shifts",
    pageParam: "offset",
    page: async (after, limit) => {
      const offset = Number(after ?? 0);
      return { rows: shifts.slice(offset, offset + limit), next: offset + limit < shifts.length ? String(offset + limit) : null };
    },
    columns: SHIFT_COLUMNS,
    cells: (s) => [
      s.subject.type, s.subject.key, s.subject.name, s.from, s.to, s.certain, s.before.date, s.before.id, s.after.date, s.after.id,
      s.after.text, [...new Set(s.after.sources.map(reportLabel))].join("; "),
    ],
    json: (s) => s,
  };
}

export function shiftsApi(ctx: AppContext): Hono {
  const app = new Hono();
  app.get("/shifts", async (c) => {
    const q = new URL(c.req.url).searchParams;
    onlyKnown(q, PARAMS);
    const subject = enumParam(q, "subject", ["actor", "side"] as const);
    const speakers = speakersGiven(q, "speaker");
    const keys = speakers.length ? new Set(await speakerKeys(ctx, speakers)) : null;
    const side = await sideCode(ctx, q);
    const from = dateParam(q, "from");
    const to = dateParam(q, "to");
    checkRange(from, to);
    const offset = intParam(q, "offset", 0, MAX_OFFSET);
    const format = formatParam(q);
    const limit = limitParam(q, DEFAULT_LIMIT);
    const shifts = (await ctx.facts()).shifts.filter(
      (s) =>
        (!subject || s.subject.type === subject) &&
        (!keys || (s.subject.type === "actor" && keys.has(s.subject.key))) &&
        (!side || (s.subject.type === "side" ? s.subject.key === side : s.after.speaker.country === side)) &&
        (!from || s.after.date >= from) &&
        (!to || s.after.date < `${to}\uffff`),
    );
    return respondListing(c, ctx, shiftsListing(shifts), {
      format,
      after: offset === undefined ? undefined : String(offset),
      limit,
      limitGiven: q.has("limit"),
    });
  });
  return app;
}
