import { Hono } from "hono";
import { documentsApi } from "./api-documents.js";
import { entitiesApi } from "./api-entities.js";
import { searchApi } from "./api-search.js";
import { shiftsApi } from "./api-shifts.js";
import { statementsApi } from "./api-statements.js";
import { timelineApi } from "./api-timeline.js";
import type { AppContext } from "./context.js";
import { publicJson } from "./source-label.js";

// The JSON API under /api. Lists answer { rows, next } where `next` is the URL of the following page (null on the
// last); `format=csv` streams every matching row as CSV instead. Errors have one shape (errors.ts).

/** What GET /api lists: each endpoint and the parameters it takes. */
export const ENDPOINTS = [
  { path: "/api/documents", params: ["limit", "offset", "format"], about: "stored documents in ingest order" },
  { path: "/api/documents/{id}", params: [], about: "one document: metadata with its basis, text, removed lines, wire-copy group" },
  {
    path: "/api/statements",
    params: ["speaker", "side", "stance", "from", "to", "q", "document", "limit", "cursor", "format"],
    about: "statements in the order they were said; speaker is an entity key or a name, repeatable",
  },
  {
    path: "/api/timeline",
    params: ["speaker", "side", "stance", "from", "to", "q", "limit", "cursor", "format"],
    about: "dated statements (one entry however many outlets reported it) and events, in date order, each with its sources",
  },
  {
    path: "/api/shifts",
    params: ["subject", "speaker", "side", "from", "to", "limit", "offset", "format"],
    about: "where an actor's or a side's stance changed, with the statements before and after",
  },
  { path: "/api/entities", params: ["name", "limit", "format"], about: "people, institutions and countries, most quoted first" },
  { path: "/api/entities/{key}", params: [], about: "one entity, with aliases and offices held when the pack knows it" },
  { path: "/api/search", params: ["q", "limit", "format"], about: "full-text search over cleaned text, best first, with snippets; windowed: true when more than 1,000 match and the best of those stored last are shown" },
] as const;

/** The pages, each with its JSON twin at the same path with `.json`. */
export const PAGES = [
  { path: "/", twin: "/index.json", about: "the story: counts, date range, stance of each actor over time" },
  { path: "/timeline", twin: "/timeline.json", params: ["actor", "side", "stance", "from", "to", "q", "cursor", "limit"], about: "the timeline" },
  { path: "/actors/{key}", twin: "/actors/{key}.json", params: ["cursor", "limit"], about: "one actor: offices, aliases, stance over time, statements" },
  { path: "/documents/{id}", twin: "/documents/{id}.json", about: "one document: metadata, highlighted text, removed lines, copies" },
  { path: "/search", twin: "/search.json", params: ["q", "limit"], about: "articles and statements matching words" },
] as const;

export function apiRoutes(ctx: AppContext): Hono {
  const api = new Hono();
  api.get("/", (c) => publicJson(c, { endpoints: ENDPOINTS, pages: PAGES }));
  for (const routes of [documentsApi, statementsApi, timelineApi, entitiesApi, searchApi, shiftsApi]) api.route("/", routes(ctx));
  return api;
}
