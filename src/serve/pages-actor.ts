import type { MergedStatement } from "../store/store.js";
import type { StancePoint } from "../views/shifts.js";
import { stanceSeries } from "../views/stance.js";
import { actorInfo, type ActorInfo } from "./actor-info.js";
import { stanceChart, type ChartMark, type ChartShift } from "./chart.js";
import { viewStore, type ServeContext } from "./context.js";
import { STANCES } from "./filters.js";
import { html, type Html } from "./html.js";
import { layout } from "./layout.js";
import { perObject } from "./memo.js";
import { clip, statementHref, withQuery } from "./links.js";
import { nextUrl } from "./listing.js";
import { cursorParam, limitParam, onlyKnown } from "./params.js";
import { stanceLegend } from "./pages-story.js";
import { reportLabel } from "./source-label.js";

// One actor: who they are (aliases, offices held with dates), their stance over time (one lane per stance, a mark
// per dated statement, the shifts and the runs of one stance from src/views/stance.ts), and their statements in the
// order they were said, a page at a time.

const DEFAULT_LIMIT = 50;
// Marks on the actor's chart; past this the most recent are drawn (the statements list below has them all).
const MAX_MARKS = 1000;

export interface ActorChart {
  marks: ChartMark[];
  /** Shifts, drawn in the lane of the stance shifted to. */
  shifts: ChartShift[];
  /** Stretches of one stance, in order (neutral statements neither continue nor break one). */
  runs: { stance: string; from: string; to: string; statements: number }[];
  /** Dated statements of the actor, and how many are drawn. */
  dated: number;
  drawn: number;
}

export interface ActorModel {
  actor: ActorInfo;
  chart: ActorChart;
  statements: MergedStatement[];
  next: string | null;
}

/** An actor's stance series (src/views/stance.ts): a mark per dated statement, the shifts and the runs. */
export async function actorChart(ctx: ServeContext, key: string, name: string): Promise<ActorChart> {
  const points: StancePoint[] = [];
  const shifts: ChartShift[] = [];
  const series = stanceSeries(viewStore(ctx.store), { type: "actor", key, name }, [key]);
  let step = await series.next();
  for (; !step.done; step = await series.next()) {
    points.push(step.value.point);
    const shift = step.value.shift;
    if (shift) shifts.push({ lane: shift.to, date: shift.after.date, title: `${shift.from} → ${shift.to} (${shift.before.date} → ${shift.after.date})` });
  }
  const drawn = points.slice(-MAX_MARKS);
  const marks = drawn.map((p) => ({
    lane: p.stance,
    date: p.date,
    precision: p.precision,
    stance: p.stance,
    href: statementHref({ id: p.id, documentId: p.sources[0]!.document }),
    title: `${p.date} · ${p.stance} · “${clip(p.text, 110)}”`,
  }));
  const runs = step.value.map((r) => ({ stance: r.stance, from: r.first.date, to: r.last.date, statements: r.count }));
  return { marks, shifts, runs, dated: points.length, drawn: drawn.length };
}

export async function actorModel(
  ctx: ServeContext,
  key: string,
  url: string,
  chart: (key: string, name: string) => Promise<ActorChart>,
): Promise<ActorModel> {
  const q = new URL(url).searchParams;
  onlyKnown(q, ["cursor", "limit"]);
  const after = cursorParam(q);
  const limit = limitParam(q, DEFAULT_LIMIT);
  const actor = await actorInfo(ctx, key);
  const [marks, page] = await Promise.all([chart(key, actor.name), ctx.store.listMergedStatements({ speakers: [key], after, limit })]);
  return { actor, chart: marks, statements: page.rows, next: nextUrl(url, "cursor", page.next) };
}

function offices(a: ActorInfo): Html | "" {
  if (!a.pack?.offices.length) return "";
  return html`<h2>Offices held</h2><table class="offices"><thead><tr><th scope="col">Office</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Basis</th></tr></thead><tbody>
${a.pack.offices.map((o) => html`<tr><td>${o.title}${o.acting ? " (acting)" : ""}</td><td><time>${o.start}</time></td><td>${o.end ? html`<time>${o.end}</time>` : "in office"}</td><td class="basis">${o.note}</td></tr>`)}
</tbody></table>`;
}

function statementItem(s: MergedStatement): Html {
  const outlets = s.sources.map(reportLabel).filter((o, i, all) => all.indexOf(o) === i);
  return html`<li><span class="when">${s.saidOn.date ?? "undated"}</span> <span class="stance ${s.stance.stance}">${s.stance.stance}</span>
<a href="${statementHref(s)}">“${clip(s.text, 220)}”</a> <span class="basis">${outlets.join(", ")}</span></li>`;
}

function runList(chart: ActorChart): Html | "" {
  if (!chart.runs.length) return "";
  return html`<ol class="runs">${chart.runs.map(
    (r) => html`<li><span class="stance ${r.stance}">${r.stance}</span> ${r.from === r.to ? r.from : `${r.from} to ${r.to}`} (${r.statements} ${r.statements === 1 ? "statement" : "statements"})</li>`,
  )}</ol>`;
}

/** Drawn once per chart model, which is kept per actor until the store changes. */
const drawChart = perObject((c: ActorChart): Html =>
  stanceChart({ lanes: STANCES.map((s) => ({ key: s, label: s })), marks: c.marks, shifts: c.shifts, ariaLabel: "Stance over time" }),
);

export function actorPage(m: ActorModel, twin: string): Html {
  const a = m.actor;
  const chart = m.chart.marks.length
    ? html`<figure class="chart">${stanceLegend()}
${drawChart(m.chart)}
<figcaption>One mark per dated statement of ${a.name}, in the lane of its stance.${m.chart.drawn < m.chart.dated ? ` The latest ${m.chart.drawn} of ${m.chart.dated} are drawn.` : ""}</figcaption></figure>`
    : html`<p class="empty">No dated statements by ${a.name}.</p>`;
  const body = html`<h1>${a.name}</h1>
<dl class="facts">
<div><dt>kind</dt><dd>${a.kind}</dd></div>
<div><dt>side</dt><dd>${a.country ?? "—"}</dd></div>
<div><dt>statements</dt><dd>${a.statements}</dd></div>
<div><dt>mentions</dt><dd>${a.mentions}</dd></div>
${a.pack?.aliases.length ? html`<div><dt>also called</dt><dd>${a.pack.aliases.join(", ")}</dd></div>` : ""}
<div><dt>key</dt><dd><code>${a.key}</code></dd></div>
</dl>
${offices(a)}
<h2>Stance over time</h2>
${chart}
${runList(m.chart)}
<h2>Statements</h2>
${m.statements.length ? html`<ol class="statements">${m.statements.map(statementItem)}</ol>` : html`<p class="empty">No statements by ${a.name}.</p>`}
<nav class="pages">${m.next ? html`<a rel="next" href="${m.next}">Later statements →</a>` : ""}
<a href="${withQuery("/timeline", { actor: a.key })}">On the timeline</a></nav>`;
  return layout({ title: a.name, twin }, body);
}
