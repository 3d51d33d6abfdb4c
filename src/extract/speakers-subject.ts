import { gap } from "./mentions-chunks.js";
import { tokenAtOrAfter, tokenEndingBy } from "./mentions-tokens.js";
import type { Cue } from "./quotes-cues.js";
import { afterChunk, chunkStartOf, mentionFrom, mentionLead, quoteAround, type Scene } from "./quotes-scene.js";
import { grammarAlternation, grammarWords } from "./mentions-vocab.js";
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
const RELATIVES = grammarWords("subject-relative");
const TITLE_LINKS = grammarWords("title-link");
const AUXILIARIES = grammarWords("auxiliary");
const ABSOLUTE = grammarWords("absolute-with");
let passiveAfter: RegExp | undefined;
/** A form of "be" between two offsets: the verb after it is passive. */
const passiveBetween = (scene: Scene, from: number, to: number): boolean =>
  (passiveAfter ??= new RegExp(`\\b(?:${grammarAlternation("be")})\\b`, "i")).test(scene.text.slice(from, to));
// A dash between words: spaced hyphens or en dashes, or any em dash ("Authority - which …", "Authority—which").
const DASH = /\s[-–]{1,2}\s|—/;

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
    if (DASH.test(between)) {
      // "The Palestinian Authority - which considers … - called for …": an aside between dashes.
      if (asides >= MAX_ASIDES) return null;
      let k = j;
      for (let words = 0; k > 0 && chunkStartOf(scene, k) > sentenceStart && words < MAX_ASIDE_WORDS; k--, words++) {
        const gap = afterChunk(scene, k - 1);
        // (A comma inside a number, "5,000", is no clause boundary.)
        const inNumber = gap === "," && /\d$/.test(scene.tokens.raw[scene.chunks[k - 1]!.at]!) && /^\d/.test(scene.tokens.raw[scene.chunks[k]!.at]!);
        if (/[“”"«»]/.test(gap) || (gap.includes(",") && !inNumber)) return null;
        if (DASH.test(gap)) break;
      }
      if (k <= 0 || !DASH.test(afterChunk(scene, k - 1)) || chunkStartOf(scene, k - 1) < sentenceStart) return null;
      asides++;
      afterAside = true;
      j = k - 1;
      continue;
    }
    if (between.includes(",")) {
      if (asides >= MAX_ASIDES) return null;
      // "the ambassador to the UN, Parvathaneni Harish, labeled …": a name set in commas after its title is
      // the subject, unless a name follows the verb ("…, said Peskov": inverted).
      const named = scene.endingAt.get(scene.chunks[j]!.at + scene.chunks[j]!.len - 1);
      if (j === cue.chunk - 1 && named && inCommas(scene, named) && !(invertible(cue) && mentionAfter(scene, cue.chunk))) {
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
    // The final period of an abbreviation ("The U.S. said") is part of the name, not the end of a clause.
    const abbreviation = /^\.\s+$/.test(between) && scene.tokens.raw[c.at + c.len - 1]!.includes(".");
    if (/[^\s\-]/.test(between) && !scene.tokens.poss[c.at + c.len - 1] && !abbreviation) return null;
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
      // "…, with Jordan's foreign minister warning of …": after "with" a gerund has the name as its subject.
      const lead = tokenAtOrAfter(scene.tokens, mentionLead(scene.text, m));
      const absolute = lead > 0 && ABSOLUTE.has(scene.tokens.keys[lead - 1]!) && cue.participle === false && /ing$/.test(cue.text.split(" ")[0]!);
      if (lead > 0 && !absolute && MODIFYING.has(scene.tokens.keys[lead - 1]!) && !/[,.;:]/.test(scene.text.slice(scene.tokens.ends[lead - 1]!, scene.tokens.starts[lead]!))) return null;
      return passive && !allowPassive ? null : { mention: firstNamed(scene, m), ruleId: "speaker/cue-subject" };
    }
    const word = c.len === 1 ? scene.tokens.keys[c.at]! : "";
    // (Not a passive: "…, which had been described by Shelter as …".)
    if (RELATIVES.has(word) && /,\s*$/.test(afterChunk(scene, j - 1)) && !passiveBetween(scene, chunkStartOf(scene, j), cue.start)) {
      // "Netanyahu and allies, who claim …", "the Dialogue Group in Turkey, which says …": the name before the
      // relative pronoun, past a place it is "in".
      let before = j > 0 ? scene.endingAt.get(scene.chunks[j - 1]!.at + scene.chunks[j - 1]!.len - 1) : undefined;
      if (before && word === "which") before = ownerOfPlace(scene, before);
      const near = before ?? nearestBefore(scene, chunkStartOf(scene, j), sentenceStart);
      if (near && word === "which" && near.entity.kind === "person") return null;
      return near && !passive && canSpeak(near) ? { mention: near, ruleId: "speaker/relative-who" } : null;
    }
    if (COORDINATORS.has(word)) {
      // "… and has vowed": another verb of the same subject. Not a bare form ("supply and demand dictate …"),
      // and not after a subject that is the object of a verb before it ("The demand has US officials
      // wondering if … and pledges …").
      if (j === cue.chunk - 1 && cue.text.toLowerCase() === cue.verb.lemma) return null;
      const subject = clauseSubject(scene, cue.sentence, chunkStartOf(scene, j));
      if (!subject || passive || verbBefore(scene, subject, sentenceStart)) return null;
      return { mention: subject, ruleId: "speaker/coordinated-subject" };
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

/**
 * A name set in commas right before the verb names the subject, whatever stands before it: a title the mention
 * finder read with it ("the ambassador to the UN, Parvathaneni Harish,"), or a longer description ("the UN
 * undersecretary general for legal affairs, Elinor Hammarskjöld, told …").
 */
export function inCommas(scene: Scene, m: Mention): boolean {
  if (m.ruleId === "mention/title-comma-name") return true;
  if (m.form !== "name" || !canSpeak(m) || m.entity.key.startsWith("text:description:")) return false;
  const lead = mentionLead(scene.text, m);
  const from = Math.max(0, lead - 3);
  const comma = /,\s*$/.exec(scene.text.slice(from, lead));
  if (m.entity.kind !== "person" || !m.text.includes(" ") || !comma) return false;
  // What stands before the comma describes the person: a lower-case word ("… for legal affairs, X,") or a
  // title read as one ("Ambassador to the Netherlands, X,"); not a place ("from Tynemouth, North Tyneside,").
  const t = scene.tokens;
  const last = tokenEndingBy(t, from + comma.index);
  if (last < 0) return false;
  if (!t.cap[last]) return true;
  const owner = scene.endingAt.get(last);
  if (owner && (owner.form === "title" || !!owner.title) && owner.entity.kind !== "place") return true;
  // "the government delegate in Valencia, X,": a place the title is of, after a title's own preposition.
  let i = last;
  while (i > 0 && t.cap[i]) i--;
  if (t.keys[i] === "the" && i > 0) i--;
  return !t.cap[i] && TITLE_LINKS.has(t.keys[i]!);
}

/** An auxiliary between the start of a subject's clause (the sentence or its last comma) and the subject. */
function verbBefore(scene: Scene, subject: Mention, sentenceStart: number): boolean {
  const lead = mentionLead(scene.text, subject);
  const from = sentenceStart + scene.text.slice(sentenceStart, lead).lastIndexOf(",") + 1;
  const t = scene.tokens;
  for (let i = tokenAtOrAfter(t, from); i < t.count && t.starts[i]! < lead; i++) if (AUXILIARIES.has(t.keys[i]!)) return true;
  return false;
}

/** "the Palestinian Dialogue Group in Turkey": the body a place after a preposition belongs to. */
function ownerOfPlace(scene: Scene, m: Mention): Mention {
  if (m.entity.kind !== "place" && m.form !== "metonym") return m;
  const lead = tokenAtOrAfter(scene.tokens, mentionLead(scene.text, m));
  if (lead < 2 || !MODIFYING.has(scene.tokens.keys[lead - 1]!)) return m;
  const owner = scene.endingAt.get(lead - 2);
  return owner && owner.form !== "pronoun" && owner.entity.kind !== "person" ? owner : m;
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
  for (let k = mentionFrom(scene, s.start); k < scene.mentions.length; k++) {
    const m = scene.mentions[k]!;
    if (m.start >= before) break;
    if (!canSpeak(m) || quoteAround(scene, m.start)) continue;
    const i = tokenAtOrAfter(scene.tokens, Math.min(m.start, m.title?.start ?? m.start));
    if (i > first && PREPOSITIONS.has(scene.tokens.keys[i - 1]!)) continue;
    if (i > first && scene.tokens.poss[i - 1]) continue;
    // "Nvidia’s CEO Jensen Huang said …", "Kohler’s defence team issued …": a possessive right before another
    // mention names whose that one is; the other is the subject.
    if (scene.tokens.poss[tokenEndingBy(scene.tokens, m.end)] && ownedNext(scene, m)) continue;
    return m;
  }
  return null;
}

/** A mention after a possessive one, with only a few lower-case words between ("Kohler’s defence team"). */
function ownedNext(scene: Scene, m: Mention): boolean {
  const next = scene.mentions[mentionFrom(scene, m.end)];
  return !!next && canSpeak(next) && OWNED_GAP.test(scene.text.slice(m.end, mentionLead(scene.text, next)));
}
const OWNED_GAP = /^['’s]*\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

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

