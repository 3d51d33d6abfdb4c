import { constants } from "node:os";
import cliProgress from "cli-progress";
import { readInputs, expandInputs } from "../../read/index.js";
import { ingestItems, type IngestSummary } from "../../pipeline/ingest.js";
import { defaultJobs } from "../../pipeline/page-pool.js";
import { UsageError, type Io } from "../io.js";
import type { Parsed } from "../main.js";
import { withStore } from "../store-option.js";
import { humanBytes, json, plural } from "../format.js";
import { loadCtx } from "../pack-option.js";
import { optionValue } from "../settings.js";

function summaryLine(s: IngestSummary, bytes: number): string {
  const rate = s.seconds > 0 ? `, ${((s.ingested + s.unchanged) / s.seconds).toFixed(1)} docs/s` : "";
  return `ingested ${s.ingested}, unchanged ${s.unchanged}, failed ${s.failed}, warned ${s.warned} (${humanBytes(bytes)} in ${s.seconds.toFixed(1)} s${rate})\n`;
}

const STOP_SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM"];

/**
 * Below this much input (bytes on disk), worker threads cost more than they save: each needs about a second to
 * load the modules, lexicons and pack index before its first page.
 */
const WORKERS_MIN_BYTES = 4 * 1024 * 1024;

/** --jobs (or DOSSIER_JOBS): a whole number of worker threads; when not given, one per core, or one for a small input. */
function jobsOption(p: Parsed, io: Io, totalBytes: number): number {
  const given = optionValue("jobs", p.values, io.env);
  if (given === undefined) return totalBytes < WORKERS_MIN_BYTES && !p.positionals.includes("-") ? 1 : defaultJobs();
  if (!/^\s*\d+\s*$/.test(given) || Number(given) < 1) throw new UsageError(`--jobs must be a whole number of at least 1, not "${given}"`);
  return Number(given);
}

export async function ingestCommand(p: Parsed, io: Io): Promise<number> {
  if (!p.positionals.length) throw new UsageError("nothing to ingest: give files, directories, globs, or - for stdin");
  if (p.values.enqueue) return (await import("./worker.js")).enqueueCommand(p, io); // queue for `dossier worker` (PostgreSQL)
  const ctx = loadCtx(p, io);
  const { totalBytes } = await expandInputs(p.positionals);
  const jobs = jobsOption(p, io, totalBytes);
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
  // stdin has no size beforehand: what came through it is counted as it is read, and added to the files' sizes
  let reading = "";
  let fromStdin = 0;
  const payload = () => ({ done: humanBytes(read), all: humanBytes(totalBytes + fromStdin) });
  bar?.start(Math.max(totalBytes, 1), 0, { ...payload(), ingested: 0, unchanged: 0, failed: 0 });
  const items = readInputs(p.positionals, {
    stdin: io.stdin,
    onFile: (path: string) => {
      reading = path;
    },
    onProgress: (bytes: number) => {
      if (reading === "-") fromStdin += bytes - read;
      read = bytes;
    },
  });
  // Ctrl-C or SIGTERM: no further page is read, the pages under way are stored and linked, and the summary says so.
  // A second one quits at once (the store stays consistent either way; the same command goes on where this stopped).
  const stop = new AbortController();
  let stoppedBy: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    stoppedBy = signal;
    for (const s of STOP_SIGNALS) process.removeListener(s, onSignal);
    io.stderr.write(`\n${signal}: storing the pages under way, then stopping (again to quit at once)\n`);
    stop.abort();
  };
  for (const s of STOP_SIGNALS) process.on(s, onSignal);
  let summary: IngestSummary;
  try {
    summary = await withStore(p, io, "write", async (store) => {
      const s = await ingestItems(items, store, ctx, (_e, counts) => bar?.update(Math.min(read, totalBytes), { ...payload(), ...counts }), {
        jobs,
        signal: stop.signal,
      });
      // the link stage over what is new: copies grouped and dated, one statement's reports merged (src/link)
      const ids = s.documents.flatMap((d) => (d.status === "ingested" && d.id ? [d.id] : []));
      await (await import("../../link/link-pass.js")).linkNew(store, ctx, ids);
      return s;
    });
  } finally {
    for (const s of STOP_SIGNALS) process.removeListener(s, onSignal);
  }
  bar?.stop();
  const bytes = totalBytes + fromStdin;
  if (p.values.json) {
    io.stdout.write(json({ ...summary, bytes }));
  } else {
    io.stdout.write(summaryLine(summary, bytes));
    const foreign = Object.entries(summary.notEnglish).sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
    if (foreign.length) {
      const pages = foreign.reduce((n, [, k]) => n + k, 0);
      io.stdout.write(`not read for statements, not in English: ${plural(pages, "page")} (${foreign.map(([l, n]) => `${l} ${n}`).join(", ")}); \`dossier show ID\` says why\n`);
    }
    for (const f of summary.failures) io.stdout.write(`failed  ${f.source}: ${f.reason}\n`);
    // stored, but the analyst should look: bytes replaced, a page cut off, no text left
    if (!p.values.quiet) for (const w of summary.warnings) io.stdout.write(`warned  ${w.source}: ${w.reason} [${w.ruleId}]\n`);
    if (summary.interrupted) io.stdout.write(`interrupted by ${stoppedBy}: the rest was not read; the same command again ingests it (what is stored is kept)\n`);
  }
  // as a shell reports a command a signal ended: 130 for SIGINT, 143 for SIGTERM
  if (summary.interrupted && stoppedBy) return 128 + constants.signals[stoppedBy];
  return summary.failed ? 1 : 0;
}
