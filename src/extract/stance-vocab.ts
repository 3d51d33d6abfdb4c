import { alternation, lexicon, lexiconFile } from "../core/lexicon.js";
import type { Pack } from "../core/pack.js";
import { NOT_BUT_MAX_WORDS } from "./stance-tuning.js";
import type { Stance } from "./types.js";

// The stance classifier's vocabulary: lexicons from data/lexicons/en turned into regexes once per process,
// and the pack's topic and stance cues merged in once per pack object. Nothing here decides anything.

export type CueStance = Exclude<Stance, "neutral">;

export interface PhraseInfo {
  stance: CueStance;
  /** False when the phrase counts only if the statement names the talks or the settlement. */
  selfSufficient: boolean;
}

/** Regexes are global and Unicode-aware; use them with matchAll (see spansOf in stance-text.ts). */
export interface StanceVocab {
  /** Fixed open, closed and conditional phrases (general and pack), longest first so "without preconditions" beats "preconditions". */
  phrases: RegExp;
  phraseInfo: Map<string, PhraseInfo>;
  /** Words that put a statement on the issue: the pack's topic cues and the general dispute words. */
  topic: RegExp;
  intent: RegExp;
  seek: RegExp;
  settle: RegExp;
  progress: RegExp;
  engage: RegExp;
  halt: RegExp;
  /** "off", "on hold": stopped talks as a predicate ("the talks are off"), followed by what may end its clause. */
  haltState: RegExp;
  auxiliary: RegExp;
  endorse: RegExp;
  reject: RegExp;
  /** Settlement and talks nouns together: what the stance is about. */
  process: RegExp;
  talks: RegExp;
  denyingDeterminers: RegExp;
  /** An off-issue qualifier at the very end of the text before a process noun ("trade │talks"). */
  offIssueBefore: RegExp;
  proposals: RegExp;
  referents: RegExp;
  /** Referents that name an issue or a proposal ("the issue"): they may reach back past their sentence. */
  referentsBack: RegExp;
  undercut: RegExp;
  undercutBefore: RegExp;
  disapprove: RegExp;
  helpers: RegExp;
  contrast: RegExp;
  negators: RegExp;
  negationExceptions: RegExp;
  possibility: RegExp;
  noConditions: RegExp;
  /** Condition connectors and the concessive phrases that look like them; `concessive` tells them apart. */
  connectors: RegExp;
  concessive: Set<string>;
  /** "not A but": the whole span, to be blanked. */
  notBut: RegExp;
}

const NO_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
const NO_LETTER_AFTER = "(?![\\p{L}\\p{N}])";

/** Lower case, straight apostrophes, single spaces: the key phrases are looked up by. */
export const fold = (s: string): string =>
  s.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, " ").trim();

const words = (...names: string[]): string[] => names.flatMap((n) => lexicon(n));

function globalRegex(list: readonly string[]): RegExp {
  return new RegExp(`${NO_LETTER_BEFORE}(?:${alternation(list)})${NO_LETTER_AFTER}`, "giu");
}

function roleList(name: string, role: string): string[] {
  const file = lexiconFile<{ entries: { role: string; words: string[] }[] }>(name);
  return file.entries.filter((e) => e.role === role).flatMap((e) => e.words);
}

/** The parts that do not depend on the pack, built once. */
type BaseVocab = Omit<StanceVocab, "phrases" | "phraseInfo" | "topic">;
let base: BaseVocab | undefined;

function baseVocab(): BaseVocab {
  if (base) return base;
  const concessive = lexicon("stance-concessive");
  const notBut =
    `${NO_LETTER_BEFORE}(?:${alternation(roleList("negation-contrastive", "negator"))})\\s+` +
    `(?:\\S+\\s+){0,${NOT_BUT_MAX_WORDS}}?(?:${alternation(roleList("negation-contrastive", "contrast"))})${NO_LETTER_AFTER}`;
  base = {
    intent: globalRegex(words("stance-intent")),
    seek: globalRegex(words("stance-seek")),
    settle: globalRegex(words("stance-settle-verbs")),
    progress: globalRegex(words("stance-progress-verbs")),
    engage: globalRegex(words("stance-engage-verbs")),
    halt: globalRegex(words("stance-halt-verbs")),
    // The state, then the end of the clause: punctuation, the end of the text, or a word that may follow it.
    haltState: new RegExp(
      `${NO_LETTER_BEFORE}(?:${alternation(roleList("stance-halt-states", "state"))})(?=\\s*(?:$|[.,;:!?)\u2013\u2014-]|(?:${alternation(roleList("stance-halt-states", "then"))})${NO_LETTER_AFTER}))`,
      "giu",
    ),
    auxiliary: globalRegex(words("stance-auxiliaries")),
    endorse: globalRegex(words("stance-endorse")),
    reject: globalRegex(words("stance-reject")),
    process: globalRegex(words("stance-process", "stance-talks")),
    talks: globalRegex(words("stance-talks")),
    denyingDeterminers: globalRegex(words("negation-determiners")),
    offIssueBefore: new RegExp(`${NO_LETTER_BEFORE}(?:${alternation(words("stance-offissue"))})[\\s-]+$`, "iu"),
    proposals: globalRegex(words("stance-proposals")),
    referents: globalRegex(words("stance-referents")),
    referentsBack: globalRegex(words("stance-referents-back")),
    undercut: globalRegex(words("stance-undercut")),
    undercutBefore: globalRegex(words("stance-undercut-before")),
    disapprove: globalRegex(words("stance-disapprove")),
    helpers: globalRegex(words("stance-helpers")),
    contrast: globalRegex(words("stance-contrast")),
    negators: globalRegex(words("negation", "hedges")),
    negationExceptions: globalRegex(words("negation-exceptions")),
    possibility: globalRegex(words("stance-possibility")),
    noConditions: globalRegex(words("stance-no-conditions")),
    connectors: globalRegex([...concessive, ...words("stance-condition-connectors")]),
    concessive: new Set(concessive.map(fold)),
    notBut: new RegExp(notBut, "giu"),
  };
  return base;
}

// Priority when one phrase is listed under two stances: the stricter reading wins.
const PHRASE_ORDER: CueStance[] = ["conditional", "closed", "open"];
const GENERAL_PHRASES: Record<CueStance, string[]> = {
  open: ["stance-open", "stance-no-conditions"],
  closed: ["stance-closed"],
  conditional: ["stance-preconditions", "stance-conditional"],
};
/** Condition language that counts without the talks named; every other phrase, and every pack cue, needs them. */
const SELF_SUFFICIENT = new Set(["stance-preconditions"]);

function build(pack: Pack | null): StanceVocab {
  const phraseInfo = new Map<string, PhraseInfo>();
  for (const stance of PHRASE_ORDER) {
    for (const file of GENERAL_PHRASES[stance]) {
      for (const w of lexicon(file)) if (!phraseInfo.has(fold(w))) phraseInfo.set(fold(w), { stance, selfSufficient: SELF_SUFFICIENT.has(file) });
    }
  }
  for (const stance of PHRASE_ORDER) {
    for (const w of pack?.issue.stanceCues[stance] ?? []) if (!phraseInfo.has(fold(w))) phraseInfo.set(fold(w), { stance, selfSufficient: false });
  }
  const topicWords = [...lexicon("stance-topic"), ...(pack?.issue.topicCues ?? [])];
  return { ...baseVocab(), phrases: globalRegex([...phraseInfo.keys()]), phraseInfo, topic: globalRegex(topicWords) };
}

const perPack = new WeakMap<Pack, StanceVocab>();
let withoutPack: StanceVocab | undefined;

/** The compiled vocabulary for a pack (cached by pack object) or for no pack (cached once). */
export function stanceVocab(pack: Pack | null): StanceVocab {
  if (!pack) return (withoutPack ??= build(null));
  let vocab = perPack.get(pack);
  if (!vocab) perPack.set(pack, (vocab = build(pack)));
  return vocab;
}
