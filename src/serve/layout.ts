import { html, type Html } from "./html.js";

// The frame of every page: one stylesheet from the app itself, no script, a search box, and a link to the page's
// JSON twin so every view can be scripted as well as read.

export interface PageFrame {
  title: string;
  /** URL of the same view as JSON. */
  twin: string;
  /** Which navigation entry is current. */
  section?: "story" | "timeline" | "search";
  /** The search box's current words. */
  query?: string;
}

const navLink = (href: string, label: string, current: boolean): Html =>
  current ? html`<a href="${href}" aria-current="page">${label}</a>` : html`<a href="${href}">${label}</a>`;

export function layout(frame: PageFrame, body: Html): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} · dossier</title>
<link rel="stylesheet" href="/static/style.css">
<link rel="icon" href="data:,">
<link rel="alternate" type="application/json" href="${frame.twin}">
</head>
<body>
<header class="site">
<nav>
<a class="brand" href="/">dossier</a>
${navLink("/", "Story", frame.section === "story")}
${navLink("/timeline", "Timeline", frame.section === "timeline")}
<form class="search" action="/search" method="get" role="search">
<input type="search" name="q" value="${frame.query ?? ""}" placeholder="Search the articles" aria-label="Search the articles">
<button type="submit">Search</button>
</form>
</nav>
</header>
<main>
${body}
</main>
<footer class="site">
<a href="${frame.twin}" rel="alternate" type="application/json">This page as JSON</a> · <a href="/api">API</a>
</footer>
</body>
</html>
`;
}
