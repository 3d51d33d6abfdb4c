// Section "stream": one multi-gigabyte WARC ingested end to end with flat memory. The archive is made once (kept
// under out/bench-cache/) from the real pages of the HTML corpora, each page written again and again as a
// gzipped response record until the file reaches its size; every copy carries its copy number in a comment, so
// every record is a new document (and the link stage sees realistic clusters of near-duplicates).
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { once } from "node:events";
import { dirname } from "node:path";
import { gzipSync, gunzipSync, constants } from "node:zlib";
import { availableParallelism } from "node:os";
import { projectPath } from "../src/core/paths.js";
import { MB, rateColumns, rates, type CaseResult, type Section, type Table } from "./bench-kit.js";
import { htmlCorpora } from "./bench-corpora.js";
import { measureIngest, type IngestMeasure } from "./bench-pipeline.js";

// Decoded page bytes in the archive: two gigabytes, or 200 MB with --quick.
const SIZE = 2_000_000_000;
const QUICK_SIZE = 200_000_000;
// How often resident memory is sampled during the ingest (ms).
const SAMPLE_MS = 1000;

function record(html: Buffer, copy: number, uri: string): Buffer {
  const body = Buffer.concat([html, Buffer.from(`\n<!-- dossier bench copy ${copy} -->\n`)]);
  const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
  const head =
    "WARC/1.0\r\nWARC-Type: response\r\n" +
    `WARC-Record-ID: <urn:dossier:bench:${copy}>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: ${uri}\r\n` +
    `Content-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
  // one gzip member per record, as crawlers write them; level 1 because only the reading is measured
  return gzipSync(Buffer.concat([Buffer.from(head), http, Buffer.from("\r\n\r\n")]), { level: constants.Z_BEST_SPEED });
}

/** The archive of `size` page bytes, made if missing; its path and page count. */
async function archive(size: number): Promise<string> {
  const path = projectPath("out", "bench-cache", `stream-${Math.round(size / MB)}mb.warc.gz`);
  if (existsSync(path)) return path;
  mkdirSync(dirname(path), { recursive: true });
  const pages: Buffer[] = [];
  for (const corpus of htmlCorpora.filter((c) => c.id !== "warc-samples")) {
    for (const file of await corpus.files(false)) pages.push(gunzipSync(readFileSync(file)));
  }
  process.stderr.write(`bench: writing a ${(size / 1e9).toFixed(1)} GB WARC from ${pages.length} real pages (once; cached in ${path})\n`);
  const out = createWriteStream(`${path}.part`);
  let written = 0;
  for (let copy = 0; written < size; copy++) {
    const page = pages[copy % pages.length]!;
    if (!out.write(record(page, copy, `https://bench.invalid/${copy % pages.length}/${copy}`))) await once(out, "drain");
    written += page.length;
  }
  out.end();
  await once(out, "finish");
  renameSync(`${path}.part`, path);
  return path;
}

interface StreamMeasure extends IngestMeasure {
  fileMb: number;
  rssSamplesMb: number[];
}

export const streamSection: Section = {
  id: "stream",
  title: "One multi-gigabyte WARC (gzipped records of real pages), all cores, flat memory",
  cases: () => ["warc"],
  async runCase(_id, opts) {
    const path = await archive(opts.quick ? QUICK_SIZE : SIZE);
    const samples: number[] = [];
    const timer = setInterval(() => samples.push(process.memoryUsage.rss() / MB), SAMPLE_MS);
    try {
      const r = await measureIngest([path], availableParallelism(), false);
      return { ...r, fileMb: statSync(path).size / MB, rssSamplesMb: samples } satisfies StreamMeasure;
    } finally {
      clearInterval(timer);
    }
  },
  tables(results): Table[] {
    const r = results.warc as StreamMeasure | undefined;
    if (!r) return [];
    const s = r.rssSamplesMb;
    const at = (f: number): number | null => (s.length ? s[Math.min(s.length - 1, Math.floor(f * s.length))]! : null);
    return [
      {
        title: "dossier ingest of one large WARC",
        columns: [
          { key: "fileMb", title: "file MB (gz)", digits: 0 },
          { key: "mb", title: "pages MB", digits: 0 },
          { key: "docs", title: "docs" },
          { key: "failed", title: "failed" },
          { key: "jobs", title: "jobs" },
          { key: "seconds", title: "wall s", digits: 0 },
          ...rateColumns,
          { key: "rss25", title: "RSS at 25% MB" },
          { key: "rss50", title: "50%" },
          { key: "rss75", title: "75%" },
          { key: "rssEnd", title: "end" },
          { key: "peakRssMb", title: "peak RSS MB" },
        ],
        rows: [
          {
            fileMb: r.fileMb,
            mb: r.inputBytes / MB,
            docs: r.docs,
            failed: r.failed,
            jobs: r.jobs,
            seconds: r.seconds,
            ...rates(r.docs, r.inputBytes, r.seconds),
            rss25: at(0.25),
            rss50: at(0.5),
            rss75: at(0.75),
            rssEnd: at(1),
            peakRssMb: r.peakRssMb ?? null,
          },
        ],
        notes: ["SQLite store; resident memory of the whole process (worker threads included), sampled every second"],
      },
    ];
  },
};
