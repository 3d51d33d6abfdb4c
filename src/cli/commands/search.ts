import { UsageError, type Io } from "../io.js";
import type { Parsed } from "../main.js";
import { withStore } from "../store-option.js";
import { json } from "../format.js";
import { positiveInt } from "../numbers.js";
import { SEARCH_WINDOW } from "../../store/store.js";

export async function searchCommand(p: Parsed, io: Io): Promise<number> {
  const query = p.positionals.join(" ").trim();
  if (!query) throw new UsageError("give words to search for");
  const limit = positiveInt(p.values.limit, "--limit") ?? 20;
  return withStore(p, io, "read", async (store) => {
    const result = await store.search(query, { limit });
    if (p.values.json) {
      io.stdout.write(json(result));
      return 0;
    }
    const { hits, windowed } = result;
    if (!hits.length) {
      io.stdout.write(`no document matches ${JSON.stringify(query)}\n`);
      return 0;
    }
    for (const h of hits) {
      io.stdout.write(`${h.id}  ${h.published ?? "—"}  ${h.title ?? "(no title)"}\n    ${h.snippet.replace(/\s+/g, " ")}\n\n`);
    }
    if (windowed) {
      io.stdout.write(
        `more than ${SEARCH_WINDOW.toLocaleString("en-US")} documents match: these are the best of the ${SEARCH_WINDOW.toLocaleString("en-US")} stored last. ` +
          `Add words or quote a phrase to narrow the matches.\n`,
      );
    }
    return 0;
  });
}
