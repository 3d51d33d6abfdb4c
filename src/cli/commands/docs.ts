import type { Io } from "../io.js";
import type { Parsed } from "../main.js";
import { withStore } from "../store-option.js";
import { clip, humanBytes, json, publishedLabel, table } from "../format.js";
import { positiveInt } from "../numbers.js";

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
        ["id", "published", "basis", "outlet", "size", "title", "source"],
        rows.map((r) => [
          r.id,
          publishedLabel(r.published),
          clip(r.published.basis, 28),
          clip(r.outlet, 14) || "—",
          humanBytes(r.size),
          clip(r.title, 50) || "—",
          r.source,
        ]),
      ),
    );
    return 0;
  });
}
