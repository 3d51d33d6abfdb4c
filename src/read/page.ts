// A file that is one article: plain text or HTML, kept whole (up to the size limit).
import type { ReadItem } from "../core/types.js";
import type { ByteReader } from "./bytes.js";
import { mb } from "./capture.js";
import { MAX_PAGE_BYTES } from "./settings.js";

const advice = "split it or pack it as WARC/JSONL";

/**
 * The one page of a text or HTML file. `size` is the file's size when known (an uncompressed file), so an
 * over-large file is refused without reading it; otherwise reading stops once the limit is passed.
 * Null when the stream broke (the caller reports why).
 */
export async function readPage(reader: ByteReader, source: string, kind: "html" | "text", size: number | null): Promise<ReadItem | null> {
  const limit = mb(MAX_PAGE_BYTES);
  if (size !== null && size > MAX_PAGE_BYTES) {
    return { failure: { source, reason: `file too large for one article (${mb(size)} MB > ${limit} MB); ${advice}` } };
  }
  const { bytes, more } = await reader.readToEnd(MAX_PAGE_BYTES);
  if (more) return { failure: { source, reason: `file too large for one article (more than ${limit} MB of data); ${advice}` } };
  if (reader.error) return null; // a cut-off page is not an article; the caller reports the broken stream
  return { page: { source, url: null, kind, body: bytes, charset: null, crawledAt: null, given: {} } };
}
