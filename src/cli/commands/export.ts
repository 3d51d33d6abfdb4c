import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { UsageError, type Io } from "../io.js";
import type { Parsed } from "../main.js";
import { withStore } from "../store-option.js";
import { optionValue } from "../settings.js";
import { writeJsonExport, type Sink } from "../../views/export-json.js";

const FORMATS = ["json"];

/** A file sink that respects backpressure and appears under its name only once complete. */
async function toFile(path: string, fn: (sink: Sink) => Promise<unknown>): Promise<void> {
  const tmp = `${path}.partial`;
  const stream = createWriteStream(tmp);
  const sink: Sink = { write: async (s: string) => { if (!stream.write(s)) await once(stream, "drain"); } };
  try {
    await fn(sink);
    stream.end();
    await once(stream, "finish");
    await rename(tmp, path);
  } catch (err) {
    stream.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
}

export async function exportCommand(p: Parsed, io: Io): Promise<number> {
  const format = optionValue("format", p.values, io.env) ?? "json";
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format '${format}': choose one of ${FORMATS.join(", ")}`);
  if (p.positionals.length) throw new UsageError(`export takes no arguments (got ${p.positionals.join(" ")})`);
  const out = p.values.out as string | undefined;
  return withStore(p, io, "read", async (store) => {
    if (out) {
      let counts = { documents: 0, statements: 0 };
      await toFile(out, async (sink) => (counts = await writeJsonExport(store, sink)));
      io.stderr.write(`exported ${counts.documents} documents and ${counts.statements} statements to ${out}\n`);
    } else {
      await writeJsonExport(store, io.stdout);
    }
    return 0;
  });
}
