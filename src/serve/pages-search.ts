import { SEARCH_WINDOW, type SearchHit, type StatementRow } from "../store/store.js";
import type { ServeContext } from "./context.js";
import { html, type Html } from "./html.js";
import { layout } from "./layout.js";
import { actorHref, clip, documentHref, statementHref } from "./links.js";
import { intParam, onlyKnown, textParam } from "./params.js";
import { sourceLabel } from "./source-label.js";

// Search: documents whose text matches (best first, with the passage around the words) and statements whose
// words contain the query.

const DOCUMENT_HITS = 20;
const STATEMENT_HITS = 20;
const WINDOW = SEARCH_WINDOW.toLocaleString("en-US");

export interface SearchModel {
  q: string | null;
  documents: SearchHit[];
  /** More articles match than were ranked (SEARCH_WINDOW): the hits are the best of those stored last. */
  windowed: boolean;
  statements: StatementRow[];
}

export async function searchModel(ctx: ServeContext, url: string): Promise<SearchModel> {
  const params = new URL(url).searchParams;
  onlyKnown(params, ["q", "limit"]);
  const q = textParam(params, "q") ?? null;
  const limit = intParam(params, "limit", 1, 100) ?? DOCUMENT_HITS;
  if (!q) return { q, documents: [], windowed: false, statements: [] };
  const [documents, statements] = await Promise.all([
    ctx.store.search(q, { limit }),
    ctx.store.listStatements({ text: q, limit: STATEMENT_HITS }),
  ]);
  return { q, documents: documents.hits, windowed: documents.windowed, statements: statements.rows };
}

/** The store marks matches with `**`; each marked run becomes a <mark>, everything escaped. */
export const snippetHtml = (snippet: string): Html =>
  html`${snippet.split("**").map((part, i) => (i % 2 ? html`<mark>${part}</mark>` : part))}`;

export function searchPage(m: SearchModel, twin: string): Html {
  const results = !m.q
    ? html`<p class="empty">Type words to search the cleaned text of every stored article; "quoted words" must appear together.</p>`
    : html`<h2>Articles (${m.documents.length})</h2>
${m.documents.length ? html`<ol class="hits">${m.documents.map((h) => html`<li><a href="${documentHref(h.id)}">${h.title ?? sourceLabel(h.source)}</a>
<span class="basis">${h.published ?? "undated"}</span><p class="snippet">${snippetHtml(h.snippet)}</p></li>`)}</ol>` : html`<p class="empty">No article matches.</p>`}
${m.windowed ? html`<p class="note">More than ${WINDOW} articles match: these are the best of the ${WINDOW} stored last. Add words or quote a phrase to narrow the matches.</p>` : ""}
<h2>Statements (${m.statements.length})</h2>
${m.statements.length ? html`<ol class="statements">${m.statements.map((s) => html`<li><span class="when">${s.saidOn.date ?? "undated"}</span>
<a href="${actorHref(s.speaker.key)}">${s.speaker.name}</a>: <a href="${statementHref(s)}">“${clip(s.text, 220)}”</a></li>`)}</ol>` : html`<p class="empty">No statement contains these words.</p>`}`;
  return layout({ title: m.q ? `Search: ${m.q}` : "Search", twin, section: "search", query: m.q ?? "" }, html`<h1>Search</h1>\n${results}`);
}
