// Tuning numbers of the read stage, in one place. Each says what it measures.

const MB = 1024 * 1024;

/** Largest single article (a plain text/HTML file, one WARC/ARC record, one JSONL line or feed item), in bytes. */
export const MAX_PAGE_BYTES = 50 * MB;

/** Bytes looked at (after gunzip) to decide a file's format. Enough for a WARC header or an XML prolog. */
export const SNIFF_BYTES = 16 * 1024;

/** Bytes at the start of an HTML page searched for `<meta charset>` first (HTML's prescan looks at 1 KB; pages often put it later). */
export const META_SCAN_BYTES = 4096;

/** When the early window has no declaration, how far a late `<meta charset>` is still believed over detection. */
export const LATE_META_SCAN_BYTES = 64 * 1024;

/** Bytes of a page looked at by chardet (HTML markup is stripped from them first); more gains little and costs time. */
export const DETECT_SAMPLE_BYTES = 512 * 1024;

/** chardet confidence (0–100) above which a detected charset overrides a declaration that fails on the bytes. */
export const DETECT_CONFIDENT = 50;

/**
 * UTF-8 is kept despite invalid bytes when the bytes inside well-formed multi-byte sequences outnumber the
 * invalid ones by this factor: the page is UTF-8 with a few stray bytes (a pasted Latin-1 snippet, a cut
 * character). Bytes, not sequences, are weighed because a long sequence is stronger evidence: a legacy
 * charset forms a valid 3-byte sequence by chance far more rarely than a 2-byte one (in a single-byte
 * charset it needs three high bytes in a row in the right ranges). Measured over every page in ../shared/data
 * that is not valid UTF-8: UTF-8 pages with stray bytes give 53–1037 sequence bytes per invalid byte; GBK
 * pages 0.41–0.58 (two-byte pairs by chance); Latin-1 pages 0–1.0 (one pasted UTF-8 "ö" beside two stray bytes).
 */
export const UTF8_MOSTLY_VALID_RATIO = 2;

/** Valid multi-byte UTF-8 sequences needed before they overrule a declared legacy charset. */
export const UTF8_OVERRULES_AFTER = 4;

/** Longest header line (WARC, ARC, HTTP) accepted; longer means the reader is not looking at a header. */
export const MAX_HEADER_LINE = 64 * 1024;

/** Bytes of a WARC/ARC record peeked to read its HTTP headers before deciding to read or skip its body. */
export const HTTP_HEAD_PEEK = 64 * 1024;

/** Bytes after an ARC record checked for the next header line (its URL is rarely longer). */
export const ARC_NEXT_HEADER_PEEK = 4096;

/** Share of control bytes (other than tab, CR, LF, FF, ESC) in the sniffed head above which a file is binary. */
export const BINARY_CONTROL_SHARE = 0.02;

/** Closing tags in the sniffed head that make text without a doctype or <html> look like HTML. */
export const HTML_CLOSING_TAGS = 3;

/** Files up to this size are read (and gunzipped) in one call: per-chunk stream round trips dominate on small pages. */
export const SMALL_FILE_BYTES = 1024 * 1024;

/** Bytes read from disk per chunk; larger chunks cut per-chunk overhead on big WARCs. */
export const READ_CHUNK_BYTES = 256 * 1024;

/** Output chunk of a streamed gunzip: each chunk is a thread-pool round trip, so 16 KB (zlib's default) is 4x slower. */
export const GUNZIP_CHUNK_BYTES = 256 * 1024;

/** Characters before a feed's first item kept to find the channel's title (the outlet). */
export const FEED_HEAD_CHARS = 64 * 1024;
