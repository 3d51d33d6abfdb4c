import { actorEntity, descriptionEntity, foldName, governmentEntity, institutionEntity } from "./entities.js";
import { general, hasAny, maskOfTypes, type Chunk } from "./mentions-chunks.js";
import { givenNameGender } from "./entities-link.js";
import { actorsOf, adjacent, countryOf, isCap, keyOf, nameHead, orgNameTail, possessive, readName, textOf, titleHead, type TitleHead } from "./mentions-grammar.js";
import { mention, personFrom, type Found, type RuleContext } from "./mentions-rules.js";
import { grammarWords } from "./mentions-vocab.js";
import { MAX_NAME_WORDS, MAX_PORTFOLIO_WORDS, MAX_TITLE_PARTS } from "./quotes-tuning.js";
import type { EntityRef } from "./types.js";

// People named with a title ("Russian Ambassador to Japan Nikolai Nozdrev", "the Indian envoy to the UN,
// Parvathaneni Harish,"), titles alone ("the Kremlin spokesman": the office holder on the document's date, or
// a description resolved later), and honorifics ("Mr. Kishida").

const DETERMINERS = grammarWords("determiner");
// Capitalised words that cannot qualify a title: "Communications Minister" yes, "The Minister" no.
const NOT_QUALIFIER = maskOfTypes(["cue", "pronoun", "stop", "frame", "gap", "place", "honorific", "agency"]);
const TITLE_WORDS = maskOfTypes(["title", "pack:office"]);
const TITLE_LINKS = grammarWords("title-link");
const UNOWNED_GROUPS = grammarWords("unowned-group");
// Roles whose holder speaks for the body named with them ("a Nato official", "a Foreign Ministry spokesman").
const SPEAKS_FOR = new Set(["group", "official", "spokesperson", "diplomat", "ambassador"]);

interface TitleRead {
  from: number;
  /** The title without its tenure and rank words ("Japan's Prime Minister" for "Japan's new Prime Minister"). */
  lookup: string;
  headEnd: number;
  end: number;
  definite: boolean;
  possessed: boolean;
  country?: string;
  head: TitleHead;
  /** Chunks naming whose title it is: "Obama administration" officials, a spokesperson for "the British Foreign Office". */
  owner?: { from: number; to: number };
}

/** [the] (country | institution | modifier | org name)* TITLE [to|for|of|in|at [the] country/institution]. */
export function readTitle(g: RuleContext, j: number): TitleRead | null {
  // "4:55 PM": after a number a title word is part of a time.
  if (j > 0 && /^\d/.test(g.tokens.raw[g.chunks[j - 1]!.at]!)) return null;
  // Most chunks are far from any title word: look for one before reading the parts.
  let near = false;
  for (let q = j; q < g.chunks.length && q <= j + MAX_TITLE_PARTS && !near; q++) {
    near = hasAny(g.chunks[q], TITLE_WORDS);
    if (!adjacent(g, q)) break;
  }
  if (!near) return null;
  let k = j;
  const det = keyOf(g, g.chunks[k]);
  const definite = det === "the";
  if (DETERMINERS.has(det)) k++;
  const from = k;
  let country: string | undefined;
  let possessed = false;
  let head: TitleHead | null = null;
  let headEnd = -1;
  const parts: string[] = [];
  let owner: { from: number; to: number } | undefined;
  const own = (q: number): void => {
    owner = owner ? { from: owner.from, to: q + 1 } : { from: q, to: q + 1 };
  };
  const word = (c: Chunk): string => textOf(g, c, c) + (possessive(g, c) ? "'s" : "");
  for (let n = 0; k < g.chunks.length && n < MAX_TITLE_PARTS; n++) {
    const c = g.chunks[k]!;
    if (k > from && !adjacent(g, k - 1)) break;
    const h = titleHead(g, c);
    if (h) {
      head = h;
      parts.push(word(c));
      headEnd = ++k;
      // Another head follows, directly or after a party or place word: "senior adviser", "veteran
      // Democratic strategist", "Foreign Ministry Spokeswoman".
      if (adjacent(g, k - 1) && headFollows(g, k)) continue;
      break;
    }
    const cr = countryOf(g, c);
    if (cr) {
      country = cr.code;
      possessed ||= possessive(g, c);
      parts.push(word(c));
      own(k);
      k++;
      continue;
    }
    if (general(c, "modifier") && !general(c, "institution")) {
      k++;
      continue;
    }
    if (general(c, "institution") || actorsOf(g, c).some((a) => a.kind !== "person")) {
      parts.push(word(c));
      own(k);
      k++;
      continue;
    }
    // "Obama administration officials": a known name qualifies a title through the body after it.
    const bodyNext = adjacent(g, k) && general(g.chunks[k + 1], "institution") !== undefined;
    if (isCap(g, c) && !hasAny(c, NOT_QUALIFIER) && (c.pack.length === 0 || bodyNext) && n < 3) {
      parts.push(word(c));
      own(k);
      k++;
      continue;
    }
    break;
  }
  if (!head) return null;
  let end = headEnd;
  const link = g.chunks[end];
  if (link && TITLE_LINKS.has(keyOf(g, link)) && adjacent(g, end - 1) && adjacent(g, end)) {
    let q = end + 1;
    if (keyOf(g, g.chunks[q]) === "the" && adjacent(g, q)) q++;
    const target = g.chunks[q];
    const cr = countryOf(g, target);
    if (cr || general(target, "institution") || actorsOf(g, target).some((a) => a.kind !== "person")) {
      if (cr && !country) country = cr.code;
      // "for the British Foreign Office": a demonym and the institution after it.
      const body = cr && cr.role === "demonym" && adjacent(g, q) && general(g.chunks[q + 1], "institution") ? q + 2 : q + 1;
      parts.push(textOf(g, link, g.chunks[body - 1]!));
      owner = { from: q, to: body };
      end = body;
    } else {
      // "High Commissioner for Human Rights", "Secretary for Legal Affairs": the portfolio is part of the title.
      // Only after "the": without it a name usually follows ("Hamas spokesman for Gaza Abu Obeida").
      const tail = definite ? portfolio(g, end - 1) : null;
      if (tail !== null) {
        parts.push(textOf(g, link, g.chunks[tail - 1]!));
        end = tail;
      }
    }
  }
  return { from, lookup: parts.join(" "), headEnd, end, definite, possessed, country, head, ...(owner ? { owner } : {}) };
}

/**
 * A portfolio after a title's head: "of"/"for" and a few capitalised words that name no one ("for Human
 * Rights"), with no name after them (that would be the holder's: "spokesman for Hamas Abu Obeida").
 */
function portfolio(g: RuleContext, head: number): number | null {
  const tail = orgNameTail(g, head);
  if (tail === null || tail - head - 2 > MAX_PORTFOLIO_WORDS || isCap(g, g.chunks[tail])) return null;
  for (let q = head + 2; q < tail; q++) if (g.chunks[q]!.pack.length > 0 || givenNameGender(textOf(g, g.chunks[q]!, g.chunks[q]!))) return null;
  return tail;
}

/** Another title head within two words, past modifiers or a party/place word ("chief military spokesperson"). */
function headFollows(g: RuleContext, k: number): boolean {
  for (let q = k; q < k + 3 && q < g.chunks.length; q++) {
    const c = g.chunks[q]!;
    if (titleHead(g, c)) return true;
    if (!(general(c, "modifier") || isCap(g, c)) || !adjacent(g, q)) return false;
  }
  return false;
}

export function titled(g: RuleContext, j: number): Found | null {
  const t = readTitle(g, j);
  if (!t) return null;
  // "the Military Advocate General's Corps": a possessive title is followed by what it owns, not its name.
  // "Prime Minister Sir Keir Starmer": an honorific between the title and the name.
  const at = general(g.chunks[t.end], "honorific") && adjacent(g, t.end) ? t.end + 1 : t.end;
  const nameEnd = adjacent(g, t.end - 1) && !possessive(g, g.chunks[t.end - 1]!) ? readName(g, at, MAX_NAME_WORDS) : null;
  const titleText = textOf(g, g.chunks[t.from]!, g.chunks[t.end - 1]!);
  const officeIn = (country: string | undefined) => g.pack?.index.officeByTitle(t.lookup, country ? { country } : undefined) ?? null;
  const last = g.chunks[t.end - 1]!;
  const span = { start: g.tokens.starts[g.chunks[t.from]!.at]!, end: g.tokens.ends[last.at + last.len - 1]! };
  if (nameEnd !== null && nameHead(g, g.chunks[nameEnd - 1]!) === null) {
    const entity = personFrom(g, at, nameEnd, t.country ?? officeIn(g.country)?.country, t.head.gender);
    const office = officeIn(entity.country ?? t.country ?? g.country);
    const title = { text: titleText, officeId: office?.id ?? null, ...span };
    return { mention: { ...mention(g, at, nameEnd, entity, "name", "mention/title-name"), title }, next: nameEnd };
  }
  // "US officials", "White House advisers", "a Nato official", "a spokesperson for the British Foreign Office":
  // no one is named, so the body they speak for is the speaker.
  const speaksFor = t.head.roles.some((r) => SPEAKS_FOR.has(r));
  if ((t.head.roles[0] === "group" || (!t.definite && speaksFor)) && !t.possessed && t.owner) {
    const body = bodyOf(g, t.owner.from, t.owner.to, t.country);
    const title = { text: titleText, officeId: null, ...span };
    return body ? { mention: { ...mention(g, t.from, t.end, body, "name", "mention/spoken-for"), title }, next: t.end } : null;
  }
  if (t.head.roles[0] === "group") {
    // "Officials said …" with no body named: the body that spoke just before (resolved in speakers.ts).
    if (t.from !== t.headEnd - 1 || !UNOWNED_GROUPS.has(keyOf(g, g.chunks[t.from]))) return null;
    const entity = descriptionEntity(titleText, "institution", null, null);
    return { mention: { ...mention(g, t.from, t.end, entity, "title", "mention/group"), title: { text: titleText, officeId: null, ...span } }, next: t.end };
  }
  // "the Indian ambassador to the UN, Parvathaneni Harish, labeled …": the name in commas after its title.
  const named = t.definite || t.country ? nameInCommas(g, t.end) : null;
  if (named !== null) {
    const entity = personFrom(g, named.from, named.end, t.country, t.head.gender);
    const office = officeIn(entity.country ?? t.country ?? g.country);
    const title = { text: titleText, officeId: office?.id ?? null, ...span };
    return { mention: { ...mention(g, named.from, named.end, entity, "name", "mention/title-comma-name"), title }, next: named.end };
  }
  const office = officeIn(t.country ?? g.country);
  const title = { text: titleText, officeId: office?.id ?? null, ...span };
  if (!t.definite && !t.possessed) return null;
  let entity: EntityRef = descriptionEntity(titleText, "person", t.head.gender ?? null, t.country ?? null);
  let ruleId = "mention/description";
  if (office && g.pack && g.date) {
    const holders = g.pack.index.holderOn(office.id, g.date);
    if (holders.length === 1) {
      entity = actorEntity(holders[0]!);
      ruleId = "mention/title-holder";
    }
  }
  return { mention: { ...mention(g, t.from, t.end, entity, "title", ruleId), title }, next: t.end };
}

/** ", Name," right after chunk `at - 1`: where the name (with any rank before it) starts and ends, or null. */
function nameInCommas(g: RuleContext, at: number): { from: number; end: number } | null {
  const before = g.chunks[at - 1];
  const c = g.chunks[at];
  if (!before || !c) return null;
  if (!/^\s*,\s*$/.test(g.tokens.text.slice(g.tokens.ends[before.at + before.len - 1]!, g.tokens.starts[c.at]!))) return null;
  // A rank before the name: "Rear Admiral Daniel Hagari".
  let first = at;
  while (first < at + 3 && (titleHead(g, g.chunks[first]) || (isCap(g, g.chunks[first]) && titleHead(g, g.chunks[first + 1]))) && adjacent(g, first)) first++;
  const end = readName(g, first, MAX_NAME_WORDS);
  if (end === null || end - first < 1 || nameHead(g, g.chunks[end - 1]!) !== null) return null;
  const last = g.chunks[end - 1]!;
  const after = g.tokens.text.slice(g.tokens.ends[last.at + last.len - 1]!, g.tokens.ends[last.at + last.len - 1]! + 2);
  return /^\s*,/.test(after) && g.tokens.text.slice(g.tokens.starts[g.chunks[first]!.at]!, g.tokens.ends[last.at + last.len - 1]!).includes(" ") ? { from: first, end } : null;
}

export function honorific(g: RuleContext, j: number): Found | null {
  const h = general(g.chunks[j], "honorific");
  if (!h || !isCap(g, g.chunks[j])) return null;
  const end = readName(g, j + 1, MAX_NAME_WORDS);
  if (end === null || !(adjacent(g, j) || g.tokens.text[g.tokens.ends[g.chunks[j]!.at]!] === ".")) return null;
  const entity = personFrom(g, j + 1, end, g.country, h.gender);
  // The honorific stands as the title, so the mention is found from its first word ("said Mr. Reeves").
  const at = g.tokens.starts[g.chunks[j]!.at]!;
  const title = { text: textOf(g, g.chunks[j]!, g.chunks[j]!), officeId: null, start: at, end: g.tokens.ends[g.chunks[j]!.at]! };
  return { mention: { ...mention(g, j + 1, end, entity, "name", "mention/honorific-name"), title }, next: end };
}


/** The body words name: a pack institution, a country's government, an institution, or an organisation. */
function bodyOf(g: RuleContext, from: number, to: number, country: string | undefined): EntityRef | null {
  const text = textOf(g, g.chunks[from]!, g.chunks[to - 1]!);
  if (g.pack) {
    const found = g.pack.index.actorsByAlias(text, country ? { country } : undefined).filter((a) => a.kind !== "person");
    if (found.length === 1) return actorEntity(found[0]!);
  }
  let head: ReturnType<typeof general<"institution">>;
  let written: string | undefined;
  let capitals = 0;
  for (let q = from; q < to; q++) {
    const c = g.chunks[q]!;
    const h = general(c, "institution");
    if (h) {
      head = h;
      written = textOf(g, c, c);
    }
    if (isCap(g, c) && !countryOf(g, c)) capitals++;
  }
  if (!head && capitals === 0 && country) return governmentEntity(country, g.ec);
  if (head && (country || head.country || head.kind === "organization")) return institutionEntity(head, country ?? null, g.ec, written);
  if (capitals === 0) return null;
  // "Obama administration", "Taliban": named by the words themselves.
  const kind = head?.kind === "government" || head?.kind === "institution" ? "institution" : "organization";
  return { key: `text:${kind}:${foldName(text)}`, name: text, kind, country: country ?? null };
}
