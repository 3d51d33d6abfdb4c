import { alternation } from "./lexicon.js";
import { WORD_START, wordMatcher } from "./word-match.js";
import type { Folder } from "./pack-names.js";
import type { Pack, PackEvent } from "./pack-types.js";

// Events and documents by name: an exact name ("the 1956 declaration"), or every mention of one in a
// sentence, with offsets into that sentence.

export interface EventMention {
  event: PackEvent;
  /** Character offsets of the mention in the text searched. */
  start: number;
  end: number;
  text: string;
}

export interface EventFinder {
  byName(text: string): PackEvent | undefined;
  inText(text: string): EventMention[];
}

// Typographic variants folded one character for one character, so offsets stay valid.
const APOSTROPHES = /['’‘ʼ`]/g;
const DASHES = /[-‐‑‒–—―]/g;
const sameLength = (text: string): string => text.replace(APOSTROPHES, "'").replace(DASHES, "-");

export function eventFinder(pack: Pack, fold: Folder): EventFinder {
  const byKey = new Map<string, PackEvent>();
  for (const event of pack.events) {
    for (const name of event.names) if (!byKey.has(fold(name))) byKey.set(fold(name), event);
  }
  const names = pack.events.flatMap((e) => e.names.map(sameLength));
  // A dash in a name also matches a space ("Soviet-Japanese" / "Soviet Japanese").
  const pattern = alternation(names).replace(/-/g, "[-\\s]");
  const matcher = names.length > 0 ? wordMatcher(`${WORD_START}(?:${pattern})(?![\\p{L}\\p{N}])`, "giu") : null;

  const inText = (text: string): EventMention[] => {
    if (!matcher) return [];
    const out: EventMention[] = [];
    for (const m of matcher.all(sameLength(text))) {
      const event = byKey.get(fold(m[0]));
      if (event && m.index !== undefined) {
        out.push({ event, start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) });
      }
    }
    return out;
  };

  return {
    byName: (text) => byKey.get(fold(text)) ?? inText(text)[0]?.event,
    inText,
  };
}
