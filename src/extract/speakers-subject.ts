import { gap } from "./mentions-chunks.js";
import { tokenAtOrAfter, tokenEndingBy } from "./mentions-tokens.js";
import type { Cue } from "./quotes-cues.js";
import { afterChunk, chunkStartOf, mentionLead, quoteAround, type Scene } from "./quotes-scene.js";
import { grammarWords } from "./mentions-vocab.js";
import { MAX_ASIDES, MAX_ASIDE_WORDS, MAX_SUBJECT_GAP } from "./quotes-tuning.js";
import type { Mention } from "./types.js";

// Who a cue's words belong to, as a mention in the text: the subject before the verb (gap words and one
// comma-delimited aside allowed: "Tokyo, however, maintains"), the name after an inverted verb ("…," said
// Peskov), the object of "quoted X as saying", or the subject of the main clause for a participle
// ("Moscow banned …, accusing it of …"). Pronouns and descriptions are resolved later (speakers.ts).

export interface Anchor {
  mention: Mention;
  ruleId: string;
}

// Prepositions that make the name after them part of a longer subject ("An investigation in Sweden").
const MODIFYING = grammarWords("modifying-preposition");
const BE = grammarWords("be");
const COORDINATORS = grammarWords("verb-coordinator");
const AFFILIATION = grammarWords("affiliation");
const PREPOSITIONS = grammarWords("object-preposition");

/** A mention that can say something: a person, an institution, a government, an organisation, a pronoun. */
export const canSpeak = (m: Mention): boolean => m.form === "pronoun" || m.entity.kind !== "place";

/** "Putin and Abe said": the first named of a coordinated subject. */
function firstNamed(scene: Scene, m: Mention): Mention {
  let first = m;
  for (;;) {
    const from = Math.min(first.start, first.title?.start ?? first.start);
    const link = /\s+and\s+$/.exec(scene.text.slice(Math.max(0, from - 8), from));
    if (!link) return first;
    const end = from - link[0].length;
    const prev = scene.endingAt.get(tokenEndingBy(scene.tokens, end));
    if (!prev || prev.end !== end || !canSpeak(prev) || prev.form === "pronoun") return first;
    first = prev;
  }
}

/**
 * The subject before a cue, walking back over gap words, asides in commas (", 74, a Kyiv resident who …,"),
 * a relative "who" (the name before it) and a coordinated verb ("Beijing considers … and has vowed": the
 * subject of the clause).
 */
function subjectBefore(scene: Scene, cue: Cue, allowPassive = false): { mention: Mention; ruleId: string } | null {
  const sentenceStart = scene.sentences[cue.sentence]!.start;
  let asides = 0;
  let afterAside = false;
  let passive = false;
  for (let j = cue.chunk - 1, steps = 0; j >= 0 && chunkStartOf(scene, j) >= sentenceStart && steps <= MAX_SUBJECT_GAP; ) {
    const between = afterAside ? " " : afterChunk(scene, j);
    if (/[“”"«»]/.test(between)) return null;
    if (between.includes(",")) {
      if (asides >= MAX_ASIDES) return null;
      // "the ambassador to the UN, Parvathaneni Harish, labeled …": a name set in commas after its title is
      // the subject, unless a name follows the verb ("…, said Peskov": inverted).
      const named = scene.endingAt.get(scene.chunks[j]!.at + scene.chunks[j]!.len - 1);
      if (j === cue.chunk - 1 && named?.ruleId === "mention/title-comma-name" && !(invertible(cue) && mentionAfter(scene, cue.chunk))) {
        return { mention: firstNamed(scene, named), ruleId: "speaker/cue-subject" };
      }
      let k = j;
      for (let words = 0; k > 0 && chunkStartOf(scene, k) > sentenceStart && words < MAX_ASIDE_WORDS; k--, words++) {
        const gap = afterChunk(scene, k - 1);
        if (/[“”"«»]/.test(gap)) return null;
        if (gap.includes(",")) break;
      }
      if (k <= 0 || !afterChunk(scene, k - 1).includes(",") || chunkStartOf(scene, k - 1) < sentenceStart) return null;
      asides++;
      afterAside = true;
      j = k - 1;
      continue;
    }
    const c = scene.chunks[j]!;
    const inAside = afterAside;
    afterAside = false;
    if (/[^\s\-]/.test(between) && !scene.tokens.poss[c.at + c.len - 1]) return null;
    let m = scene.endingAt.get(c.at + c.len - 1);
    if (m && m.entity.kind === "person") {
      // "Greg Taylor of Indianapolis said": the place or body after "of" is where the speaker is from.
      const lead = tokenAtOrAfter(scene.tokens, mentionLead(scene.text, m));
      const owner = lead > 1 && AFFILIATION.has(scene.tokens.keys[lead - 1]!) ? scene.endingAt.get(lead - 2) : undefined;
      if (owner && owner.entity.kind === "person" && owner.title) m = owner;
    }
    // ", an organizer at the Indigenous Environmental Network, and …": a body after a preposition ends an aside.
    const ofAside = inAside && !!m && PREPOSITIONS.has(scene.tokens.keys[tokenAtOrAfter(scene.tokens, mentionLead(scene.text, m)) - 1] ?? "");
    if (m && canSpeak(m) && !scene.tokens.poss[c.at + c.len - 1] && !ofAside) {
      // "An investigation in Sweden has revealed": a name after a preposition modifies the subject.
      const lead = tokenAtOrAfter(scene.tokens, mentionLead(scene.text, m));
      if (lead > 0 && MODIFYING.has(scene.tokens.keys[lead - 1]!) && !/[,.;:]/.test(scene.text.slice(scene.tokens.ends[lead - 1]!, scene.tokens.starts[lead]!))) return null;
      return passive && !allowPassive ? null : { mention: firstNamed(scene, m), ruleId: "speaker/cue-subject" };
    }
    const word = c.len === 1 ? scene.tokens.keys[c.at]! : "";
    if (word === "who" && /,\s*$/.test(afterChunk(scene, j - 1))) {
      // "Netanyahu and allies, who claim …": the name before the relative pronoun.
      const before = j > 0 ? scene.endingAt.get(scene.chunks[j - 1]!.at + scene.chunks[j - 1]!.len - 1) : undefined;
      const near = before ?? nearestBefore(scene, chunkStartOf(scene, j), sentenceStart);
      return near && !passive ? { mention: near, ruleId: "speaker/relative-who" } : null;
    }
    if (COORDINATORS.has(word)) {
      // "… and has vowed": another verb of the same subject.
      const subject = clauseSubject(scene, cue.sentence, chunkStartOf(scene, j));
      return subject && !passive ? { mention: subject, ruleId: "speaker/coordinated-subject" } : null;
    }
    if (!gap(c) || ofAside) {
      // Another aside ends here (", 74, a Kyiv resident who saw it,"): its opening comma within reach.
      if (inAside && asides < MAX_ASIDES) {
        let k = j;
        for (let words = 0; k > 0 && chunkStartOf(scene, k) > sentenceStart && words < MAX_ASIDE_WORDS; k--, words++) {
          if (afterChunk(scene, k - 1).includes(",")) break;
        }
        if (k > 0 && afterChunk(scene, k - 1).includes(",") && chunkStartOf(scene, k - 1) >= sentenceStart) {
          asides++;
          afterAside = true;
          j = k - 1;
          continue;
        }
      }
      return null;
    }
    // "Oman is often called …", "was described as": the subject is what is spoken of, not who speaks.
    if (BE.has(word) && !/ing$/.test(cue.text)) passive = true;
    j--;
    steps++;
  }
  return null;
}

/** The nearest person or body named between a sentence start and an offset. */
function nearestBefore(scene: Scene, at: number, floor: number): Mention | undefined {
  for (let i = scene.mentions.length - 1; i >= 0; i--) {
    const m = scene.mentions[i]!;
    if (m.end > at) continue;
    if (m.start < floor) return undefined;
    if (canSpeak(m) && m.form !== "pronoun") return m;
  }
  return undefined;
}

/**
 * "…," said Peskov: inversion belongs to verbs that close an attribution, without a listener ("told" always
 * names its listener) and without an object ("labeled Pakistan's remarks …").
 */
const invertible = (cue: Cue): boolean => cue.verb.takes.includes("front") && !cue.verb.audience;

/** The mention starting right after a word (the inverted "said Peskov", the "quoted Peskov"). */
function mentionAfter(scene: Scene, chunk: number): Mention | null {
  const c = scene.chunks[chunk + 1];
  if (!c || !/^\s+$/.test(afterChunk(scene, chunk))) return null;
  const m = scene.startingAt.get(c.at);
  if (!m || !canSpeak(m)) return null;
  // An inverted speaker closes the attribution: "…," said Peskov. / said Peskov, the Kremlin spokesman / said
  // Reeves of Harvard; not "said Sinwar's appointment would …".
  const last = tokenEndingBy(scene.tokens, m.end);
  if (scene.tokens.poss[last]) return null;
  const after = scene.text.slice(m.end, m.end + 12);
  return /^\s*(?:[,.;:)!?"”’]|$)/.test(after) || /^\s+(?:of|from|at|in|who|as)\b/.test(after) ? m : null;
}

/**
 * The subject of a sentence's main clause before an offset: the first mention that can speak and is not the
 * object of a preposition, after any opening adverbial ("Meanwhile, Moscow recently banned …").
 */
export function clauseSubject(scene: Scene, sentence: number, before: number): Mention | null {
  const s = scene.sentences[sentence]!;
  const first = tokenAtOrAfter(scene.tokens, s.start);
  for (const m of scene.mentions) {
    if (m.start < s.start) continue;
    if (m.start >= before) break;
    if (!canSpeak(m) || quoteAround(scene, m.start)) continue;
    const i = tokenAtOrAfter(scene.tokens, Math.min(m.start, m.title?.start ?? m.start));
    if (i > first && PREPOSITIONS.has(scene.tokens.keys[i - 1]!)) continue;
    if (i > first && scene.tokens.poss[i - 1]) continue;
    return m;
  }
  return null;
}

const memo = new WeakMap<Cue, Anchor | null>();

/** The speaker mention of a cue (without the participle case, which needs the statements before it). */
export function anchorOf(scene: Scene, cue: Cue): Anchor | null {
  let known = memo.get(cue);
  if (known === undefined) memo.set(cue, (known = readAnchor(scene, cue)));
  return known;
}

function readAnchor(scene: Scene, cue: Cue): Anchor | null {
  if (cue.verb.takes.includes("quoted")) {
    const before = cue.chunk > 0 ? scene.chunks[cue.chunk - 1]! : null;
    const passive = !!before && BE.has(scene.tokens.keys[before.at]!) && /^\s+$/.test(afterChunk(scene, cue.chunk - 1));
    if (!passive) {
      const m = mentionAfter(scene, cue.chunk);
      return m ? { mention: m, ruleId: "speaker/quoted-as" } : null;
    }
  }
  const subject = subjectBefore(scene, cue, cue.verb.takes.includes("quoted"));
  if (subject) return subject;
  const before = scene.text.slice(Math.max(0, cue.start - 3), cue.start);
  if (/[,”"’»]\s*$/.test(before) && invertible(cue)) {
    const m = mentionAfter(scene, cue.chunk);
    if (m) return { mention: m, ruleId: "speaker/cue-inverted" };
  }
  return null;
}

