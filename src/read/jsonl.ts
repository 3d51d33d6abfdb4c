// JSON Lines: one article object per line, keys in any order (see data/lexicons/en/jsonl-fields.json).
import { alternation, lexiconFile } from "../core/lexicon.js";
import type { Given, ReadItem } from "../core/types.js";
import type { ByteReader } from "./bytes.js";
import { mb } from "./capture.js";
import { MAX_PAGE_BYTES } from "./settings.js";

type Field = "url" | "title" | "html" | "text" | "published" | "authors" | "outlet";

let fieldKeys: Map<Field, string[]> | null = null;
let authorSplit: RegExp | null = null;

function keysOf(field: Field): string[] {
  fieldKeys ??= new Map(lexiconFile<{ entries: { field: Field; keys: string[] }[] }>("jsonl-fields").entries.map((e) => [e.field, e.keys]));
  return fieldKeys.get(field) ?? [];
}

/** The pages of a JSON Lines stream; sources are `path#<line number>`. */
export async function* readJsonl(reader: ByteReader, path: string): AsyncGenerator<ReadItem> {
  let n = 0;
  for (;;) {
    // A line longer than one article may be is consumed but not kept.
    const line = await reader.readLine(MAX_PAGE_BYTES);
    if (line === null) return;
    const source = `${path}#${++n}`;
    if (line.dropped > 0) {
      const size = line.bytes.length + line.dropped;
      yield { failure: { source, reason: `line too large for one article (${mb(size)} MB > ${mb(MAX_PAGE_BYTES)} MB); skipped` } };
      continue;
    }
    const text = line.bytes.toString("utf8").replace(/^\uFEFF/, "");
    if (text.trim().length === 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      // The last line of a cut-off .gz is half a line: the truncation is reported once, by the caller.
      if (reader.error && (await reader.atEnd())) return;
      yield { failure: { source, reason: `not valid JSON (${(err as Error).message}); line skipped` } };
      continue;
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      yield { failure: { source, reason: "the line is JSON but not an object with article fields; skipped" } };
      continue;
    }
    yield articleFromObject(value as Record<string, unknown>, source);
  }
}

/** One JSON object → a page (html preferred over text), or a failure naming the keys that were looked for. */
export function articleFromObject(obj: Record<string, unknown>, source: string): ReadItem {
  const html = pickString(obj, "html");
  const text = html === undefined ? pickString(obj, "text") : undefined;
  const content = html ?? text;
  if (content === undefined) {
    const keys = [...keysOf("html"), ...keysOf("text")].join(", ");
    return { failure: { source, reason: `no article text: none of the keys ${keys} has a value; skipped` } };
  }
  const given: Given = {};
  const title = pickString(obj, "title");
  if (title !== undefined) given.title = title;
  const published = pickDate(obj);
  if (published !== undefined) given.published = published;
  const outlet = pickString(obj, "outlet");
  if (outlet !== undefined) given.outlet = outlet;
  const authors = pickAuthors(obj);
  if (authors.length > 0) given.authors = authors;
  return {
    page: {
      source,
      url: pickString(obj, "url") ?? null,
      kind: html === undefined ? "text" : "html",
      body: Buffer.from(content, "utf8"),
      charset: "utf-8",
      crawledAt: null,
      given,
    },
  };
}

function pickString(obj: Record<string, unknown>, field: Field): string | undefined {
  for (const key of keysOf(field)) {
    const v = obj[key];
    if (typeof v === "string" && v.trim().length > 0) return v.trim();
  }
  return undefined;
}

/** A date string as given, or a Unix timestamp (seconds or milliseconds) as ISO 8601. */
function pickDate(obj: Record<string, unknown>): string | undefined {
  for (const key of keysOf("published")) {
    const v = obj[key];
    if (typeof v === "string" && v.trim().length > 0) return v.trim();
    if (typeof v === "number" && Number.isFinite(v) && v > 0) return new Date(v < 1e11 ? v * 1000 : v).toISOString();
  }
  return undefined;
}

/** An authors array as given; a byline string split on commas, semicolons and the joiners of the bylines lexicon. */
function pickAuthors(obj: Record<string, unknown>): string[] {
  for (const key of keysOf("authors")) {
    const v = obj[key];
    const names = Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? splitByline(v) : [];
    const clean = names.map((s) => s.trim()).filter((s) => s.length > 0);
    if (clean.length > 0) return clean;
  }
  return [];
}

function splitByline(byline: string): string[] {
  if (!authorSplit) {
    const joiners = lexiconFile<{ entries: { role: string; words: string[] }[] }>("bylines").entries.find((e) => e.role === "joiner")?.words ?? [];
    const words = joiners.length > 0 ? `|(?<![\\p{L}\\p{N}])(?:${alternation(joiners)})(?![\\p{L}\\p{N}])` : "";
    authorSplit = new RegExp(`\\s*(?:[,;]${words})\\s*`, "iu");
  }
  return byline.split(authorSplit);
}
