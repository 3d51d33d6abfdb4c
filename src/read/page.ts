// A file that is one article: plain text or HTML, kept whole (up to the size limit).
import type { ReadItem } from "../core/types.js";
import type { ByteReader } from "./bytes.js";
import { cutOff, mb, size as sizeText } from "./capture.js";
import { MAX_PAGE_BYTES } from "./settings.js";

const advice = "split it or pack it as WARC/JSONL";

/**
 * The one page of a text or HTML file. `size` is the file's size when known (an uncompressed file), so an
 * over-large file is refused without reading it; otherwise reading stops once the limit is passed.
 * A stream that broke is the caller's to report; what came before the break is the page, marked as cut off.
 */
export async function readPage(reader: ByteReader, source: string, kind: "html" | "text", size: number | null): Promise<ReadItem | null> {
  const limit = mb(MAX_PAGE_BYTES);
  if (size !== null && size > MAX_PAGE_BYTES) {
    return { failure: { source, reason: `file too large for one article (${mb(size)} MB > ${limit} MB); ${advice}` } };
  }
  const { bytes, more } = await reader.readToEnd(MAX_PAGE_BYTES);
  if (more) return { failure: { source, reason: `file too large for one article (more than ${limit} MB of data); ${advice}` } };
  const page = { source, url: null, kind, body: bytes, charset: null, crawledAt: null, given: {} };
  if (!reader.error) return { page };
  // Broken off (a truncated .gz): kept with a warning, as a cut WARC record is (see cutOff); the caller reports the file.
  return bytes.length === 0 ? null : { page: cutOff(page, `the input breaks off after ${sizeText(bytes.length)}; the end of the page is missing`) };
}
