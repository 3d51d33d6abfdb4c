import { sha256 } from "./hash.js";
import type { Pack } from "./pack-types.js";
import {
  emptyPublished,
  type Given,
  type HtmlFacts,
  type Message,
  type Metadata,
  type RawPage,
  type Removal,
  type Severity,
  type Stage,
} from "./types.js";

/**
 * The document object: one article carried through every stage (like unified's vfile).
 * Stages fill in fields and `data`; annotations point into `text` by character offsets.
 */
export interface Doc {
  /** `d_` + the first 16 hex digits of `hash`. */
  id: string;
  /** SHA-256 of the article's raw bytes: the key that makes ingest idempotent. */
  hash: string;
  source: string;
  url: string | null;
  kind: "html" | "text";
  /** Size of the raw bytes. */
  size: number;
  crawledAt: string | null;
  given: Given;
  /** The raw bytes; dropped once decoded to keep memory flat on long runs. */
  body: Uint8Array | null;
  /** Charset used to decode the body and why it was chosen. */
  charset: { name: string; basis: string } | null;
  /** The decoded page (HTML source or plain text). */
  input: string;
  /** The cleaned article body. */
  text: string;
  removed: Removal[];
  meta: Metadata;
  /** Per-stage data that later stages may read. */
  data: DocData;
  messages: Message[];
}

export interface DocData {
  /** HTML pages: what the page states about itself outside the body. */
  htmlFacts?: HtmlFacts;
  [stage: string]: unknown;
}

/** Context shared by all stages of one run. */
export interface Ctx {
  /** The story pack (issue, actors, places, events), or null to run without one. */
  pack: Pack | null;
}

export type StageFn = (doc: Doc, ctx: Ctx) => Doc;

/** A fresh document for a page; pass the content hash when it is already known. */
export function createDoc(page: RawPage, hash = sha256(page.body)): Doc {
  return {
    id: `d_${hash.slice(0, 16)}`,
    hash,
    source: page.source,
    url: page.url,
    kind: page.kind,
    size: page.body.byteLength,
    crawledAt: page.crawledAt,
    given: page.given,
    body: page.body,
    charset: page.charset ? { name: page.charset, basis: "declared by the container" } : null,
    input: "",
    text: "",
    removed: [],
    meta: { title: null, outlet: null, published: emptyPublished(), dateline: null, authors: [], language: null },
    data: {},
    messages: (page.warnings ?? []).map((w) => ({ ...w, stage: "read" as const, severity: "warning" as const })),
  };
}

/** Record a content problem on the document. */
export function message(
  doc: Doc,
  stage: Stage,
  ruleId: string,
  reason: string,
  severity: Severity = "warning",
  span?: { start: number; end: number },
): void {
  doc.messages.push({ ruleId, stage, severity, reason, ...span });
}
