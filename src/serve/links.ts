import type { StatementRow } from "../store/store.js";

// Every URL the pages link to is made here, so a view's address is the same wherever it is linked from.

export const documentHref = (id: string): string => `/documents/${encodeURIComponent(id)}`;

/** The sentence a statement comes from: its highlighted words in the document, by the statement's id. */
export const statementHref = (s: Pick<StatementRow, "id" | "documentId">): string => `${documentHref(s.documentId)}#${encodeURIComponent(s.id)}`;

export const actorHref = (key: string): string => `/actors/${encodeURIComponent(key)}`;

/** A page URL with its query, for links that change one filter. */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** A JSON twin's URL: the page path with `.json`, the same query. */
export function twinHref(url: string): string {
  const u = new URL(url);
  const path = u.pathname === "/" ? "/index" : u.pathname.replace(/\/$/, "");
  return `${path}.json${u.search}`;
}

/** Cut text to `n` characters on one line. */
export function clip(text: string, n: number): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length <= n ? one : one.slice(0, n - 1) + "…";
}

/** Hover text of a statement's mark: when, which stance, who, and the start of the words. */
export const statementTitle = (s: StatementRow): string =>
  `${s.saidOn.date ?? "undated"} · ${s.stance.stance} · ${s.speaker.name}: “${clip(s.text, 110)}”`;
