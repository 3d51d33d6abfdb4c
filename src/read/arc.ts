// ARC v1 (Internet Archive, pre-WARC): a header line "URL IP date mime length", then `length` bytes.
// v2 headers (ten fields) are read too. Streamed record by record like WARC.
import type { ReadItem } from "../core/types.js";
import type { ByteReader } from "./bytes.js";
import { capturePage, cutRecord, judgeCapture, partialRecord, skipRecord, tooLargeRecord, type Truncated } from "./capture.js";
import { ARC_NEXT_HEADER_PEEK, HTTP_HEAD_PEEK, MAX_HEADER_LINE, MAX_PAGE_BYTES } from "./settings.js";


interface ArcHeader {
  url: string;
  date: string | null;
  mime: string;
  length: number;
}

const fail = (source: string, reason: string): ReadItem => ({ failure: { source, reason } });

/** The pages in an ARC stream; sources are `path#n`, n counting every record header (the filedesc one is 1). */
export async function* readArc(reader: ByteReader, path: string): AsyncGenerator<ReadItem> {
  let n = 0;
  let badRun: { source: string; line: string; bytes: number } | null = null;
  for (;;) {
    const before = reader.offset;
    const line = await reader.readLine(MAX_HEADER_LINE);
    if (line === null) break;
    const text = line.bytes.toString("utf8");
    if (text.trim().length === 0) continue;
    const header = parseArcHeader(text);
    if (!header) {
      // Resynchronise on the next line that parses as a header; one failure per damaged stretch.
      if (badRun) badRun.bytes += reader.offset - before;
      else badRun = { source: `${path}#${++n}`, line: text.slice(0, 120), bytes: reader.offset - before };
      continue;
    }
    if (badRun) yield badRunFailure(badRun);
    badRun = null;
    const source = `${path}#${++n}`;
    const item = await readArcRecord(reader, header, source);
    if (item && "truncated" in item) {
      if (item.partial) yield { page: item.partial };
      if (!reader.error) yield fail(source, cutRecord(item, header.length));
      return;
    }
    if (item) yield item;
  }
  if (badRun) yield badRunFailure(badRun);
}

async function readArcRecord(reader: ByteReader, header: ArcHeader, source: string): Promise<ReadItem | null | Truncated> {
  const { length } = header;
  const verdict = header.url.startsWith("filedesc:")
    ? ({ take: false } as const)
    : judgeCapture(await reader.peek(Math.min(length, HTTP_HEAD_PEEK)), header.mime);
  if (!verdict.take) return skipRecord(reader, length, null);
  if (length > MAX_PAGE_BYTES) return skipRecord(reader, length, tooLargeRecord(source, length));
  const block = await reader.read(length);
  const misfit = await checkBoundary(reader, block, length);
  if (misfit) return fail(source, misfit);
  const item = capturePage(block, verdict, { source, url: header.url, crawledAt: header.date });
  return block.length < length ? { truncated: block.length, partial: partialRecord(item, block.length, length) } : item;
}

/**
 * A kept record must be followed by the next header line (or the end). If a header line sits inside the
 * block instead, the declared length overran the record: the rest is given back to the reader.
 */
async function checkBoundary(reader: ByteReader, block: Buffer, length: number): Promise<string | null> {
  const complete = block.length === length;
  if (complete) {
    const next = (await reader.peek(ARC_NEXT_HEADER_PEEK)).toString("utf8").replace(/^[\r\n]+/, "");
    if (next.length === 0 || parseArcHeader(next.split("\n")[0] ?? "")) return null;
  }
  for (let nl = block.indexOf(10); nl >= 0; nl = block.indexOf(10, nl + 1)) {
    const end = block.indexOf(10, nl + 1);
    const line = block.toString("utf8", nl + 1, end < 0 ? block.length : end);
    if (parseArcHeader(line)) {
      reader.unshift(block.subarray(nl + 1));
      return `declared length ${length} runs past the end of this record into the next one; record skipped`;
    }
  }
  if (!complete) return null; // simply cut off: the caller reports the truncation
  return `declared length ${length} is shorter than this record (more data follows before the next header); record skipped`;
}

/** "URL IP date mime length" (v1, the URL may contain spaces) or the ten-field v2 line; null if malformed. */
export function parseArcHeader(line: string): ArcHeader | null {
  const f = line.trim().split(" ");
  if (f.length < 5) return null;
  const lengthText = f[f.length - 1]!;
  if (!/^\d+$/.test(lengthText)) return null;
  // v2: url ip date mime status checksum location offset filename length
  const v2 = f.length === 10 && /^\d{3}$|^-$/.test(f[4]!) && /^\d+$/.test(f[7]!);
  const [url, ip, date, mime] = v2 ? [f[0]!, f[1]!, f[2]!, f[3]!] : [f.slice(0, -4).join(" "), f.at(-4)!, f.at(-3)!, f.at(-2)!];
  if (!/^[\d.]+$/.test(ip) && !url.startsWith("filedesc:")) return null;
  if (!/^(?:\d{8,14}|null|-)$/.test(date)) return null; // Heritrix writes "null" for a missing date
  return { url, date: arcDate(date), mime, length: Number(lengthText) };
}

/** 20080430204825 → 2008-04-30T20:48:25Z; shorter stamps keep the precision they have. */
function arcDate(stamp: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$/.exec(stamp);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  return h ? `${y}-${mo}-${d}T${h}:${mi ?? "00"}:${s ?? "00"}Z` : `${y}-${mo}-${d}`;
}

function badRunFailure(run: { source: string; line: string; bytes: number }): ReadItem {
  return fail(run.source, `unreadable ARC record header "${run.line}"; ${run.bytes} bytes skipped to the next record`);
}
