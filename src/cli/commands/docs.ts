import type { Io } from "../io.js";
import type { Parsed } from "../main.js";
import { withStore } from "../store-option.js";
import { clip, humanBytes, json, publishedLabel, table } from "../format.js";
import { positiveInt } from "../numbers.js";
import type { DocumentGroup } from "../../store/store.js";

// Groups shown under the listing when no --limit is given: enough to see what the link stage found.
const DEFAULT_GROUPS = 50;

/** One group: the original, then each copy with its similarity and what it changed. */
function groupLines(g: DocumentGroup): string {
  const rows = g.members.map((m) => [
    m.role === "original" ? "original" : `copy ${Math.round(m.similarity * 100)}%`,
    m.documentId,
    publishedLabel(m.document.published),
    clip(m.document.outlet, 14) || "—",
    m.changes.length ? m.changes.map((c) => c.kind).join(", ") : m.role === "copy" ? "verbatim" : "",
    clip(m.document.title, 50) || "—",
  ]);
  return `${g.id}: ${g.members.length} documents\n` + table(["", "id", "published", "outlet", "changed", "title"], rows).replace(/^(?=.)/gm, "  ");
}

export async function docsCommand(p: Parsed, io: Io): Promise<number> {
  const limit = positiveInt(p.values.limit, "--limit");
  return withStore(p, io, "read", async (store) => {
    const rows = await store.listDocuments({ limit });
    if (p.values.json) {
      io.stdout.write(json(rows));
      return 0;
    }
    if (!rows.length) {
      io.stdout.write("no documents stored\n");
      return 0;
    }
    io.stdout.write(
      table(
        ["id", "published", "basis", "outlet", "size", "copy of", "title", "source"],
        rows.map((r) => [
          r.id,
          publishedLabel(r.published),
          clip(r.published.basis, 28),
          clip(r.outlet, 14) || "—",
          humanBytes(r.size),
          r.duplicateOf ?? "",
          clip(r.title, 50) || "—",
          r.source,
        ]),
      ),
    );
    const total = await store.countDocumentGroups();
    if (!total) return 0;
    const { rows: groups } = await store.listDocumentGroups({ limit: limit ?? DEFAULT_GROUPS });
    io.stdout.write(`\n${total} group${total === 1 ? "" : "s"} of near-duplicates (wire copies, republications)${groups.length < total ? `, first ${groups.length}` : ""}:\n`);
    for (const g of groups) io.stdout.write("\n" + groupLines(g));
    return 0;
  });
}
