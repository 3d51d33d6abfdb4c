import cliProgress from "cli-progress";
import { readInputs, expandInputs } from "../../read/index.js";
import { ingestItems, type IngestSummary } from "../../pipeline/ingest.js";
import { UsageError, type Io } from "../io.js";
import type { Parsed } from "../main.js";
import { withStore } from "../store-option.js";
import { humanBytes, json } from "../format.js";
import { loadCtx } from "../pack-option.js";

function summaryLine(s: IngestSummary, bytes: number): string {
  const rate = s.seconds > 0 ? `, ${((s.ingested + s.unchanged) / s.seconds).toFixed(1)} docs/s` : "";
  return `ingested ${s.ingested}, unchanged ${s.unchanged}, failed ${s.failed} (${humanBytes(bytes)} in ${s.seconds.toFixed(1)} s${rate})\n`;
}

export async function ingestCommand(p: Parsed, io: Io): Promise<number> {
  if (!p.positionals.length) throw new UsageError("nothing to ingest: give files, directories, globs, or - for stdin");
  const ctx = loadCtx(p, io);
  const { totalBytes } = await expandInputs(p.positionals);
  const showBar = !p.values.quiet && !p.values.json && Boolean(io.stderr.isTTY);
  const bar = showBar
    ? new cliProgress.SingleBar(
        {
          stream: io.stderr as NodeJS.WritableStream,
          format: "ingest [{bar}] {percentage}% | {done} of {all} | {ingested} new, {unchanged} unchanged, {failed} failed",
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let read = 0;
  const payload = () => ({ done: humanBytes(read), all: humanBytes(totalBytes) });
  bar?.start(Math.max(totalBytes, 1), 0, { ...payload(), ingested: 0, unchanged: 0, failed: 0 });
  const items = readInputs(p.positionals, {
    stdin: io.stdin,
    onProgress: (bytes: number) => {
      read = bytes;
    },
  });
  const summary = await withStore(p, io, "write", (store) =>
    ingestItems(items, store, ctx, (_e, counts) => bar?.update(Math.min(read, totalBytes), { ...payload(), ...counts })),
  );
  bar?.stop();
  if (p.values.json) {
    io.stdout.write(json({ ...summary, bytes: totalBytes }));
  } else {
    io.stdout.write(summaryLine(summary, totalBytes));
    for (const f of summary.failures) io.stdout.write(`failed  ${f.source}: ${f.reason}\n`);
  }
  return summary.failed ? 1 : 0;
}
