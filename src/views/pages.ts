import type { EventQuery, EventRow, MergedStatement, StatementQuery, StatementSource, Store } from "../store/store.js";
import type { EntrySource } from "./timeline-types.js";

// Reading the store a page at a time, so views of any length keep memory flat.

/** Rows asked of the store at a time. */
export const PAGE_SIZE = 200;
/** Rows asked first of a date-ordered stream: a view's first screen (50 entries) seldom needs more, and PostgreSQL
 * took 10 ms to send 200 merged statements with their sources where the screen showed a few dozen. */
export const FIRST_PAGE = 50;

type Page<T> = { rows: T[]; next: string | null };

/** Every row of a paged list, following its cursor. */
export async function* paged<T>(fetch: (after: string | undefined) => Promise<Page<T>>): AsyncGenerator<T> {
  let after: string | undefined;
  for (;;) {
    const page = await fetch(after);
    yield* page.rows;
    if (!page.next) return;
    after = page.next;
  }
}

/** The cursor and the size of a stream's next page. */
const cursor = (after: string | undefined) => (after ? { after, limit: PAGE_SIZE } : { limit: FIRST_PAGE });

/** Merged statements with a said_on, in the order they were said (the store lists the undated last). */
export async function* datedStatements(store: Pick<Store, "listMergedStatements">, q: StatementQuery = {}): AsyncGenerator<MergedStatement> {
  for await (const s of paged((after) => store.listMergedStatements({ ...q, ...cursor(after) }))) {
    if (!s.saidOn.date) return;
    yield s;
  }
}

/** Text events with a date, in date order. */
export async function* datedEvents(store: Store, q: EventQuery = {}): AsyncGenerator<EventRow> {
  for await (const e of paged((after) => store.listEvents({ ...q, ...cursor(after) }))) {
    if (!e.date) return;
    yield e;
  }
}

export const statementSource = (s: StatementSource): EntrySource => ({
  document: s.documentId, outlet: s.outlet, published: s.published, title: s.title, url: s.url, source: s.source, start: s.start, end: s.end,
});

export const eventSource = (e: EventRow): EntrySource => ({
  document: e.documentId, outlet: e.document.outlet, published: e.document.published, title: e.document.title, url: e.document.url,
  source: e.document.source, start: e.start, end: e.end,
});
