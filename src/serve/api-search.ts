import { Hono } from "hono";
import type { SearchHit } from "../store/store.js";
import type { ServeContext } from "./context.js";
import { badParameter } from "./errors.js";
import { respondListing, type Listing } from "./listing.js";
import { formatParam, limitParam, onlyKnown, textParam } from "./params.js";
import { sourceLabel } from "./source-label.js";

// GET /api/search?q=: full-text search over the cleaned text of every document, best first, with snippets.

const DEFAULT_LIMIT = 20;

export const SEARCH_COLUMNS = ["id", "published", "title", "source", "snippet"] as const;

/** The query a search endpoint needs; missing or empty is the client's error. */
export function searchQuery(q: URLSearchParams): string {
  const query = textParam(q, "q");
  if (!query) throw badParameter("q", "give words to search for");
  return query;
}

export function searchListing(ctx: ServeContext, query: string): Listing<SearchHit> {
  return {
    name: "search",
    pageParam: "cursor",
    // ranked by relevance: one page of the best hits
    page: async (_after, limit) => {
      const { hits, windowed } = await ctx.store.search(query, { limit });
      return { rows: hits, next: null, windowed };
    },
    columns: SEARCH_COLUMNS,
    cells: (h) => [h.id, h.published, h.title, sourceLabel(h.source), h.snippet],
    json: (h) => h,
  };
}

export function searchApi(ctx: ServeContext): Hono {
  const app = new Hono();
  app.get("/search", async (c) => {
    const q = new URL(c.req.url).searchParams;
    onlyKnown(q, ["q", "limit", "format"]);
    const listing = searchListing(ctx, searchQuery(q));
    return respondListing(c, ctx, listing, { format: formatParam(q), after: undefined, limit: limitParam(q, DEFAULT_LIMIT), limitGiven: true });
  });
  return app;
}
