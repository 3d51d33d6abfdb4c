import type { Store } from "../store/store.js";
import type { Sink } from "./export-json.js";
import { csvRow } from "./export-escape.js";

// CSV of statements for a spreadsheet: one row per statement and source (a statement reported by three outlets
// is three rows with the same statement id), RFC 4180 quoting, CRLF line ends.

export const CSV_COLUMNS = [
  "statement_id", "said_on", "said_on_precision", "speaker", "speaker_country", "speaker_key", "kind", "stance", "stance_cues",
  "text", "cue", "said_on_basis", "document_id", "outlet", "published", "title", "url", "source", "start", "end", "source_text",
] as const;

export async function writeCsv(store: Store, sink: Sink): Promise<{ statements: number; rows: number }> {
  await sink.write(csvRow([...CSV_COLUMNS]));
  let statements = 0;
  let rows = 0;
  for await (const s of store.iterateMergedStatements()) {
    statements++;
    for (const x of s.sources) {
      rows++;
      await sink.write(csvRow([
        s.id, s.saidOn.date, s.saidOn.precision, s.speaker.name, s.speaker.country, s.speaker.key, s.kind, s.stance.stance, s.stance.cues,
        s.text, s.cue.text, s.saidOn.basis, x.documentId, x.outlet, x.published, x.title, x.url, x.source, x.start, x.end, x.text,
      ]));
    }
  }
  return { statements, rows };
}
