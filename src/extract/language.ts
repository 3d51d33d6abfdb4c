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

interface LanguageWords {
  languages: Record<string, { name: string; words: string[] }>;
}

let lists: { code: string; name: string; words: Set<string> }[] | null = null;

function languageLists(): { code: string; name: string; words: Set<string> }[] {
  lists ??= Object.entries(lexiconFile<LanguageWords>("language-words").languages).map(([code, l]) => ({
    code,
    name: l.name,
    words: new Set(l.words),
  }));
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

export type LanguageReading = { english: true } | { english: false; language: string | null; reason: string };

const percent = (share: number): string => `${Math.round(share * 100)} %`;

export function readLanguage(text: string): LanguageReading {
  let letters = 0;
  let latinLetters = 0;
  let other: string | null = null;
  const latinWords: string[] = [];
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    letters += word.length;
    if (LATIN.test(word)) {
      latinLetters += word.length;
      latinWords.push(word.toLowerCase());
    } else other ??= word;
  }
  if (letters && latinLetters / letters < MIN_LATIN) {
    const script = SCRIPTS.find(([, re]) => re.test(other ?? ""))?.[0] ?? null;
    return { english: false, language: script, reason: `${percent(1 - latinLetters / letters)} of its letters are in ${script ?? "another"} script` };
  }
  if (latinWords.length < MIN_WORDS) return { english: true };
  const shares = languageLists().map((l) => ({ ...l, share: latinWords.filter((w) => l.words.has(w)).length / latinWords.length }));
  const english = shares.find((l) => l.code === "en")!;
  if (english.share >= MIN_ENGLISH) return { english: true };
  const best = shares.filter((l) => l.code !== "en").sort((a, b) => b.share - a.share)[0];
  const said = `${percent(english.share)} of its words are English function words`;
  return best && best.share > english.share && best.share >= MIN_NAMED
    ? { english: false, language: best.name, reason: `it reads as ${best.name}: ${percent(best.share)} of its words are ${best.name} function words, ${percent(english.share)} English ones` }
    : { english: false, language: null, reason: `only ${said}` };
}
