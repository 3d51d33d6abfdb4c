import type { DocumentGroup, StatementRow, StoredDocument } from "../store/store.js";
import { documentWithGroup } from "./api-documents.js";
import type { ServeContext } from "./context.js";
import { highlightText } from "./highlight.js";
import { html, safeHref, type Html } from "./html.js";
import { layout } from "./layout.js";
import { actorHref, clip, documentHref } from "./links.js";
import { sourceLabel } from "./source-label.js";

// One document: its metadata with the basis of each fact, the cleaned text with every statement marked by stance
// and linked to its speaker, the lines cleaning removed (on demand), and the other copies of the same wire story.

// Rows per store read when gathering a document's statements.
const PAGE = 500;

export interface DocumentModel {
  document: StoredDocument;
  statements: StatementRow[];
  group: DocumentGroup | null;
}

export async function documentModel(ctx: ServeContext, id: string): Promise<DocumentModel> {
  const { document, group } = await documentWithGroup(ctx, id);
  const statements: StatementRow[] = [];
  let after: string | undefined;
  do {
    const page = await ctx.store.listStatements({ documentId: id, limit: PAGE, after });
    statements.push(...page.rows);
    after = page.next ?? undefined;
  } while (after);
  statements.sort((a, b) => a.start - b.start || b.end - a.end);
  return { document, statements, group };
}

const fact = (label: string, value: Html | string | null | undefined, basis?: string | null): Html =>
  html`<div><dt>${label}</dt><dd>${value || "—"}${basis ? html` <span class="basis">${basis}</span>` : ""}</dd></div>`;

function metadata(d: StoredDocument): Html {
  const p = d.meta.published;
  const date = p.date ? html`<time>${p.date}</time> (${[p.precision, p.inferred ? "inferred" : "", p.crawl ? "crawl date" : ""].filter(Boolean).join(", ")})` : "unknown";
  const href = safeHref(d.url);
  const dl = d.meta.dateline;
  return html`<dl class="facts">
${fact("outlet", d.meta.outlet?.value, d.meta.outlet?.basis)}
${fact("published", date, `${p.basis} [${p.ruleId}]`)}
${dl ? fact("dateline", dl.raw.trim(), [dl.city, dl.agency].filter(Boolean).join(", ") || null) : ""}
${d.meta.authors.length ? fact("authors", d.meta.authors.join("; ")) : ""}
${fact("url", href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${d.url}</a>` : d.url)}
${fact("source", sourceLabel(d.source))}
${fact("id", d.id)}
</dl>`;
}

function copies(m: DocumentModel): Html | "" {
  if (!m.group) return "";
  return html`<section class="copies"><h2>Copies of this story (${m.group.members.length})</h2><ol>
${m.group.members.map((c) => {
  const label = html`${c.document.outlet ?? "unknown outlet"} — ${c.document.title ?? sourceLabel(c.document.source)}`;
  const link = c.documentId === m.document.id ? html`<strong>${label}</strong> (this page)` : html`<a href="${documentHref(c.documentId)}">${label}</a>`;
  const changes = c.changes.map((ch) => ch.detail).join("; ");
  return html`<li>${link} <span class="role">${c.role}</span> ${c.document.published.date ?? "undated"} · ${Math.round(c.similarity * 100)}% shared
${changes ? html`<span class="basis">${changes}</span>` : ""}</li>`;
})}
</ol></section>`;
}

function statementList(statements: StatementRow[]): Html {
  if (!statements.length) return html`<p class="empty">No statements found in this document.</p>`;
  return html`<ol class="statements">
${statements.map(
  (s) => html`<li><a href="#${s.id}" class="stance ${s.stance.stance}">${s.stance.stance}</a>
<a href="${actorHref(s.speaker.key)}">${s.speaker.name}</a> ${s.kind}: “${clip(s.text, 160)}”
<span class="basis">said ${s.saidOn.date ?? "on an unknown date"}${s.saidOn.basis ? ` — ${s.saidOn.basis}` : ""}${s.stance.cues.length ? `; stance cues: ${s.stance.cues.join(", ")}` : ""}</span></li>`,
)}
</ol>`;
}

function removed(d: StoredDocument): Html {
  if (!d.removed.length) return html`<p class="empty">Cleaning removed nothing from this page.</p>`;
  return html`<details class="removed"><summary>Removed page furniture (${d.removed.length} lines)</summary>
<table><thead><tr><th scope="col">Line</th><th scope="col">Rule</th><th scope="col">Text</th></tr></thead><tbody>
${d.removed.map((r) => html`<tr><td class="num">${r.line ?? ""}</td><td><code>${r.ruleId}</code></td><td>${clip(r.text, 240)}</td></tr>`)}
</tbody></table></details>`;
}

export function documentPage(m: DocumentModel, twin: string): Html {
  const d = m.document;
  const quotes = m.statements.map((s) => ({
    id: s.id,
    start: s.start,
    end: s.end,
    stance: s.stance.stance,
    title: `${s.speaker.name} · ${s.stance.stance} · said ${s.saidOn.date ?? "on an unknown date"}`,
  }));
  const speakers = m.statements.map((s) => ({
    start: s.speaker.mention.start,
    end: s.speaker.mention.end,
    href: actorHref(s.speaker.key),
    title: s.speaker.name,
  }));
  const title = d.meta.title?.value ?? sourceLabel(d.source);
  const body = html`<article class="document">
<h1>${title}</h1>
${metadata(d)}
${copies(m)}
<section class="text" aria-label="Article text">
${highlightText(d.text, quotes, speakers)}
</section>
<h2>Statements (${m.statements.length})</h2>
${statementList(m.statements)}
<h2>Cleaning</h2>
${removed(d)}
</article>`;
  return layout({ title, twin }, body);
}
