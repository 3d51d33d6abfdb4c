// The read stage: command-line arguments → a stream of pages (or failures), and page bytes → text.
export { expandInputs, readInputs, type Expanded, type ReadOptions } from "./inputs.js";
export { readSource } from "./source.js";
export { decodePage, type Decoded } from "./decode.js";
export { normaliseCharset } from "./charset.js";
export { sniff, type Format, type Sniffed } from "./sniff.js";
export { MAX_PAGE_BYTES } from "./settings.js";
