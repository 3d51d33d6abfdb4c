import type { StatementQuery } from "../store/store.js";
import type { EventEntry, StatementEntry, TimelineEntry } from "../views/timeline-types.js";
import type { AppContext, ServeContext } from "./context.js";
import { STANCES, statementFilters } from "./filters.js";
import { html, type Html } from "./html.js";
import { layout } from "./layout.js";
import { actorHref, clip, documentHref, statementHref, withQuery } from "./links.js";
import { nextUrl } from "./listing.js";
import { cursorParam, limitParam, many, onlyKnown, one } from "./params.js";
import { timelineWindow } from "./timeline-window.js";
import { reportLabel } from "./source-label.js";

// The timeline (src/views/timeline.ts): what was said and what happened, in date order — one entry per statement
// with every outlet that reported it, the documents' events and the pack's — filtered by actor, side, stance, dates
// and words through a plain GET form (works without script).

const DEFAULT_LIMIT = 50;
const PARAMS = ["actor", "side", "stance", "from", "to", "q", "cursor", "limit"];

export interface TimelineModel {
  /** The filters as given, to refill the form and to share the URL. */
  filters: { actor: string[]; side: string | null; stance: string | null; from: string | null; to: string | null; q: string | null };
  /** The store query they became (speaker keys resolved). */
  query: StatementQuery;
  entries: TimelineEntry[];
  next: string | null;
}

export async function timelineModel(ctx: AppContext, url: string): Promise<TimelineModel> {
  const q = new URL(url).searchParams;
  onlyKnown(q, PARAMS);
  const filters = await statementFilters(ctx, q, "actor");
  const page = await timelineWindow(ctx, filters, { cursor: cursorParam(q), limit: limitParam(q, DEFAULT_LIMIT) });
  return {
    filters: {
      actor: many(q, "actor"),
      side: one(q, "side") ?? null,
      stance: one(q, "stance") ?? null,
      from: one(q, "from") ?? null,
      to: one(q, "to") ?? null,
      q: one(q, "q") ?? null,
    },
    query: filters.query,
    entries: page.entries,
    next: nextUrl(url, "cursor", page.next),
  };
}

function sideField(ctx: ServeContext, value: string | null): Html {
  if (!ctx.pack) return html`<label>Side <input name="side" value="${value ?? ""}" size="4" placeholder="RU"></label>`;
  const chosen = value?.toUpperCase() ?? "";
  return html`<label>Side <select name="side"><option value="">any</option>
${ctx.pack.sides.map((s) => html`<option value="${s.id}"${s.id === chosen ? html` selected` : ""}>${s.name}</option>`)}
</select></label>`;
}

function filterForm(ctx: ServeContext, f: TimelineModel["filters"]): Html {
  return html`<form class="filters" action="/timeline" method="get">
<label>Actor <input name="actor" value="${f.actor.join(", ")}" placeholder="Peskov, Lavrov…"></label>
${sideField(ctx, f.side)}
<label>Stance <select name="stance"><option value="">any</option>
${STANCES.map((s) => html`<option value="${s}"${s === f.stance ? html` selected` : ""}>${s}</option>`)}
</select></label>
<label>From <input name="from" value="${f.from ?? ""}" size="10" placeholder="YYYY-MM-DD"></label>
<label>To <input name="to" value="${f.to ?? ""}" size="10" placeholder="YYYY-MM-DD"></label>
<label>Words <input name="q" value="${f.q ?? ""}" placeholder="peace treaty"></label>
<button type="submit">Filter</button> <a href="/timeline">clear</a>
</form>`;
}

/**
 * Each outlet links to its document. A statement's first source is the report the entry stands for, so it links to
 * the words themselves; the other reports carry no statement id in the timeline, so they open at the top.
 */
const sourceLinks = (e: TimelineEntry): Html =>
  html`${e.sources.map((src, i) => {
    const href = e.type === "statement" && i === 0 ? statementHref({ id: e.id, documentId: src.document }) : documentHref(src.document);
    return html`${i ? ", " : ""}<a href="${href}">${reportLabel(src)}</a>${src.published ? html` (${src.published})` : ""}`;
  })}${e.sourceCount > e.sources.length ? html` and ${e.sourceCount - e.sources.length} more documents` : ""}`;

function when(e: TimelineEntry): Html {
  return html`<div class="when"><time>${e.date}</time><span class="basis">${e.precision ?? ""}</span></div>`;
}

function statementItem(s: StatementEntry): Html {
  return html`<li class="entry statement">
${when(s)}
<div class="what"><a class="speaker" href="${actorHref(s.speaker.key)}">${s.speaker.name}</a>${s.speaker.country ? html` <span class="side">${s.speaker.country}</span>` : ""}
<span class="stance ${s.stance}">${s.stance}</span>
<blockquote><a href="${statementHref({ id: s.id, documentId: s.sources[0]!.document })}">${s.text}</a></blockquote>
<p class="outlets">Reported by ${sourceLinks(s)}</p>
${s.basis ? html`<p class="basis" title="${s.basis}">Date: ${clip(s.basis, 140)}</p>` : ""}
</div>
</li>`;
}

function eventItem(e: EventEntry): Html {
  return html`<li class="entry event ${e.origin}">
${when(e)}
<div class="what"><span class="kind">${e.origin === "pack" ? "event" : "reported event"}</span> <strong>${clip(e.title, 160)}</strong>
${e.text !== e.title ? html`<p>${e.text}</p>` : ""}
${e.sources.length ? html`<p class="outlets">Told by ${sourceLinks(e)}</p>` : ""}
<p class="basis" title="${e.basis}">Date: ${clip(e.basis, 140)}</p>
</div>
</li>`;
}

const entry = (e: TimelineEntry): Html => (e.type === "statement" ? statementItem(e) : eventItem(e));

export function timelinePage(ctx: ServeContext, m: TimelineModel, twin: string): Html {
  const f = m.filters;
  const csv = withQuery("/api/timeline", { speaker: f.actor.join(",") || undefined, side: f.side ?? undefined, stance: f.stance ?? undefined,
    from: f.from ?? undefined, to: f.to ?? undefined, q: f.q ?? undefined, format: "csv" });
  const body = html`<h1>Timeline</h1>
${filterForm(ctx, m.filters)}
${m.entries.length ? html`<ol class="timeline">${m.entries.map(entry)}</ol>` : html`<p class="empty">Nothing on the timeline matches these filters.</p>`}
<nav class="pages">${m.next ? html`<a rel="next" href="${m.next}">Later →</a>` : ""} <a href="${csv}">CSV of all matches</a></nav>`;
  return layout({ title: "Timeline", twin, section: "timeline" }, body);
}
