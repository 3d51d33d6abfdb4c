import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

// No file paths leave the server. A document read from a file is stored with the path it was given, which may be
// absolute and name the server's folders; what an analyst needs to recognise the document is its URL or outlet
// where known, and otherwise the file's own name (with the record number inside a container: `feed.xml#3`).
// Pages, their JSON twins, the API and the CSVs all show the same label.

/** A URL given as the source (a page fetched over the network) names no folder of the server. */
const WEB_SOURCE = /^https?:\/\//i;
/** The n-th record of a container (WARC, JSONL, feed), as the readers append it. */
const RECORD = /#\d+$/;

/** The label of a stored `source`: a web URL as it is; a path cut to its base name, record number kept. */
export function sourceLabel(source: string): string {
  if (WEB_SOURCE.test(source)) return source;
  const record = RECORD.exec(source)?.[0] ?? "";
  const path = source.slice(0, source.length - record.length);
  return (path.split(/[\\/]/).pop() || path) + record;
}

/** Who reported it, for lists of sources: the outlet when known, else the file's label. */
export const reportLabel = (s: { outlet: string | null; source: string }): string => s.outlet ?? sourceLabel(s.source);

/** Every `source` field, at any depth, becomes its label; JSON.stringify calls this for each key. */
const labelSources = (key: string, value: unknown): unknown => (key === "source" && typeof value === "string" ? sourceLabel(value) : value);

/** JSON for the API and the twins, with store rows' sources labelled: the one way the app answers JSON. */
export function publicJson(c: Context, value: unknown, status: ContentfulStatusCode = 200): Response {
  return c.body(JSON.stringify(value, labelSources), status, { "Content-Type": "application/json; charset=UTF-8" });
}
