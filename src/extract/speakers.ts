import { lexiconFile } from "../core/lexicon.js";
import { foldName } from "./entities.js";
import { mentionFrom, quoteAround, sentenceAt, type Scene } from "./quotes-scene.js";
import { ANTECEDENT_SENTENCES, GENERIC_ANTECEDENT_SENTENCES, RECENT_SPEAKER_SENTENCES } from "./quotes-tuning.js";
import { personRoles, titleRoles } from "./speakers-roles.js";
import { clauseSubject } from "./speakers-subject.js";
import type { EntityRef, Mention, Span } from "./types.js";
import { addTo } from "../core/multimap.js";

// From the mention in the speaker's place to the entity that spoke. Names speak for themselves; a pronoun
// takes the nearest person before it of its gender ("she said" → Takaichi), "it" the nearest institution; a
// description the nearest person whose title fits ("the diplomat" → the Foreign Ministry spokeswoman named
// before), or stays itself when it names its office fully ("the Kremlin spokesman"). News agencies report
// and do not speak; a mention no rule resolves leaves the statement without a speaker, and it is dropped.

export interface Speaker {
  entity: EntityRef;
  mention: Span & { text: string };
  ruleId: string;
}

let agencies: Set<string> | undefined;

/** News agencies never speak: "TASS reported", "Reuters quoted". */
function isAgency(entity: EntityRef, scene: Scene): boolean {
  if (entity.actorId && scene.pack?.index.actor(entity.actorId)?.speaker === false) return true;
  agencies ??= new Set(
    lexiconFile<{ entries: { name: string; aliases: string[] }[] }>("agencies").entries.flatMap((e) => [e.name, ...e.aliases].map(foldName)),
  );
  return agencies.has(foldName(entity.name));
}

const isDescription = (m: Mention): boolean => m.entity.key.startsWith("text:description:");
const isPersonName = (m: Mention): boolean => m.entity.kind === "person" && m.form !== "pronoun" && !isDescription(m);
/** "the " right before a mention. */
const DEFINITE = /(?:^|\s)the\s+$/i;
const CASUAL_RULES = new Set(["mention/name-bare", "mention/name", "mention/surname-link"]);
const isCasual = (m: Mention): boolean => CASUAL_RULES.has(m.ruleId) && m.entity.kind === "person" && !m.entity.gender && !m.title;
const isBody = (m: Mention): boolean =>
  m.form !== "pronoun" && (m.entity.kind === "institution" || m.entity.kind === "government" || m.entity.kind === "organization") && !isDescription(m);

/** Mentions before `at` within the antecedent window, nearest first, outside quotations. */
function* before(scene: Scene, at: number): Generator<Mention> {
  const here = sentenceAt(scene, at);
  const floor = here < 0 ? 0 : scene.sentences[Math.max(0, here - ANTECEDENT_SENTENCES)]!.start;
  for (let i = mentionFrom(scene, at) - 1; i >= 0; i--) {
    const m = scene.mentions[i]!;
    if (m.start < floor) return;
    if (!quoteAround(scene, m.start)) yield m;
  }
}

/** A statement already attributed, as the pronoun rules see it. */
export interface Prior {
  speaker: Speaker;
  sentence: number;
  start: number;
}

/**
 * "he"/"she": walking back, a person of that gender (or of unknown gender) who spoke in the last sentences,
 * else the nearest one who is the subject of a sentence, else the nearest one at all. "it": the body that
 * spoke last within the sentence before, else the subject of the sentence before if it is a body.
 */
function pronoun(scene: Scene, anchor: Mention, prior: Prior[]): Speaker | null {
  const here = sentenceAt(scene, anchor.start);
  if (anchor.entity.name === "they") return recentBody(anchor, here, prior, "speaker/pronoun-plural");
  if (anchor.entity.name === "it") {
    const last = [...prior].reverse().find((p) => p.start < anchor.start && here - p.sentence <= 1);
    if (last && last.speaker.entity.kind !== "person") return { ...last.speaker, ruleId: "speaker/pronoun-institution" };
    const subject = here > 0 ? clauseSubject(scene, here - 1, scene.sentences[here - 1]!.end) : null;
    return subject && isBody(subject) && !isAgency(subject.entity, scene) ? speaker(subject, "speaker/pronoun-institution") : null;
  }
  if (anchor.entity.kind !== "person" || !anchor.entity.gender) return null;
  // People who spoke in the last sentences: "…," Govender said. He said … is Govender again.
  const recent = new Set(prior.filter((p) => here - p.sentence <= RECENT_SPEAKER_SENTENCES).map((p) => p.speaker.entity.key));
  // Walking back, the best of: a recent speaker; the subject of a sentence (of that gender or unknown); a
  // person of that gender; a person of unknown gender. Each rank keeps its nearest candidate.
  const best: (Mention | null)[] = [null, null, null, null, null];
  for (const m of before(scene, anchor.start)) {
    if (!isPersonName(m) || (m.entity.gender && m.entity.gender !== anchor.entity.gender)) continue;
    const central = clauseSubject(scene, sentenceAt(scene, m.start), m.end) === m;
    // A name read only in passing (no title, never speaking) may be a company or a place: it ranks lower.
    const casual: boolean = m.ruleId === "mention/name-bare" && !m.entity.gender;
    const rank = recent.has(m.entity.key) ? 0 : central ? (casual ? 2 : 1) : m.entity.gender ? 3 : 4;
    best[rank] ??= m;
    if (rank === 0) break;
  }
  const pick = best.find((m) => m !== null);
  return pick ? speaker(pick, pick.entity.gender ? "speaker/pronoun-gender" : "speaker/pronoun-recency") : null;
}

/** "They said …", "Officials said …" after officials or a government spoke: the same body again. */
function recentBody(anchor: Mention, here: number, prior: Prior[], ruleId: string): Speaker | null {
  for (let i = prior.length - 1; i >= 0; i--) {
    const p = prior[i]!;
    if (p.start >= anchor.start) continue;
    if (here - p.sentence > RECENT_SPEAKER_SENTENCES) return null;
    return p.speaker.entity.kind !== "person" ? { ...p.speaker, ruleId } : null;
  }
  return null;
}

const titles = new WeakMap<Scene, Map<string, string[]>>();

/** Titles the document gives each person, by entity key (read once per document). */
function titlesOf(scene: Scene): Map<string, string[]> {
  let map = titles.get(scene);
  if (map) return map;
  map = new Map<string, string[]>();
  for (const m of scene.mentions) if (m.title && m.form === "name") addTo(map, m.entity.key, m.title.text);
  titles.set(scene, map);
  return map;
}

/** The person named before a description whose titles fit it ("the diplomat" → the spokeswoman named earlier). */
function antecedentByRole(scene: Scene, anchor: Mention, text: string, country: string | null): Mention | null {
  const wanted = titleRoles(text).identity;
  if (!wanted) return null;
  const titles = titlesOf(scene);
  for (const m of before(scene, anchor.start)) {
    if (!isPersonName(m)) continue;
    if (country && m.entity.country && country !== m.entity.country) continue;
    if (personRoles(m, scene.pack, titles.get(m.entity.key) ?? []).has(wanted)) return m;
  }
  return null;
}

/**
 * Elegant variation: "Sir Keir Starmer has defended … ¶ The Prime Minister suggested …". A definite description
 * right after a sentence whose subject is the story's first person, of whom the text and the pack know no title
 * at all, is that person. The first person only: anyone else untitled is as likely to be someone else.
 */
function protagonist(scene: Scene, anchor: Mention): Mention | null {
  const here = sentenceAt(scene, anchor.start);
  if (here <= 0 || !DEFINITE.test(scene.text.slice(Math.max(0, anchor.start - 5), anchor.start))) return null;
  const first = scene.mentions.find(isPersonName);
  const subject = clauseSubject(scene, here - 1, scene.sentences[here - 1]!.end);
  if (!first || !subject || subject.entity.key !== first.entity.key || subject.start >= anchor.start) return null;
  if (personRoles(subject, scene.pack, titlesOf(scene).get(subject.entity.key) ?? []).size > 0) return null;
  return subject;
}

function description(scene: Scene, anchor: Mention): Speaker | null {
  const text = anchor.title?.text ?? anchor.entity.name;
  if (anchor.entity.kind === "person") {
    const named = antecedentByRole(scene, anchor, text, anchor.entity.country);
    if (named) return speaker(named, "speaker/description-role");
    const varied = protagonist(scene, anchor);
    if (varied) return speaker(varied, "speaker/description-variation");
    // "the Kremlin spokesman", "the Japanese premier": the office itself is a speaker one can name.
    const qualified = /\p{Lu}/u.test(text) && text.trim().includes(" ");
    return qualified ? { entity: anchor.entity, mention: span(anchor), ruleId: "speaker/description-office" } : null;
  }
  const head = foldName(text).split(" ").pop() ?? "";
  const here = sentenceAt(scene, anchor.start);
  const generic = genericHeads().get(head);
  let nearest: Mention | null = null;
  for (const m of before(scene, anchor.start)) {
    if (isAgency(m.entity, scene)) continue;
    // A name read in passing, with no title or gender, is as likely a company ("Now Strava says …"); not an alliance.
    if (!nearest && generic === "any" && isCasual(m) && here - sentenceAt(scene, m.start) <= GENERIC_ANTECEDENT_SENTENCES) nearest = m;
    if (!isBody(m)) continue;
    if (anchor.entity.kind === "government" ? m.entity.kind === "government" : foldName(m.entity.name).includes(head)) {
      return speaker(m, "speaker/description-institution");
    }
    if (!nearest && m.entity.kind !== "government" && here - sentenceAt(scene, m.start) <= GENERIC_ANTECEDENT_SENTENCES) nearest = m;
  }
  // "the company", "the firm": the organisation named last, when nothing bears the word itself.
  const bare = head === foldName(text) && DEFINITE.test(scene.text.slice(Math.max(0, anchor.start - 5), anchor.start));
  return nearest && bare && generic ? speaker(nearest, "speaker/description-organisation") : null;
}

type GenericAntecedent = "any" | "body";
let generics: Map<string, GenericAntecedent> | undefined;
/** The generic heads that stand for the organisation named last, and which names may be it (institution-heads.json). */
function genericHeads(): Map<string, GenericAntecedent> {
  generics ??= new Map(
    lexiconFile<{ entries: { words: string[]; antecedent?: string }[] }>("institution-heads").entries.flatMap((e) =>
      e.antecedent === "any" || e.antecedent === "body" ? e.words.map((w) => [foldName(w), e.antecedent as GenericAntecedent] as const) : [],
    ),
  );
  return generics;
}

const span = (m: Mention): Span & { text: string } => ({ start: m.start, end: m.end, text: m.text });
const speaker = (m: Mention, ruleId: string): Speaker => ({ entity: m.entity, mention: span(m), ruleId });

/** The entity behind a speaker mention, or null when nobody identifiable spoke. */
export function resolveSpeaker(scene: Scene, anchor: Mention, ruleId: string, prior: Prior[] = []): Speaker | null {
  if (anchor.form === "pronoun") return pronoun(scene, anchor, prior);
  if (anchor.ruleId === "mention/group") return recentBody(anchor, sentenceAt(scene, anchor.start), prior, "speaker/group-recent");
  if (isDescription(anchor)) return description(scene, anchor);
  if (anchor.ruleId === "mention/title-holder" && anchor.title) {
    // A title the pack resolved by date yields to the person the text itself named with it before.
    const named = antecedentByRole(scene, anchor, anchor.title.text, anchor.entity.country);
    if (named) return speaker(named, "speaker/description-role");
  }
  if (anchor.entity.kind === "place" || isAgency(anchor.entity, scene)) return null;
  return speaker(anchor, ruleId);
}
