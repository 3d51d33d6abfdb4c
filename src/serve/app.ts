import { readFileSync } from "node:fs";
import { Hono, type Context } from "hono";
import { projectPath } from "../core/paths.js";
import { apiRoutes } from "./api.js";
import type { AppContext, ServeContext } from "./context.js";
import { ALLOWED_METHODS, errorBody, HttpError, methodNotAllowed, notFound } from "./errors.js";
import { html } from "./html.js";
import { layout } from "./layout.js";
import { actorHref } from "./links.js";
import { storeMemo } from "./memo.js";
import { pageRoutes } from "./pages.js";
import { checkValues } from "./params.js";
import { publicJson } from "./source-label.js";
import { storeFacts, type StoreFacts } from "./story.js";

// The web app: pages, their JSON twins, the API and one stylesheet. Tested in-process with app.request().

/**
 * Nothing runs but what the app serves itself, and the pages use no script at all: article text is untrusted, so
 * even a markup mistake cannot execute it. Plot's inline <style> is stripped for the same reason (chart.ts).
 */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const STYLESHEET = projectPath("src", "serve", "assets", "style.css");

const isApi = (path: string): boolean => path === "/api" || path.startsWith("/api/");
/** JSON for the API and the twins, a page for everything else. */
const wantsJson = (path: string): boolean => isApi(path) || path.endsWith(".json");

const HEADINGS: Record<number, string> = { 400: "Cannot read this request", 404: "Not found", 405: "This server only reads" };

function errorResponse(c: Context, err: unknown): Response {
  const body = errorBody(err);
  const status = body.error.status as 400 | 404 | 405 | 500;
  if (status === 405) c.header("Allow", ALLOWED_METHODS.join(", "));
  if (wantsJson(c.req.path)) return publicJson(c, body, status);
  const page = layout(
    { title: `Error ${status}`, twin: "/api" },
    html`<h1>${HEADINGS[status] ?? "Something went wrong"}</h1>
<p class="error">${body.error.message}</p><p><a href="/">Back to the story</a></p>`,
  );
  return c.html(page.value, status);
}

export interface App {
  app: Hono;
  /** Answer the pages most visitors open first, once, so what they cache is ready; resolves to the paths answered. */
  warm: () => Promise<string[]>;
}

// Requests made to warm the app never leave the process; the host only completes the URL.
const WARM_ORIGIN = "http://dossier.warm";

/**
 * The story (its whole-store pass and its chart), the timeline, and every actor in the story's lanes: the actors
 * quoted most, whose charts have the most marks and take longest to draw. Asked through the app itself, so what is
 * cached is exactly what a visitor's request would have cached.
 */
async function warmUp(app: Hono, facts: () => Promise<StoreFacts>): Promise<string[]> {
  const { story } = await facts();
  const paths = ["/", "/timeline", ...story.lanes.map((l) => actorHref(l.key))];
  for (const path of paths) {
    const res = await app.request(WARM_ORIGIN + path);
    await res.arrayBuffer();
    // the cause is in the log already (onError)
    if (res.status >= 500) throw new Error(`${path} answered ${res.status}`);
  }
  return paths;
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
  // every address only reads; the API refuses empty values, while pages and their twins (linked from the page with
  // the same query) take a blank form field as "any" (params.ts)
  app.use("*", async (c, next) => {
    if (!(ALLOWED_METHODS as readonly string[]).includes(c.req.method)) throw methodNotAllowed(c.req.method);
    checkValues(new URL(c.req.url).searchParams, { emptyIsAny: !isApi(c.req.path) });
    await next();
  });
  app.get("/static/style.css", (c) => c.body(css, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600" }));
  // the story page, /api/shifts and the known sides share one pass over the store
  const routes: AppContext = { ...ctx, facts: storeMemo(ctx, () => storeFacts(ctx)) };
  app.route("/api", apiRoutes(routes));
  app.route("/", pageRoutes(routes));
  app.notFound((c) => errorResponse(c, notFound(`nothing at ${c.req.path}`)));
  app.onError((err, c) => {
    // client errors are answered as they are; anything else is logged here with its stack and answered blandly
    if (!(err instanceof HttpError)) ctx.log(`${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    return errorResponse(c, err);
  });
  return { app, warm: () => warmUp(app, routes.facts) };
}
