// The HTML extraction test sets in ../shared/data, read as pages with their gold (see each SOURCE.md).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { sharedPath } from "../src/core/paths.js";

export interface GoldPage {
  id: string;
  url: string | null;
  html: string;
  /** Size of the page's bytes, for MB/s. */
  bytes: number;
  /** The whole article body, where the set has one. */
  body?: string;
  /** Segments that must / must not be in the extracted text (trafilatura-eval). */
  with?: string[];
  without?: string[];
}

/** article-extraction-benchmark: 181 UTF-8 pages and their hand-made article bodies. */
export function* benchmarkPages(): Generator<GoldPage> {
  const root = sharedPath("data", "article-extraction-benchmark");
  const truth = JSON.parse(readFileSync(join(root, "ground-truth.json"), "utf8")) as Record<string, { articleBody: string; url: string }>;
  for (const [id, item] of Object.entries(truth)) {
    const raw = gunzipSync(readFileSync(join(root, "html", `${id}.html.gz`)));
    yield { id, url: item.url, html: raw.toString("utf8"), bytes: raw.byteLength, body: item.articleBody };
  }
}

/**
 * Decode for scoring: UTF-8 when the bytes are valid UTF-8 (pages that declare latin-1 or gb2312 and are
 * UTF-8 exist in these sets; valid multi-byte UTF-8 is almost never an accident), else the <meta> charset,
 * else latin-1 (windows-1252). Charset detection proper belongs to the read stage.
 */
export function decodeLoosely(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the page's own declaration, then latin-1.
  }
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  try {
    if (declared) return new TextDecoder(declared).decode(bytes);
  } catch {
    // An unknown label: latin-1 below.
  }
  return new TextDecoder("windows-1252").decode(bytes);
}

/** trafilatura-eval: 990 annotated pages (eval/ or cache/) with `with` and `without` segments. */
export function* trafilaturaPages(): Generator<GoldPage> {
  const root = sharedPath("data", "trafilatura-eval");
  const gold = JSON.parse(readFileSync(join(root, "evaldata.json"), "utf8")) as Record<string, { file: string; with: string[]; without: string[] }>;
  const inEval = new Set(readdirSync(join(root, "eval")));
  for (const [url, item] of Object.entries(gold)) {
    const folder = inEval.has(`${item.file}.gz`) ? "eval" : "cache";
    const raw = gunzipSync(readFileSync(join(root, folder, `${item.file}.gz`)));
    yield { id: item.file, url, html: decodeLoosely(raw), bytes: raw.byteLength, with: item.with, without: item.without };
  }
}

/** Parser versions in order: V1 < V1_1 < V2 … */
const versionOrder = (a: string, b: string): number => {
  const [x, y] = [a, b].map((v) => v.slice(1).split("_").map(Number));
  return x![0]! - y![0]! || (x![1] ?? 0) - (y![1] ?? 0);
};

interface FundusGold {
  body?: { summary?: string[]; sections?: { headline?: string[]; paragraphs?: string[] }[] };
}

/** fundus-news-html: 258 pages; gold body = summary, section headlines and paragraphs (pairing per SOURCE.md). */
export function* fundusPages(): Generator<GoldPage> {
  const root = sharedPath("data", "fundus-news-html");
  for (const country of readdirSync(root).filter((n) => !n.includes("."))) {
    const files = readdirSync(join(root, country));
    const meta = JSON.parse(readFileSync(join(root, country, "meta.info"), "utf8")) as Record<string, { url?: string }>;
    for (const json of files.filter((f) => f.endsWith(".json"))) {
      const publisher = json.slice(0, -".json".length);
      const gold = JSON.parse(readFileSync(join(root, country, json), "utf8")) as Record<string, FundusGold>;
      const versions = Object.keys(gold).sort(versionOrder);
      // `<Publisher>_<YYYY_MM_DD>.html.gz`; `BR_…` must not take `BRF_…` (hence the date check).
      const pages = files.filter((f) => f.endsWith(".html.gz") && f.startsWith(`${publisher}_`) && /^\d{4}_/.test(f.slice(publisher.length + 1))).sort();
      for (const [i, file] of pages.entries()) {
        const body = gold[versions[i]!]?.body;
        if (!body) continue;
        const text = [...(body.summary ?? []), ...(body.sections ?? []).flatMap((s) => [...(s.headline ?? []), ...(s.paragraphs ?? [])])];
        const raw = gunzipSync(readFileSync(join(root, country, file)));
        const url = meta[file]?.url ?? null;
        yield { id: `${country}/${file}`, url, html: decodeLoosely(raw), bytes: raw.byteLength, body: text.join("\n") };
      }
    }
  }
}
