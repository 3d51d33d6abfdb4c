import type { StatementRow, Store, StoredDocument } from "../store/store.js";

/** Something text can be streamed into; `write` may return a promise to apply backpressure. */
export interface Sink {
  write(chunk: string): unknown;
}

/** One document as ../shared/gold/FORMAT.md describes it, plus the facts' evidence. */
export function exportDocument(d: StoredDocument): Record<string, unknown> {
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
    text: d.text,
  };
}

/** One statement as FORMAT.md describes it, plus its cue, the evidence of its date and of its stance. */
export function exportStatement(s: StatementRow): Record<string, unknown> {
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
    sources: [{ document: s.documentId, start: s.start, end: s.end, outlet: s.document.outlet, published: s.document.published }],
  };
}

/**
 * The JSON export, written piece by piece: documents are read from the store in pages and written one at a
 * time, so memory does not grow with the store.
 */
export async function writeJsonExport(store: Store, sink: Sink): Promise<{ documents: number; statements: number }> {
  let n = 0;
  await sink.write('{\n"documents": [');
  for await (const d of store.iterateDocuments()) {
    await sink.write((n++ ? ",\n" : "\n") + JSON.stringify(exportDocument(d)));
  }
  let m = 0;
  await sink.write('\n],\n"statements": [');
  for await (const st of store.iterateStatements()) {
    await sink.write((m++ ? ",\n" : "\n") + JSON.stringify(exportStatement(st)));
  }
  await sink.write("\n]\n}\n");
  return { documents: n, statements: m };
}
