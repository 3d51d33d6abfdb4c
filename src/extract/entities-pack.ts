import { packIndex, type Pack, type PackIndex } from "../core/pack.js";
import { wordKey, type Tokens } from "./mentions-tokens.js";
import { addPhrase, phraseWords, type Keyed, type TrieNode } from "./mentions-trie.js";

// What the story pack adds to the mention finder: every name of its actors (aliases, surnames, metonyms,
// context names), its sides (names, demonyms, capitals), office titles and place names, in a phrase trie keyed
// with the pack's own spelling folds (Nikolay = Nikolai). Built once per pack object.

export type PackEntry = Keyed &
  (
    | { type: "actor"; text: string }
    | { type: "side"; sideId: string; role: "name" | "demonym" | "capital" }
    | { type: "office"; text: string }
    | { type: "place"; placeId: string }
  );

export interface PackVocab {
  index: PackIndex;
  trie: TrieNode<PackEntry>;
  /** General keys of the first words of phrases written in lower case ("press", "ministry", "envoy"). */
  lowerStarts: Set<string>;
  /** The pack's key of one word, cached. */
  key: (word: string) => string;
}

const built = new WeakMap<Pack, PackVocab>();

export function packVocab(pack: Pack): PackVocab {
  const known = built.get(pack);
  if (known) return known;
  const index = packIndex(pack);
  const cache = new Map<string, string>();
  const key = (word: string): string => {
    let k = cache.get(word);
    if (k === undefined) {
      k = index.fold(word);
      cache.set(word, k);
    }
    return k;
  };
  const trie: TrieNode<PackEntry> = {};
  const lowerStarts = new Set<string>();
  const add = (phrase: string, entry: PackEntry): void => {
    addPhrase(trie, phrase, entry, key);
    const first = phraseWords(phrase, wordKey);
    if (first.raw[0] && !/^\p{Lu}/u.test(first.raw[0])) lowerStarts.add(first.keys[0]!);
  };
  for (const a of pack.actors) {
    const names = [a.name, ...a.aliases, ...(a.metonyms ?? []), ...(a.contextAliases ?? [])];
    if (a.kind === "person") {
      const words = a.name.split(/\s+/);
      if (words.length > 1) names.push(a.nameOrder === "family-first" ? words[0]! : words[words.length - 1]!);
    }
    for (const n of names) add(n, { type: "actor", text: n });
  }
  for (const s of pack.sides) {
    for (const n of s.names) add(n, { type: "side", sideId: s.id, role: "name" });
    for (const n of s.demonyms) add(n, { type: "side", sideId: s.id, role: "demonym" });
    for (const n of s.capitals) add(n, { type: "side", sideId: s.id, role: "capital" });
  }
  for (const o of pack.offices) {
    for (const t of [o.title, ...o.aliases, ...(o.contextAliases ?? [])]) add(t, { type: "office", text: t });
  }
  for (const p of pack.places) for (const n of [p.name, ...p.names.map((x) => x.name)]) add(n, { type: "place", placeId: p.id });
  const vocab = { index, trie, lowerStarts, key };
  built.set(pack, vocab);
  return vocab;
}

/** Pack keys of a text's words, filled on first use (most words are never looked up past the first). */
export function packKeys(vocab: PackVocab, tokens: Tokens): (i: number) => string {
  const keys: (string | undefined)[] = new Array(tokens.count);
  return (i) => (keys[i] ??= vocab.key(tokens.raw[i]!));
}
