// The real material the benchmark reads: the HTML corpora in ../shared/data, and a text corpus made from the
// same pages the way Common Crawl makes WET files (the visible text of each page, one block per line), written
// once as a WET file under out/bench-cache/ and read back through the ordinary WARC reader.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parseHtml } from "../src/core/html.js";
import { projectPath, sharedPath } from "../src/core/paths.js";
import { htmlText } from "../src/clean/html-text.js";
import { decodePage, expandInputs, readInputs } from "../src/read/index.js";

export interface Corpus {
  id: string;
  title: string;
  /** The files to read, all of them or (quick) an even sample. */
  files(quick: boolean): Promise<string[]>;
}

/** Every `step`-th item, starting with the first: an even sample across a sorted corpus. */
const sample = <T>(items: T[], step: number): T[] => items.filter((_, i) => i % step === 0);

const data = (...parts: string[]): string => sharedPath("data", ...parts);

async function filesUnder(dirs: string[], keep: (f: string) => boolean): Promise<string[]> {
  return (await expandInputs(dirs)).files.filter(keep);
}

const isPage = (f: string): boolean => /\.html?\.gz$/.test(f);
// WET and WAT files hold text and metadata, not pages; SOURCE.md describes the folder.
const isArchive = (f: string): boolean => /\.(?:warc|arc)(?:\.gz)?$/.test(f) && !/\.(?:wet|wat)\.gz$/.test(f);

/**
 * The HTML corpora. Quick mode takes every n-th file, n chosen so each sample is about a twentieth of the
 * corpus's megabytes (the WARC samples are small and kept whole, bar the 11 MB Heritrix crawl).
 */
export const htmlCorpora: Corpus[] = [
  {
    id: "trafilatura-eval",
    title: "trafilatura-eval (1,033 pages, mostly German)",
    files: async (quick) => sample(await filesUnder([data("trafilatura-eval", "eval"), data("trafilatura-eval", "cache")], isPage), quick ? 20 : 1),
  },
  {
    id: "fundus",
    title: "fundus-news-html (258 pages, 41 countries)",
    files: async (quick) => sample(await filesUnder([data("fundus-news-html")], isPage), quick ? 16 : 1),
  },
  {
    id: "zyte",
    title: "article-extraction-benchmark (181 pages, English)",
    files: async (quick) => sample(await filesUnder([data("article-extraction-benchmark", "html")], isPage), quick ? 6 : 1),
  },
  {
    id: "warc-samples",
    title: "warc-samples (WARC/ARC captures, broken ones included)",
    files: async (quick) => (await filesUnder([data("warc-samples")], isArchive)).filter((f) => !quick || !f.includes("/aut/")),
  },
];

/** Page addresses the corpora's annotations give (the files themselves carry none): file name → URL. */
function knownUrls(): Map<string, string> {
  const urls = new Map<string, string>();
  const json = (path: string): Record<string, Record<string, string>> => JSON.parse(readFileSync(path, "utf8"));
  for (const [url, entry] of Object.entries(json(data("trafilatura-eval", "evaldata.json")))) if (entry.file) urls.set(`${entry.file}.gz`, url);
  for (const [id, entry] of Object.entries(json(data("article-extraction-benchmark", "ground-truth.json")))) if (entry.url) urls.set(`${id}.html.gz`, entry.url);
  const fundus = data("fundus-news-html");
  for (const country of readdirSync(fundus)) {
    const meta = join(fundus, country, "meta.info");
    if (existsSync(meta)) for (const [file, entry] of Object.entries(json(meta))) if (entry.url) urls.set(file, entry.url);
  }
  return urls;
}

/** Bump when the derivation below changes, so cached files are made again. */
const TEXT_VERSION = 1;

/** One WET `conversion` record: the page's visible text, as Common Crawl writes it. */
function wetRecord(text: string, url: string | null, n: number): Buffer {
  const body = Buffer.from(text, "utf8");
  const head = [
    "WARC/1.0",
    "WARC-Type: conversion",
    ...(url ? [`WARC-Target-URI: ${url}`] : []),
    `WARC-Record-ID: <urn:dossier-bench:${n}>`,
    "Content-Type: text/plain",
    `Content-Length: ${body.length}`,
  ];
  return Buffer.concat([Buffer.from(head.join("\r\n") + "\r\n\r\n"), body, Buffer.from("\r\n\r\n")]);
}

/** The visible text of every HTML page in the files: the title line, then one line per block. */
async function deriveText(files: string[], out: string): Promise<void> {
  const urls = knownUrls();
  const records: Buffer[] = [];
  for await (const item of readInputs(files)) {
    if (!("page" in item) || item.page.kind !== "html") continue;
    const dom = parseHtml(decodePage(item.page).text);
    const title = String(dom.querySelector("title")?.textContent ?? "").replace(/\s+/g, " ").trim();
    const blocks = htmlText(dom.body ?? dom.documentElement);
    const text = [title, ...blocks].filter((line) => line.length > 0).join("\n");
    if (text) records.push(wetRecord(text + "\n", item.page.url ?? urls.get(basename(item.page.source)) ?? null, records.length + 1));
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.part`, Buffer.concat(records));
  renameSync(`${out}.part`, out);
}

/**
 * The text input: the five seeds, the one real Common Crawl WET record, and the WET-style text of every HTML
 * corpus page (made on first use and cached under out/bench-cache/).
 */
export const textCorpus: Corpus = {
  id: "text",
  title: "text: WET-style text of the HTML corpora's pages, the seeds and a Common Crawl WET record",
  async files(quick) {
    const cached = projectPath("out", "bench-cache", `derived-text-v${TEXT_VERSION}${quick ? "-quick" : ""}.warc`);
    if (!existsSync(cached)) {
      const pages: string[] = [];
      for (const corpus of htmlCorpora) pages.push(...(await corpus.files(quick)));
      process.stderr.write(`bench: making the text corpus from ${pages.length} HTML files (once; cached in ${cached})\n`);
      await deriveText(pages, cached);
    }
    return [sharedPath("seeds"), data("warc-samples", "whirlwind", "whirlwind.warc.wet.gz"), cached];
  },
};
