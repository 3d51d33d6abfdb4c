import type { Store, StoredDocument } from "../../store/store.js";
import { UsageError, type Io } from "../io.js";
import type { Parsed } from "../main.js";
import { storeLocation, withStore } from "../store-option.js";
import { clip, humanBytes, json, publishedLabel } from "../format.js";

/** What a document id looks like: `d_` (optional) and hex digits, the whole id or its start. */
const ID_SHAPE = /^(?:d_)?[0-9a-f]{1,16}$/i;

/**
 * The document an id or unambiguous id prefix names, or null when the store has none. Something that cannot be
 * an id, or a prefix several documents share, is a usage error.
 */
export async function resolveDocument(store: Store, given: string): Promise<StoredDocument | null> {
  if (!ID_SHAPE.test(given)) throw new UsageError(`'${given}' is not a document id (d_ and up to 16 hex digits, as dossier docs lists them)`);
  const id = (given.startsWith("d_") ? given : `d_${given}`).toLowerCase();
  const exact = await store.getDocument(id);
  if (exact) return exact;
  const ids = await store.matchIds(id, 2);
  if (ids.length === 1) return (await store.getDocument(ids[0]!))!;
  if (ids.length > 1) throw new UsageError(`'${given}' matches several documents (${ids.join(", ")}, …): give more of the id`);
  return null;
}

function render(d: StoredDocument): string {
  const m = d.meta;
  const fact = (label: string, value: string | null | undefined, basis?: string) =>
    `${label.padEnd(10)} ${value ?? "—"}${basis ? `   [${basis}]` : ""}`;
  const out = [
    fact("id", d.id),
    fact("source", d.source),
    fact("url", d.url),
    fact("title", m.title?.value, m.title?.basis),
    fact("outlet", m.outlet?.value, m.outlet?.basis),
    fact("published", publishedLabel(m.published), m.published.basis),
  ];
  if (m.dateline) {
    const dl = m.dateline;
    const date = [dl.year, dl.month, dl.day].map((x) => x ?? "?").join("-");
    out.push(fact("dateline", `${dl.raw.trim()}  (city ${dl.city ?? "?"}, agency ${dl.agency ?? "?"}, date ${date})`));
  }
  if (m.authors.length) out.push(fact("authors", m.authors.join("; ")));
  out.push(fact("size", `${humanBytes(d.size)} ${d.kind}${d.charset ? `, ${d.charset.name}` : ""}`, d.charset?.basis));
  if (d.crawledAt) out.push(fact("crawled", d.crawledAt));
  out.push("", "── text " + "─".repeat(60), d.text || "(empty)", "");
  out.push(`── removed (${d.removed.length}) ` + "─".repeat(52));
  for (const r of d.removed) out.push(`${(r.line !== undefined ? `${r.line}` : "").padStart(4)}  ${r.ruleId.padEnd(24)} ${clip(r.text, 100)}`);
  if (d.messages.length) {
    out.push("", `── messages (${d.messages.length}) ` + "─".repeat(51));
    for (const msg of d.messages) out.push(`${msg.severity.padEnd(8)} ${msg.ruleId.padEnd(24)} ${msg.reason}`);
  }
  return out.join("\n") + "\n";
}

export async function showCommand(p: Parsed, io: Io): Promise<number> {
  const [id, ...extra] = p.positionals;
  if (!id || extra.length) throw new UsageError("give exactly one document id");
  return withStore(p, io, "read", async (store) => {
    const doc = await resolveDocument(store, id);
    if (!doc) {
      // a well-formed id the store does not hold: not a usage error, the command simply found nothing
      io.stderr.write(`dossier show: no document ${id} in ${storeLocation(p, io)} (list them with dossier docs)\n`);
      return 1;
    }
    io.stdout.write(p.values.json ? json(doc) : render(doc));
    return 0;
  });
}
