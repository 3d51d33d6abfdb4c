import { Hono } from "hono";
import type { DocumentGroup, DocumentRow, StoredDocument } from "../store/store.js";
import type { ServeContext } from "./context.js";
import { notFound } from "./errors.js";
import { respondListing, type Listing } from "./listing.js";
import { formatParam, intParam, limitParam, onlyKnown } from "./params.js";
import { publicJson, sourceLabel } from "./source-label.js";

// GET /api/documents (a page, in ingest order) and GET /api/documents/:id (everything stored about one, and its
// wire-copy group).

const DEFAULT_LIMIT = 50;
// The largest offset accepted: beyond it a client should filter, not page.
const MAX_OFFSET = 10_000_000;

export const DOCUMENT_COLUMNS = [
  "id", "published", "published_precision", "published_basis", "inferred", "outlet", "title", "url", "source", "kind", "size",
  "duplicate_of", "ingested_at",
] as const;

function documentsListing(ctx: ServeContext): Listing<DocumentRow> {
  return {
    name: "documents",
    pageParam: "offset",
    // the store pages documents by offset; ask one row more to know whether another page follows
    async page(after, limit) {
      const offset = Number(after ?? 0);
      const rows = await ctx.store.listDocuments({ limit: limit + 1, offset });
      return { rows: rows.slice(0, limit), next: rows.length > limit ? String(offset + limit) : null };
    },
    columns: DOCUMENT_COLUMNS,
    cells: (d) => [
      d.id, d.published.date, d.published.precision, d.published.basis, d.published.inferred, d.outlet, d.title, d.url, sourceLabel(d.source),
      d.kind, d.size, d.duplicateOf ?? null, d.ingestedAt,
    ],
    json: (d) => d,
  };
}

/** The document and the group of copies it belongs to (null when it has none). */
export async function documentWithGroup(ctx: ServeContext, id: string): Promise<{ document: StoredDocument; group: DocumentGroup | null }> {
  const document = await ctx.store.getDocument(id);
  if (!document) throw notFound(`no document '${id}'`);
  const [link] = await ctx.store.getDocumentLinks([id]);
  const group = link ? await ctx.store.getDocumentGroup(link.groupId) : null;
  return { document, group: group && group.members.length > 1 ? group : null };
}

export function documentsApi(ctx: ServeContext): Hono {
  const app = new Hono();
  app.get("/documents", async (c) => {
    const q = new URL(c.req.url).searchParams;
    onlyKnown(q, ["limit", "offset", "format"]);
    const offset = intParam(q, "offset", 0, MAX_OFFSET);
    return respondListing(c, ctx, documentsListing(ctx), {
      format: formatParam(q),
      after: offset === undefined ? undefined : String(offset),
      limit: limitParam(q, DEFAULT_LIMIT),
      limitGiven: q.has("limit"),
    });
  });
  app.get("/documents/:id", async (c) => {
    onlyKnown(new URL(c.req.url).searchParams, []);
    const { document, group } = await documentWithGroup(ctx, c.req.param("id"));
    return publicJson(c, { ...document, group });
  });
  return app;
}
