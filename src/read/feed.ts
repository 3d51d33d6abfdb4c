// RSS 2.0 / RSS 1.0 / Atom feeds, streamed: the XML is cut into one <item>/<entry> at a time and each is
// parsed on its own, so a feed of any length is read with one item in memory.
import type { ReadItem } from "../core/types.js";
import type { ByteReader } from "./bytes.js";
import { mb } from "./capture.js";
import { bomCharset, normaliseCharset, xmlDeclCharset } from "./charset.js";
import { feedItem, xmlText } from "./feed-item.js";
import { FEED_HEAD_CHARS, MAX_PAGE_BYTES, READ_CHUNK_BYTES } from "./settings.js";

const CDATA_OPEN = "<![CDATA[";
const CDATA_CLOSE = "]]>";
const CHANNEL_TITLE = /<title\b[^>]*>([\s\S]*?)<\/title>/;

/** The items of a feed; sources are `path#<item number>`. */
export async function* readFeed(reader: ByteReader, path: string, format: "rss" | "atom"): AsyncGenerator<ReadItem> {
  const tag = format === "atom" ? "entry" : "item";
  const open = new RegExp(`<${tag}(?=[\\s>])`);
  const close = `</${tag}>`;
  const decoder = new TextDecoder(feedCharset(await reader.peek(512)));
  let buf = "";
  let prologue: string | null = ""; // the channel's own elements, until the first item
  let outlet: string | undefined;
  let skipping = false; // an item over the size limit is being passed over
  let n = 0;
  let ended = false;
  while (!ended) {
    ended = await reader.atEnd();
    buf += ended ? decoder.decode() : decoder.decode(await reader.read(READ_CHUNK_BYTES), { stream: true });
    for (;;) {
      if (skipping) {
        const end = buf.indexOf(close);
        if (end < 0) {
          buf = buf.slice(-close.length);
          break;
        }
        buf = buf.slice(end + close.length);
        skipping = false;
      }
      const start = buf.search(open);
      if (start < 0) {
        if (prologue !== null && prologue.length < FEED_HEAD_CHARS) prologue += buf.slice(0, -tag.length - 1);
        buf = buf.slice(-tag.length - 1); // a tag may be split across reads
        break;
      }
      if (prologue !== null) {
        outlet = channelTitle(prologue + buf.slice(0, start));
        prologue = null;
      }
      const end = itemEnd(buf, start, close);
      if (end < 0) {
        buf = buf.slice(start);
        if (buf.length > MAX_PAGE_BYTES) {
          yield { failure: { source: `${path}#${++n}`, reason: `feed item too large for one article (over ${mb(MAX_PAGE_BYTES)} MB); skipped` } };
          skipping = true;
          buf = "";
        }
        break;
      }
      yield feedItem(buf.slice(start, end), `${path}#${++n}`, outlet);
      buf = buf.slice(end);
    }
  }
  if (n === 0 && !reader.error) yield { failure: { source: path, reason: `${format === "atom" ? "an Atom" : "an RSS"} feed without any <${tag}>` } };
}

/** Offset just past the closing tag of the item starting at `start`, skipping CDATA; -1 if not in `buf` yet. */
function itemEnd(buf: string, start: number, close: string): number {
  let i = start;
  for (;;) {
    const end = buf.indexOf(close, i);
    const cdata = buf.indexOf(CDATA_OPEN, i);
    if (end < 0) return -1;
    if (cdata < 0 || cdata > end) return end + close.length;
    const cdataEnd = buf.indexOf(CDATA_CLOSE, cdata + CDATA_OPEN.length);
    if (cdataEnd < 0) return -1;
    i = cdataEnd + CDATA_CLOSE.length;
  }
}

function channelTitle(prologue: string): string | undefined {
  const m = CHANNEL_TITLE.exec(prologue);
  const title = m?.[1] ? xmlText(m[1]).trim() : "";
  return title || undefined;
}

/** BOM, then the XML declaration, else UTF-8 (XML's default). */
function feedCharset(head: Uint8Array): string {
  const bom = bomCharset(head);
  if (bom) return bom.charset;
  const declared = xmlDeclCharset(head);
  return (declared && normaliseCharset(declared.label)) || "utf-8";
}
