import { Hono, type Context } from "hono";
import type { AppContext } from "./context.js";
import type { Html } from "./html.js";
import { twinHref } from "./links.js";
import { keyedMemo } from "./memo.js";
import { onlyKnown } from "./params.js";
import { actorChart, actorModel, actorPage } from "./pages-actor.js";
import { documentModel, documentPage } from "./pages-document.js";
import { searchModel, searchPage } from "./pages-search.js";
import { storyPage } from "./pages-story.js";
import { timelineModel, timelinePage } from "./pages-timeline.js";
import { publicJson } from "./source-label.js";

// The pages. Each has a shareable URL and a JSON twin at the same path with `.json` (the story's is /index.json):
// the twin is the model the page is drawn from, so what a reader sees can be scripted.

// Actor charts kept in memory: one per recently viewed actor.
const ACTOR_CHARTS = 64;

const JSON_SUFFIX = ".json";

/** A page or its twin, by the path's ending: the same model either way. */
async function pageOrTwin<T>(c: Context, name: string, model: (name: string) => Promise<T>, page: (m: T, twin: string) => Html): Promise<Response> {
  if (name.endsWith(JSON_SUFFIX)) return publicJson(c, await model(name.slice(0, -JSON_SUFFIX.length)));
  return c.html(page(await model(name), twinHref(c.req.url)).value);
}

export function pageRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  const charts = keyedMemo(ctx, ACTOR_CHARTS, (key: string, name: string) => actorChart(ctx, key, name));

  const storyRoute = (c: Context) => {
    onlyKnown(new URL(c.req.url).searchParams, []);
    return pageOrTwin(c, c.req.path === "/" ? "index" : "index.json", async () => (await ctx.facts()).story, storyPage);
  };
  app.get("/", storyRoute);
  app.get("/index.json", storyRoute);

  app.get("/timeline", async (c) => c.html(timelinePage(ctx, await timelineModel(ctx, c.req.url), twinHref(c.req.url)).value));
  app.get("/timeline.json", async (c) => publicJson(c, await timelineModel(ctx, c.req.url)));

  app.get("/search", async (c) => c.html(searchPage(await searchModel(ctx, c.req.url), twinHref(c.req.url)).value));
  app.get("/search.json", async (c) => publicJson(c, await searchModel(ctx, c.req.url)));

  app.get("/documents/:id", (c) =>
    pageOrTwin(c, c.req.param("id"), (id) => (onlyKnown(new URL(c.req.url).searchParams, []), documentModel(ctx, id)), documentPage),
  );
  app.get("/actors/:key{.+}", (c) =>
    pageOrTwin(c, c.req.param("key"), (key) => actorModel(ctx, key, c.req.url, charts), actorPage),
  );
  return app;
}
