import { readFileSync } from "node:fs";
import { Hono, type Context } from "hono";
import { projectPath } from "../core/paths.js";
import { apiRoutes } from "./api.js";
import type { ServeContext } from "./context.js";
import { errorBody, HttpError, notFound } from "./errors.js";
import { html } from "./html.js";
import { layout } from "./layout.js";
import { storeMemo } from "./memo.js";
import { pageRoutes } from "./pages.js";
import { storeFacts } from "./story.js";

// The web app: pages, their JSON twins, the API and one stylesheet. Tested in-process with app.request().

/**
 * Nothing runs but what the app serves itself, and the pages use no script at all: article text is untrusted, so
 * even a markup mistake cannot execute it. Plot's inline <style> is stripped for the same reason (chart.ts).
 */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const STYLESHEET = projectPath("src", "serve", "assets", "style.css");

/** JSON for the API and the twins, a page for everything else. */
const wantsJson = (path: string): boolean => path === "/api" || path.startsWith("/api/") || path.endsWith(".json");

function errorResponse(c: Context, err: unknown): Response {
  const body = errorBody(err);
  const status = body.error.status as 400 | 404 | 500;
  if (wantsJson(c.req.path)) return c.json(body, status);
  const page = layout(
    { title: `Error ${status}`, twin: "/api" },
    html`<h1>${status === 404 ? "Not found" : status === 400 ? "Cannot read this request" : "Something went wrong"}</h1>
<p class="error">${body.error.message}</p><p><a href="/">Back to the story</a></p>`,
  );
  return c.html(page.value, status);
}

export interface App {
  app: Hono;
  /** Compute the whole-store views ahead of the first visitor. */
  warm: () => Promise<unknown>;
}

export function createApp(ctx: ServeContext): App {
  const app = new Hono();
  const css = readFileSync(STYLESHEET, "utf8");
  app.use("*", async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set("Content-Security-Policy", CSP);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    h.set("X-Frame-Options", "DENY");
  });
  app.get("/static/style.css", (c) => c.body(css, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600" }));
  // the story page and /api/shifts share one pass over the store
  const facts = storeMemo(ctx, () => storeFacts(ctx));
  app.route("/api", apiRoutes(ctx, facts));
  app.route("/", pageRoutes(ctx, facts));
  app.notFound((c) => errorResponse(c, notFound(`nothing at ${c.req.path}`)));
  app.onError((err, c) => {
    // client errors are answered as they are; anything else is logged here with its stack and answered blandly
    if (!(err instanceof HttpError)) ctx.log(`${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    return errorResponse(c, err);
  });
  return { app, warm: facts };
}
