import { Hono } from "hono";
import type { EntityRow } from "../store/store.js";
import { actorInfo } from "./actor-info.js";
import type { ServeContext } from "./context.js";
import { respondListing, type Listing } from "./listing.js";
import { formatParam, limitParam, onlyKnown, textParam } from "./params.js";
import { publicJson } from "./source-label.js";

// GET /api/entities?name= (people, institutions, countries, most quoted first) and GET /api/entities/:key.

const DEFAULT_LIMIT = 50;

export const ENTITY_COLUMNS = ["key", "name", "kind", "country", "actor_id", "statements", "mentions"] as const;

function entitiesListing(ctx: ServeContext, name: string): Listing<EntityRow> {
  return {
    name: "entities",
    pageParam: "cursor",
    // a ranked lookup, not a scan: the store answers the best `limit` matches and there is no next page
    page: async (_after, limit) => ({ rows: await ctx.store.findEntities(name, limit), next: null }),
    columns: ENTITY_COLUMNS,
    cells: (e) => [e.key, e.name, e.kind, e.country, e.actorId, e.statements, e.mentions],
    json: (e) => e,
  };
}

export function entitiesApi(ctx: ServeContext): Hono {
  const app = new Hono();
  app.get("/entities", async (c) => {
    const q = new URL(c.req.url).searchParams;
    onlyKnown(q, ["name", "limit", "format"]);
    const limit = limitParam(q, DEFAULT_LIMIT);
    return respondListing(c, ctx, entitiesListing(ctx, textParam(q, "name") ?? ""), {
      format: formatParam(q),
      after: undefined,
      limit,
      // the whole answer is one ranked page, CSV included
      limitGiven: true,
    });
  });
  app.get("/entities/:key", async (c) => {
    onlyKnown(new URL(c.req.url).searchParams, []);
    return publicJson(c, await actorInfo(ctx, c.req.param("key")));
  });
  return app;
}
