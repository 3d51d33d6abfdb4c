import { stanceChart } from "./chart.js";
import { STANCES } from "./filters.js";
import { html, type Html } from "./html.js";
import { layout } from "./layout.js";
import { perObject } from "./memo.js";
import { actorHref, withQuery } from "./links.js";
import type { StoryModel } from "./story.js";

// The story page: what is stored, the time it spans, and who took which stance when.

export const stanceLegend = (): Html =>
  html`<ul class="legend" aria-label="Stance colours">${STANCES.map((s) => html`<li><span class="swatch ${s}"></span>${s}</li>`)}
<li><span class="swatch ring"></span>date known to the month or year</li><li><span class="swatch shift"></span>shift of stance</li></ul>`;

const count = (n: number, label: string): Html => html`<div><dt>${label}</dt><dd>${n.toLocaleString("en")}</dd></div>`;

/** The chart is drawn once per model: the model is kept until the store changes, and so is its SVG. */
const chart = perObject((m: StoryModel): Html => {
  if (!m.marks.length) return html`<p class="empty">No dated statements yet: the chart appears once statements with a date are stored.</p>`;
  const note = m.drawn < m.inLanes ? html` Showing ${m.drawn} of ${m.inLanes}: every statement with a stance, then the most recent neutral ones.` : "";
  return html`<figure class="chart">
${stanceLegend()}
${stanceChart({ lanes: m.lanes, marks: m.marks, shifts: m.shifts, ariaLabel: "Stance of each actor over time, one mark per statement" })}
<figcaption>One lane per actor, time across, one mark per statement coloured by its stance; each mark links to the
sentence it comes from. A bar marks a shift of stance (${m.shifts.length} in these lanes).${note}</figcaption>
</figure>`;
});

// The shifts listed under the chart: the most recent ones (all of them are at /api/shifts).
const LISTED_SHIFTS = 12;

function shiftList(m: StoryModel): Html | "" {
  if (!m.shifts.length) return "";
  const recent = m.shifts.slice(-LISTED_SHIFTS).reverse();
  return html`<h3>Shifts of stance${m.shifts.length > recent.length ? ` (latest ${recent.length} of ${m.shifts.length})` : ""}</h3>
<ul class="shifts">${recent.map(
    (s) => html`<li><a href="${actorHref(s.lane)}">${s.name}</a>: <span class="stance ${s.from}">${s.from}</span> → <a href="${s.href}"><span class="stance ${s.to}">${s.to}</span> on <time>${s.date}</time></a>${s.certain ? "" : html` <span class="basis">(order within the dates not certain)</span>`}</li>`,
  )}</ul>`;
}

export function storyPage(m: StoryModel, twin: string): Html {
  const range = m.said.from ? html`<p class="range">Statements from <time>${m.said.from}</time> to <time>${m.said.to}</time>.</p>` : "";
  const body = html`<h1>${m.title}</h1>
${m.description ? html`<p class="lede">${m.description}</p>` : ""}
<dl class="counts">
${count(m.counts.documents, "documents")}${count(m.counts.statements, "statements")}${count(m.counts.reports, "reports of them")}
${count(m.counts.dated, "dated")}${count(m.counts.events, "events")}${count(m.counts.wireGroups, "wire-copy groups")}
</dl>
${range}
${m.counts.documents ? "" : html`<p class="empty">Nothing is stored yet: run <code>dossier ingest FILES</code> on this store.</p>`}
<h2>Stance over time</h2>
${chart(m)}
${shiftList(m)}
<h2>Actors</h2>
<table class="actors">
<thead><tr><th scope="col">Actor</th><th scope="col">Side</th><th scope="col" class="num">Dated statements</th><th scope="col">Timeline</th></tr></thead>
<tbody>
${m.lanes.map(
  (l) => html`<tr><td><a href="${actorHref(l.key)}">${l.name}</a></td><td>${l.country ?? "—"}</td><td class="num">${l.statements}</td>
<td><a href="${withQuery("/timeline", { actor: l.key })}">statements</a></td></tr>`,
)}
</tbody>
</table>`;
  return layout({ title: m.title, twin, section: "story" }, body);
}
