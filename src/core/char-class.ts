// What kind of character a UTF-16 unit is, as bit flags, learnt on first sight and kept: a table lookup costs far
// less than the Unicode regex it replaces, and the word scanners ask for every character of every text. Lone
// surrogate units are neither letter nor digit: the scanners that care read a surrogate pair's code point whole.

/** A letter or a digit (\p{L} or \p{N}): may make a word. */
export const WORD = 1;
/** A letter (\p{L}). */
export const LETTER = 2;
/** A combining mark (\p{M}): may only continue a word. */
export const MARK = 4;

const UNKNOWN = 255;
const table = new Uint8Array(0x10000).fill(UNKNOWN);
for (let c = 0; c < 0x80; c++) {
  const letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  table[c] = letter ? WORD | LETTER : c >= 0x30 && c <= 0x39 ? WORD : 0;
}

const LETTER_RE = /\p{L}/u;
const NUMBER_RE = /\p{N}/u;
const MARK_RE = /\p{M}/u;

/** The flags of one UTF-16 unit (0: none of them). */
export function charClass(unit: number): number {
  let k = table[unit]!;
  if (k === UNKNOWN) {
    const ch = String.fromCharCode(unit);
    k = LETTER_RE.test(ch) ? WORD | LETTER : NUMBER_RE.test(ch) ? WORD : MARK_RE.test(ch) ? MARK : 0;
    table[unit] = k;
  }
  return k;
}
