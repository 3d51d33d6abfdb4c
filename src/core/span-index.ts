// Spans of a text looked up by position, so that "which spans cover this offset" and "which spans overlap this
// one" cost the spans near it, not every span of the document: a long page with thousands of statements made the
// pairwise checks of the extraction quadratic (a 1.3 MB page took 14 s, twice its size four times as long).

import { addTo } from "./multimap.js";

export interface SpanLike {
  start: number;
  end: number;
}

// Characters per bucket: about a paragraph, so a span sits in one or two buckets.
const BUCKET_CHARS = 1024;

export class SpanIndex<T extends SpanLike> {
  private readonly buckets = new Map<number, T[]>();

  constructor(spans: Iterable<T> = []) {
    for (const s of spans) this.add(s);
  }

  add(span: T): void {
    const last = Math.max(span.start, span.end - 1);
    for (let b = Math.floor(span.start / BUCKET_CHARS); b <= Math.floor(last / BUCKET_CHARS); b++) addTo(this.buckets, b, span);
  }

  /** Spans that may overlap [start, end): every span that does is among them, each once. */
  near(start: number, end: number): T[] {
    const out = new Set<T>();
    const last = Math.max(start, end - 1);
    for (let b = Math.floor(start / BUCKET_CHARS); b <= Math.floor(last / BUCKET_CHARS); b++) {
      for (const s of this.buckets.get(b) ?? []) out.add(s);
    }
    return [...out];
  }
}
