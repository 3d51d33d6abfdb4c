// The shapes that travel between stages. Every stage reads and writes these; nothing else is shared.

export type Stage = "read" | "clean" | "describe" | "extract" | "link" | "store";
export type Severity = "info" | "warning" | "error";

/** A content problem noticed by a stage. Stages record messages; they throw only on programmer error. */
export interface Message {
  ruleId: string;
  stage: Stage;
  severity: Severity;
  reason: string;
  /** Character offsets into the cleaned text, when the message is about a span of it. */
  start?: number;
  end?: number;
}

/** What a reader hands on: one article, its bytes and what the container said about it. */
export interface RawPage {
  /** Where it came from: the path as given, `-` for stdin, plus `#<n>` for the n-th record of a container. */
  source: string;
  url: string | null;
  /** Sniffed from the content (and the container's headers), not only the file name. */
  kind: "html" | "text";
  /** The article's own bytes, before charset decoding. */
  body: Uint8Array;
  /** Charset declared by the container (HTTP header in a WARC record, XML declaration of a feed), if any. */
  charset: string | null;
  /** The container's capture date (WARC-Date), ISO 8601; a last-resort date, never a publication date. */
  crawledAt: string | null;
  /** Fields the container states outright (JSONL fields, RSS items). */
  given: Given;
  /** What the reader found wrong with a page it still handed on (a record cut off by the end of the file). */
  warnings?: { ruleId: string; reason: string }[];
}

export interface Given {
  title?: string;
  published?: string;
  outlet?: string;
  authors?: string[];
}

/** A source that could not be read, with a reason an analyst can act on. */
export interface ReadFailure {
  source: string;
  reason: string;
}

export type ReadItem = { page: RawPage } | { failure: ReadFailure };

/** A line or block that cleaning removed, and the rule that removed it. */
export interface Removal {
  text: string;
  ruleId: string;
  /** Line number in the decoded input (1-based) for text input; absent for HTML. */
  line?: number;
  /** What the rule saw: the words or the measure that made it fire. */
  evidence?: string;
}

/** A fact with the reason it was believed. */
export interface Fact<T> {
  value: T;
  basis: string;
  ruleId: string;
}

export type Precision = "day" | "month" | "year";

export interface Published {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` at the precision the evidence supports; null when unknown. */
  date: string | null;
  precision: Precision | null;
  /** Human-readable evidence: which words, which field. */
  basis: string;
  ruleId: string;
  /** True when derived from other facts (offices held, weekdays, wire copies) rather than stated. */
  inferred: boolean;
  /** True when the only date is the crawler's capture date. */
  crawl?: boolean;
  /** Local time and zone when the page states them, e.g. `20:35` and `+05:30`. */
  time?: string;
  zone?: string;
}

/** "MOSCOW, February 10. /TASS/": a place, an agency and a partial date. */
export interface Dateline {
  raw: string;
  city: string | null;
  agency: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
  /** Offsets of the dateline in the cleaned text. */
  start: number;
  end: number;
}

export interface Metadata {
  title: Fact<string> | null;
  outlet: Fact<string> | null;
  published: Published;
  dateline: Dateline | null;
  authors: string[];
  language: string | null;
}

/** What HTML pages state about themselves outside the article body, collected before cleaning. */
export interface HtmlFacts {
  /** <title> text. */
  titleTag: string | null;
  /** <meta name|property|itemprop=… content=…>, keys lower-cased, every value kept in page order. */
  meta: Record<string, string[]>;
  /** Parsed JSON-LD objects (graphs flattened), in page order; unparsable blocks are skipped. */
  jsonLd: Record<string, unknown>[];
  /** Texts of <h1> elements in page order. */
  h1: string[];
  /** <time datetime=…> elements: the attribute and the visible text. */
  times: { datetime: string; text: string }[];
  lang: string | null;
  canonical: string | null;
  /** Short texts of elements whose class or id names a date or byline ("date", "time-rubric", "byline"). */
  stamps?: { text: string; hint: string }[];
}

export const emptyPublished = (): Published => ({
  date: null,
  precision: null,
  basis: "no date found",
  ruleId: "published/none",
  inferred: false,
});
