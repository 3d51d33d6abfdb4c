import type { Store, StoredDocument } from "../../store/store.js";
import { UsageError, type Io } from "../io.js";
import type { Parsed } from "../main.js";
import { withStore } from "../store-option.js";
import { clip, humanBytes, json, publishedLabel } from "../format.js";

/** The document an id or unambiguous id prefix names. */
export async function resolveDocument(store: Store, given: string): Promise<StoredDocument> {
  const id = given.startsWith("d_") ? given : `d_${given}`;
  const exact = await store.getDocument(id);
  if (exact) return exact;
  const ids = await store.matchIds(id, 2);
  if (ids.length === 1) return (await store.getDocument(ids[0]!))!;
  if (ids.length > 1) throw new UsageError(`'${given}' matches several documents (${ids.join(", ")}, …): give more of the id`);
  throw new UsageError(`no document '${given}': list them with dossier docs`);
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
    io.stdout.write(p.values.json ? json(doc) : render(doc));
    return 0;
  });
}
