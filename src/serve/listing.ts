import type { Context } from "hono";
import { csvStream, type Cell } from "./csv.js";
import type { ServeContext } from "./context.js";
import type { Format } from "./params.js";
import { publicJson } from "./source-label.js";

// Every tabular endpoint is a Listing: one page as JSON ({rows, next}), or every matching row as streamed CSV.

/** How many rows one store read fetches while a CSV streams. */
const CSV_PAGE = 200;

export interface Page<T> {
  rows: T[];
  /** Opaque position of the next page, or null on the last. */
  next: string | null;
  /** Search only: more rows match than were ranked (store SearchResult.windowed). */
  windowed?: boolean;
}

export interface Listing<T> {
  /** File name stem of the CSV download. */
  name: string;
  /** The query parameter that carries `next` back (`cursor`, or `offset` where the store pages by offset). */
  pageParam: string;
  page(after: string | undefined, limit: number): Promise<Page<T>>;
  columns: readonly string[];
  cells(row: T): readonly Cell[];
  json(row: T): unknown;
}

/** The URL of the next page: the request's own URL with the page parameter moved on. */
export function nextUrl(url: string, param: string, next: string | null): string | null {
  if (next === null) return null;
  const u = new URL(url);
  u.searchParams.set(param, next);
  return u.pathname + u.search;
}

async function* everyRow<T>(listing: Listing<T>, after: string | undefined, cap: number | undefined): AsyncIterable<readonly Cell[]> {
  let sent = 0;
  for (;;) {
    const page = await listing.page(after, cap === undefined ? CSV_PAGE : Math.min(CSV_PAGE, cap - sent));
    for (const row of page.rows) yield listing.cells(row);
    sent += page.rows.length;
    if (!page.next || (cap !== undefined && sent >= cap)) return;
    after = page.next;
  }
}

/**
 * Answer a listing. JSON: one page of `limit` rows and the URL of the next. CSV: every row from `after` on
 * (at most `limit` when the client gave one), read page by page as the client consumes the stream.
 */
export async function respondListing<T>(
  c: Context,
  ctx: ServeContext,
  listing: Listing<T>,
  opts: { format: Format; after: string | undefined; limit: number; limitGiven: boolean },
): Promise<Response> {
  if (opts.format === "csv") {
    const body = csvStream(listing.columns, everyRow(listing, opts.after, opts.limitGiven ? opts.limit : undefined), (err) =>
      ctx.log(`csv ${listing.name}: ${(err as Error).stack ?? String(err)}`),
    );
    return c.body(body, 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${listing.name}.csv"`,
    });
  }
  const page = await listing.page(opts.after, opts.limit);
  const windowed = page.windowed === undefined ? {} : { windowed: page.windowed };
  return publicJson(c, { rows: page.rows.map(listing.json), next: nextUrl(c.req.url, listing.pageParam, page.next), ...windowed });
}
