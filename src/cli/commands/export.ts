import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import type { Pack } from "../../core/pack.js";
import type { Store } from "../../store/store.js";
import { UsageError, type Io } from "../io.js";
import type { Parsed } from "../main.js";
import { loadCtx } from "../pack-option.js";
import { withStore } from "../store-option.js";
import { optionValue } from "../settings.js";
import { plural } from "../format.js";
import { writeJsonExport, type Sink } from "../../views/export-json.js";
import { writeJsonSections } from "../../views/export-sections.js";
import { writeJsonl } from "../../views/export-jsonl.js";
import { writeCsv } from "../../views/export-csv.js";
import { writeMarkdown } from "../../views/export-md.js";
import { writeHtml } from "../../views/export-html.js";

// `dossier export`: the whole store in one of five formats, streamed to stdout or to a file that appears under its
// name only once complete.

type Writer = (store: Store, sink: Sink, pack: Pack | null) => Promise<string>;


/** Each format, and what its summary line says was written. */
const WRITERS: Record<string, Writer> = {
  json: async (store, sink, pack) => {
    let views = { timeline: 0, shifts: 0 };
    const c = await writeJsonExport(store, sink, async (s: Sink) => (views = await writeJsonSections(store, s, { pack })));
    return `${plural(c.documents, "document")}, ${plural(c.statements, "statement")}, ${plural(views.timeline, "timeline entry")}, ${plural(views.shifts, "shift")}`;
  },
  jsonl: async (store, sink, pack) => {
    const c = await writeJsonl(store, sink, { pack });
    return Object.entries(c).map(([type, n]) => `${n} ${type}`).join(", ") + " records";
  },
  csv: async (store, sink) => {
    const c = await writeCsv(store, sink);
    return `${plural(c.rows, "row")} for ${plural(c.statements, "statement")}`;
  },
  md: async (store, sink, pack) => {
    const c = await writeMarkdown(store, sink, { pack });
    return `a brief with ${plural(c.entries, "timeline entry")} and ${plural(c.documents, "source")}`;
  },
  html: async (store, sink, pack) => {
    const c = await writeHtml(store, sink, { pack });
    return `a report with ${plural(c.entries, "timeline entry")} and ${plural(c.documents, "source")}`;
  },
};

/** A file sink that respects backpressure and appears under its name only once complete. */
async function toFile<T>(path: string, fn: (sink: Sink) => Promise<T>): Promise<T> {
  const tmp = `${path}.partial`;
  const stream = createWriteStream(tmp);
  const sink: Sink = { write: async (s: string) => { if (!stream.write(s)) await once(stream, "drain"); } };
  try {
    const result = await fn(sink);
    stream.end();
    await once(stream, "finish");
    await rename(tmp, path);
    return result;
  } catch (err) {
    stream.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
}

export async function exportCommand(p: Parsed, io: Io): Promise<number> {
  const format = (optionValue("format", p.values, io.env) ?? "json").toLowerCase();
  const writer = WRITERS[format];
  if (!writer) throw new UsageError(`unknown --format '${format}': choose one of ${Object.keys(WRITERS).join(", ")}`);
  if (p.positionals.length) throw new UsageError(`export takes no arguments (got ${p.positionals.join(" ")})`);
  const out = p.values.out as string | undefined;
  const { pack } = loadCtx(p, io);
  return withStore(p, io, "read", async (store) => {
    if (out) {
      const summary = await toFile(out, (sink) => writer(store, sink, pack));
      io.stderr.write(`exported ${summary} to ${out}\n`);
    } else {
      await writer(store, io.stdout, pack);
    }
    return 0;
  });
}
