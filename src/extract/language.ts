import { charClass, LETTER } from "../core/char-class.js";
import { lexiconFile } from "../core/lexicon.js";

// Is the text English? The lexicons that find speakers, cues, stances and events are English. Read over German or
// Polish prose they find next to no statements and take its capitalised nouns for names (about fifty a German page),
// and they take as long as over English. So before extracting, the share of English function words is counted: a
// third or more of the words of English news prose, a twentieth or less of other languages' prose. Texts mostly in
// another script, and long texts with too few English function words, are not extracted, with a message that says
// which language they read as.

/** Fewer words than this: too little to tell, read as English. */
export const MIN_WORDS = 40;
/** Below this share of English function words among its Latin-script words, a text is not English. */
export const MIN_ENGLISH = 0.08;
/** A language is named when this share of the words are its function words; below it the message names none. */
const MIN_NAMED = 0.15;
/** Below this share of Latin-script letters, a text is in another script. */
const MIN_LATIN = 0.5;

/** Words enough to judge a text by: a long one is judged by its first ones. */
const SAMPLE_WORDS = 3000;

interface LanguageWords {
  languages: Record<string, { name: string; words: string[] }>;
}

/** A letter of a function word, lowercased, and the words that go on from it. */
interface Node {
  next: Map<number, Node>;
  /** The languages (indexes into names) whose function word ends here. */
  languages: number[];
}

interface Lists {
  /** The languages, English first. */
  names: string[];
  /** The function words of every language, letter by letter: a word is looked up as it is read, with no string made. */
  root: Node;
}

let lists: Lists | null = null;

function languageLists(): Lists {
  if (lists) return lists;
  const entries = Object.entries(lexiconFile<LanguageWords>("language-words").languages).sort(([a], [b]) => Number(b === "en") - Number(a === "en"));
  const root: Node = { next: new Map(), languages: [] };
  entries.forEach(([, l], i) => {
    for (const w of l.words) {
      let node = root;
      for (const c of w.toLowerCase()) {
        const code = c.charCodeAt(0);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map(), languages: [] }));
        node = child;
      }
      node.languages.push(i);
    }
  });
  lists = { names: entries.map(([, l]) => l.name), root };
  return lists;
}

// Scripts named in the message when a text is mostly not in Latin letters; the first that matches its first letter.
const SCRIPTS: [string, RegExp][] = [
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Japanese", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["Chinese", /\p{Script=Han}/u],
  ["Korean", /\p{Script=Hangul}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Devanagari", /\p{Script=Devanagari}/u],
  ["Thai", /\p{Script=Thai}/u],
];

const LATIN = /^\p{Script=Latin}/u;
// Basic Latin to Latin Extended-B: Latin letters, told without a regex
const LATIN_BLOCKS_END = 0x250;

export type LanguageReading = { english: true } | { english: false; language: string | null; reason: string };

const percent = (share: number): string => `${Math.round(share * 100)} %`;

const ASTRAL_LETTER = /^\p{L}$/u;

/** Whether the code point at i of s is a letter. */
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return ASTRAL_LETTER.test(String.fromCodePoint(s.codePointAt(i)!));
  return (charClass(c) & LETTER) !== 0;
}

/** The trie node the lowercased word s[start, end) leads to, or null when no function word is spelt so. */
function lookUp(root: Node, s: string, start: number, end: number): Node | null {
  let node: Node | undefined = root;
  for (let i = start; i < end && node; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      node = node.next.get(c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
      continue;
    }
    // Past ASCII, a letter may lower into more than one unit (İ); each goes down the trie.
    for (const lower of s.charAt(i).toLowerCase()) node = node?.next.get(lower.charCodeAt(0));
  }
  return node ?? null;
}

export function readLanguage(text: string): LanguageReading {
  const { names, root } = languageLists();
  const counts = new Array<number>(names.length).fill(0);
  let letters = 0;
  let latinLetters = 0;
  let latinWords = 0;
  let other: string | null = null;
  // The runs of letters, scanned by hand: a regex match per word was a tenth of all that the pipeline allocated.
  for (let i = 0; i < text.length; ) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isLetterAt(text, i)) i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
    letters += i - start;
    if (text.charCodeAt(start) >= LATIN_BLOCKS_END && !LATIN.test(text.slice(start, i))) {
      other ??= text.slice(start, i);
      continue;
    }
    latinLetters += i - start;
    for (const l of lookUp(root, text, start, i)?.languages ?? []) counts[l]!++;
    if (++latinWords >= SAMPLE_WORDS) break;
  }
  if (letters && latinLetters / letters < MIN_LATIN) {
    const script = SCRIPTS.find(([, re]) => re.test(other ?? ""))?.[0] ?? null;
    return { english: false, language: script, reason: `${percent(1 - latinLetters / letters)} of its letters are in ${script ?? "another"} script` };
  }
  if (latinWords < MIN_WORDS) return { english: true };
  const share = (i: number): number => counts[i]! / latinWords;
  if (share(0) >= MIN_ENGLISH) return { english: true };
  let best = 1;
  for (let i = 2; i < names.length; i++) if (counts[i]! > counts[best]!) best = i;
  const english = percent(share(0));
  return share(best) > share(0) && share(best) >= MIN_NAMED
    ? { english: false, language: names[best]!, reason: `it reads as ${names[best]}: ${percent(share(best))} of its words are ${names[best]} function words, ${english} English ones` }
    : { english: false, language: null, reason: `only ${english} of its words are English function words` };
}
