import { packIndex, type Pack } from "../core/pack.js";
import { eventsVocab } from "./events-vocab.js";
import { PRONOUN_SENTENCES_BACK } from "./events-tuning.js";
import type { EntityKind, Mention, Sentence, Span } from "./types.js";

// Who an event names: the people, institutions, governments and organisations mentioned in its clause, as
// entity keys. Left out: places and names used as the place ("held in Tokyo"), agencies that only report
// (a pack actor with speaker: false), unresolved words ("it", "they"). A personal pronoun ("he will hold a
// summit") stands for the nearest person named before it in this or the previous sentence, of the same
// gender when both are known.

const ACTOR_KINDS = new Set<EntityKind>(["person", "institution", "government", "country", "organization"]);
const LOOKBACK_CHARS = 12;

function reporterOnly(m: Mention, pack: Pack | null): boolean {
  if (!pack || !m.entity.actorId) return false;
  return packIndex(pack).actor(m.entity.actorId)?.speaker === false;
}

function isPlace(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - LOOKBACK_CHARS), m.start);
  const word = /([\p{L}]+)\s+$/u.exec(before)?.[1];
  return word !== undefined && eventsVocab().placePrep.test(word);
}

/** The person a personal pronoun stands for, or null. */
function antecedent(p: Mention, mentions: readonly Mention[], sentences: readonly Sentence[], index: number): Mention | null {
  const from = sentences[Math.max(0, index - PRONOUN_SENTENCES_BACK)]?.start ?? 0;
  const gender = p.entity.gender ?? null;
  const before = mentions.filter(
    (m) => m.form === "name" && m.entity.kind === "person" && m.start >= from && m.end <= p.start &&
      (gender === null || !m.entity.gender || m.entity.gender === gender),
  );
  return before[before.length - 1] ?? null;
}

export interface ActorContext {
  text: string;
  mentions: readonly Mention[];
  sentences: readonly Sentence[];
  pack: Pack | null;
}

/** The mentions that name actors in a clause of sentence `index`, a pronoun replaced by its person, in text order. */
export function actorMentionsIn(clause: Span, index: number, ctx: ActorContext): Mention[] {
  const out: Mention[] = [];
  for (const m of ctx.mentions) {
    if (m.start < clause.start || m.end > clause.end) continue;
    let actor: Mention | null = m;
    if (m.form === "pronoun") actor = m.entity.kind === "person" ? antecedent(m, ctx.mentions, ctx.sentences, index) : null;
    if (!actor || !ACTOR_KINDS.has(actor.entity.kind) || reporterOnly(actor, ctx.pack) || isPlace(ctx.text, m)) continue;
    out.push(actor);
  }
  return out;
}

/** Entity keys of the actors named in a clause of sentence `index`, in text order, each once. */
export const actorsIn = (clause: Span, index: number, ctx: ActorContext): string[] => [
  ...new Set(actorMentionsIn(clause, index, ctx).map((m) => m.entity.key)),
];
