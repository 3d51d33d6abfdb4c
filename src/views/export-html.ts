import type { Pack } from "../core/pack.js";
import type { Store, StoredDocument } from "../store/store.js";
import { gatherBrief, sideLabel, type SideStory } from "./brief.js";
import { html, webUrl } from "./export-escape.js";
import { stanceChart, STANCE_COLOURS } from "./export-html-chart.js";
import type { Sink } from "./export-json.js";
import type { StancePoint } from "./shifts.js";
import { timeline } from "./timeline.js";
import type { EntrySource, TimelineEntry } from "./timeline-types.js";

// A standalone HTML report: the brief's sections (issue, sides now and how they moved, a chart of stance over
// time, the timeline, the sources) in one file with its style inline, no script and no external asset; the page
// forbids loading any (Content-Security-Policy). Every text from the documents is escaped; links go only to
// http(s) addresses and never carry the page's address on (rel=noreferrer).

const SOURCES_SHOWN = 3;

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}h3{margin-bottom:.3rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.35rem .4rem;vertical-align:top;text-align:left}
.when{white-space:nowrap}.prec,.src,.meta{color:#666;font-size:.85em}.st{font-weight:600;padding:0 .3rem;border-radius:3px;color:#fff}
${Object.entries(STANCE_COLOURS).map(([s, c]) => `.st-${s}{background:${c}}`).join("")}.st-event{background:#455a64}
q{quotes:"“" "”"}figure{margin:1rem 0}svg{width:100%;height:auto}.lbl{font-size:12px;fill:#333}.rule{stroke:#ddd}
code{font-size:.85em}`;

const badge = (s: string): string => `<span class="st st-${html(s)}">${html(s)}</span>`;
const docRef = (s: EntrySource): string => `${html(s.outlet ?? "outlet unknown")} <code>${html(s.document)}</code>`;
/** The first few documents, and how many more (`count`: all of them, when only some were read). */
const refs = (sources: EntrySource[], count = sources.length): string => {
  const shown = sources.slice(0, SOURCES_SHOWN);
  return shown.map(docRef).join("; ") + (count > shown.length ? `; and ${count - shown.length} more` : "");
};
const said = (p: StancePoint): string => `${html(p.date)}, ${html(p.speaker.name)}: <q>${html(p.text)}</q> <span class="src">(${refs(p.sources)})</span>`;

function sideSection(s: SideStory, pack: Pack | null): string {
  const out = [`<h3>${html(sideLabel(s.subject, pack))}</h3>`];
  if (s.now) out.push(`<p>Now ${badge(s.now.stance)}, since ${said(s.now.first)}.${s.now.count > 1 ? ` Latest: ${said(s.now.last)}.` : ""}</p>`);
  if (s.shifts.length) {
    const items = s.shifts.map(
      (x) => `<li><b>${html(x.after.date)}: ${badge(x.from)} → ${badge(x.to)}</b>${x.certain ? "" : " (order uncertain: the dates overlap)"}<br>Before: ${said(x.before)}<br>After: ${said(x.after)}</li>`,
    );
    out.push(`<p>How it moved:</p><ul>${items.join("")}</ul>`);
  } else out.push("<p>No change of stance in the dated statements.</p>");
  return out.join("\n");
}

function entryRow(e: TimelineEntry): string {
  const when = `<td class="when">${html(e.date)}<br><span class="prec">${html(e.precision ?? "")}</span></td>`;
  const what =
    e.type === "statement"
      ? `${badge(e.stance)} ${html(e.speaker.name)}${e.speaker.country ? ` [${html(e.speaker.country)}]` : ""}: <q>${html(e.text)}</q>`
      : `${badge("event")} ${e.origin === "pack" ? `<b>${html(e.title)}</b> (pack): ${html(e.text)}` : `<q>${html(e.text)}</q>`}`;
  return `<tr>${when}<td>${what}<div class="meta">${html(e.basis)}</div></td><td class="src">${refs(e.sources, e.sourceCount)}</td></tr>`;
}

function sourceItem(d: StoredDocument): string {
  const title = html(d.meta.title?.value ?? d.title ?? "untitled");
  const url = webUrl(d.url);
  const named = url ? `<a href="${html(url)}" rel="noreferrer noopener">${title}</a>` : title;
  const date = d.published.date ? `published ${d.published.date}${d.published.inferred ? " (inferred)" : ""}` : "date unknown";
  return `<li><code>${html(d.id)}</code> ${named} — ${html(d.meta.outlet?.value ?? d.outlet ?? "outlet unknown")}, ${html(date)}${url ? "" : ` <span class="src">${html(d.source)}</span>`}</li>`;
}

export async function writeHtml(store: Store, sink: Sink, opts: { pack: Pack | null }): Promise<{ entries: number; documents: number }> {
  const brief = await gatherBrief(store, opts.pack);
  const title = `${brief.title}: report`;
  await sink.write(
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
      `<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>${html(title)}</title><style>${STYLE}</style></head>\n<body>\n<h1>${html(title)}</h1>\n`,
  );
  await sink.write(
    `<p class="meta">Made by dossier from ${brief.documents} documents and ${brief.statements} statements. Dates are when things were said or happened, at the precision the sources support, not when they were published.</p>\n`,
  );
  if (brief.issue) await sink.write(`<h2>The issue</h2>\n<p>${html(brief.issue)}</p>\n`);
  await sink.write(`<h2>Where each side stands</h2>\n<p class="meta">Each side is every speaker of that country; neutral statements neither continue nor break a stance.</p>\n`);
  await sink.write(stanceChart(brief.sides, (s) => sideLabel(s.subject, opts.pack)) + "\n");
  for (const s of brief.sides) await sink.write(sideSection(s, opts.pack) + "\n");
  await sink.write(`<h2>Timeline</h2>\n<table><thead><tr><th>When</th><th>What</th><th>Sources</th></tr></thead><tbody>\n`);
  let entries = 0;
  let background = 0;
  for await (const e of timeline(store, opts.pack, {}, { sourceLimit: SOURCES_SHOWN })) {
    if (e.type === "event" && e.origin === "pack" && !e.sources.length) {
      background++;
      continue;
    }
    entries++;
    await sink.write(entryRow(e) + "\n");
  }
  await sink.write(`</tbody></table>\n`);
  if (background) await sink.write(`<p class="meta">${background} more events the pack knows are named in no document and left out here.</p>\n`);
  await sink.write(`<h2>Sources</h2>\n<ul>\n`);
  let documents = 0;
  for await (const d of store.iterateDocuments()) {
    documents++;
    await sink.write(sourceItem(d) + "\n");
  }
  await sink.write(`</ul>\n</body></html>\n`);
  return { entries, documents };
}
