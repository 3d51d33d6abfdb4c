// CSV for every tabular endpoint, streamed: rows are pulled from the store as the client reads, so a large export
// holds one page in memory, not the whole answer.

// How much text one pull gathers before handing it on: fewer, larger writes without holding many rows.
const CHUNK_CHARS = 16_384;

export type Cell = string | number | boolean | null | undefined;

/**
 * One RFC 4180 field. Text from articles can start with characters a spreadsheet runs as a formula, so those
 * cells get a leading apostrophe (the usual spreadsheet escape).
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: readonly Cell[]): string => cells.map(csvCell).join(",") + "\r\n";

/** A CSV body: the header, then one line per row as the stream is read. */
export function csvStream(header: readonly string[], rows: AsyncIterable<readonly Cell[]>, onError: (err: unknown) => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = rows[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvLine(header)));
        return;
      }
      try {
        let chunk = "";
        while (chunk.length < CHUNK_CHARS) {
          const next = await it.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += csvLine(next.value);
        }
        controller.enqueue(encoder.encode(chunk));
      } catch (err) {
        // The status line is gone already: log, and end the body early so the client sees a broken transfer.
        onError(err);
        controller.error(new Error("the CSV stream failed"));
      }
    },
    async cancel() {
      await it.return?.();
    },
  });
}
