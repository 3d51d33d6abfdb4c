import type { DocumentLink, MergedStatement, StatementRow, StatementSource, Store, StoredDocument } from "../store/store.js";

// Documents written per group-link query: bounds memory and round trips alike.
const EXPORT_PAGE = 100;

/** Something text can be streamed into; `write` may return a promise to apply backpressure. */
export interface Sink {
  write(chunk: string): unknown;
}

/**
 * One document as ../shared/gold/FORMAT.md describes it, plus the facts' evidence, and for a copy of another
 * document (a wire copy, a republication) `duplicate_of` with what the copy changed.
 */
export function exportDocument(d: StoredDocument, link?: DocumentLink | null): Record<string, unknown> {
  const p = d.meta.published;
  return {
    id: d.id,
    source: d.source,
    url: d.url,
    title: d.meta.title?.value ?? null,
    outlet: d.meta.outlet?.value ?? null,
    published: {
      date: p.date,
      precision: p.precision,
      basis: p.basis,
      inferred: p.inferred,
      ...(p.crawl ? { crawl: true } : {}),
    },
    dateline: d.meta.dateline,
    authors: d.meta.authors,
    kind: d.kind,
    size: d.size,
    duplicate_of: d.duplicateOf,
    ...(link ? { group: { id: link.groupId, role: link.role, similarity: link.similarity, changes: link.changes } } : {}),
    text: d.text,
  };
}

const exportSource = (x: StatementSource): Record<string, unknown> => ({
  document: x.documentId, start: x.start, end: x.end, text: x.text, outlet: x.outlet, published: x.published,
});

/**
 * One statement as FORMAT.md describes it, plus its cue, the evidence of its date and of its stance. A merged
 * statement lists every document that reports it in `sources`.
 */
export function exportStatement(s: StatementRow | MergedStatement): Record<string, unknown> {
  return {
    id: s.id,
    speaker: { name: s.speaker.name, country: s.speaker.country, kind: s.speaker.kind, key: s.speaker.key, resolved_by: s.speaker.ruleId },
    kind: s.kind,
    text: s.text,
    stance: s.stance.stance,
    stance_cues: s.stance.cues,
    said_on: s.saidOn.date,
    said_on_precision: s.saidOn.precision,
    said_on_basis: s.saidOn.basis,
    cue: s.cue.text,
    sources:
      "sources" in s
        ? s.sources.map(exportSource)
        : [{ document: s.documentId, start: s.start, end: s.end, text: s.text, outlet: s.document.outlet, published: s.document.published }],
  };
}

/**
 * The JSON export, written piece by piece: documents are read from the store in pages and written one at a
 * time, so memory does not grow with the store. `more` writes further top-level fields after the statements
 * (each with its leading comma), such as the timeline.
 */
export async function writeJsonExport(
  store: Store,
  sink: Sink,
  more?: (sink: Sink) => Promise<unknown>,
): Promise<{ documents: number; statements: number }> {
  let n = 0;
  await sink.write('{\n"documents": [');
  // documents go out in pages so each page's group links come in one query
  let page: StoredDocument[] = [];
  const flush = async (): Promise<void> => {
    const links = new Map((await store.getDocumentLinks(page.map((d) => d.id))).map((l) => [l.documentId, l]));
    for (const d of page) await sink.write((n++ ? ",\n" : "\n") + JSON.stringify(exportDocument(d, links.get(d.id))));
    page = [];
  };
  for await (const d of store.iterateDocuments()) if (page.push(d) >= EXPORT_PAGE) await flush();
  await flush();
  let m = 0;
  await sink.write('\n],\n"statements": [');
  for await (const st of store.iterateMergedStatements()) {
    await sink.write((m++ ? ",\n" : "\n") + JSON.stringify(exportStatement(st)));
  }
  await sink.write("\n]");
  if (more) await more(sink);
  await sink.write("\n}\n");
  return { documents: n, statements: m };
}
