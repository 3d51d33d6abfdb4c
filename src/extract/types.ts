// What the extract stage produces for one document. Every annotation points into doc.text by character
// offsets [start, end) and names the rule that made it.

import type { Precision } from "../core/types.js";

export type Stance = "open" | "conditional" | "closed" | "neutral";
export type StatementKind = "direct" | "indirect" | "mixed";

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph (blocks separated by a blank line) the sentence is in. */
  paragraph: number;
}

export type EntityKind = "person" | "institution" | "government" | "country" | "place" | "organization";

/**
 * Who or what a mention stands for. `key` is stable across documents: `pack:<actor id>` for actors the pack
 * knows, `text:<kind>:<folded name>` for names found only in the text.
 */
export interface EntityRef {
  key: string;
  name: string;
  kind: EntityKind;
  /** Side (country code) when known: RU, JP … */
  country: string | null;
  gender?: "male" | "female" | null;
  /** The pack actor id, when the pack knows the entity. */
  actorId?: string;
}

export interface Mention extends Span {
  text: string;
  entity: EntityRef;
  /** The title words in front of or around the name ("Russian Ambassador to Japan"), and the office they name. */
  title?: { text: string; officeId: string | null } & Span;
  /** name: a proper name; title: a description alone ("the Kremlin spokesman"); pronoun; metonym ("Moscow"). */
  form: "name" | "title" | "pronoun" | "metonym";
  ruleId: string;
}

/** A time expression normalised against the document's date: what the text said apart from what was implied. */
export interface TimeRef extends Span {
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when the anchor is unknown (relative words without a known date). */
  value: string | null;
  precision: Precision | null;
  /** Components stated in the words, e.g. ["month", "day"] for "February 10"; the rest were implied. */
  known: ("year" | "month" | "day" | "weekday")[];
  /** True for "later this month", "next week": after the reference date. */
  future?: boolean;
  ruleId: string;
  /**
   * What the words say, independent of the date they are read against, so `value` can be recomputed when the
   * document's date becomes known later (src/extract/time-expr.ts resolves it).
   */
  expr: {
    /** Calendar parts the words state. */
    year?: number;
    month?: number;
    day?: number;
    /** ISO weekday, 1 = Monday … 7 = Sunday. */
    weekday?: number;
    /** Whole calendar units from the reference: "last year" {year, -1}, "yesterday" {day, -1}, "this month" {month, 0}. */
    shift?: { unit: "day" | "week" | "month" | "year"; n: number };
    /** Where a date without a year, or a weekday, lies from the reference: on or before it (default),
     *  strictly before ("last Friday"), or after ("next Friday"). */
    dir?: "past" | "before" | "future";
    /** Only the part of the current unit before or after the reference: "earlier this month", "later this year". */
    side?: "before" | "after";
    /** The words name no date at the precisions kept: "recently", "earlier", "the mid-20th century". */
    vague?: "unspecified" | "era";
  };
  /** The preposition that introduces it ("on", "in", "since", "by"), lower-cased; null when none. */
  prep?: string | null;
  /** Part of a name rather than a time of the clause: "the 1956 declaration", "the statement of March 21, 2022". */
  attributive?: boolean;
}

export interface SaidOn {
  date: string | null;
  precision: Precision | null;
  /** Evidence an analyst can read: which words, which rule ("'on Friday' in the same sentence", "dateline"). */
  basis: string;
  ruleId: string;
  /**
   * What the words said about the time, independent of the document's date ("on Friday", or {shift: day 0} for
   * "today's remarks"), so `date` can be recomputed once an undated article's date is inferred; null when the
   * date does not depend on the document's date (stated outright, or no date at all).
   */
  expr?: TimeRef["expr"] | null;
}

export interface StanceResult {
  stance: Stance;
  /** The cue words that decided it, as they appear in the text. */
  cues: string[];
  /** True when the statement is about the pack's issue at all. */
  onTopic: boolean;
  ruleId: string;
}

export interface Statement {
  kind: StatementKind;
  /** The quoted or reported words, without the quotation marks around them. */
  text: string;
  /** Offsets of `text` in doc.text. */
  start: number;
  end: number;
  speaker: {
    entity: EntityRef;
    /** The mention that names the speaker (may be in another sentence for pronouns and descriptions). */
    mention: Span & { text: string };
    /** How the speaker was found: "cue-subject", "pronoun-recency", "description-role" … */
    ruleId: string;
  };
  /** The reporting verb or phrase ("said", "told reporters", "according to"). */
  cue: Span & { text: string };
  /** A time adverbial that closed the reported words and was left out of them ("… “absurd” last year"): the time
   *  of the saying, not part of what was said. */
  saidAt?: Span;
  sentence: number;
  saidOn: SaidOn;
  stance: StanceResult;
  ruleId: string;
}

/**
 * Something that happened, as a document tells it: "In March 2022, the Russian Foreign Ministry announced …",
 * "the 1956 joint declaration", "the rally held in Tokyo on Tuesday". Dated at the precision the words support.
 */
export interface TextEvent extends Span {
  /** The words that tell the event (a clause or the sentence), verbatim from doc.text. */
  text: string;
  sentence: number;
  date: string | null;
  precision: Precision | null;
  /** Evidence an analyst can read: the time words and how they were read. */
  basis: string;
  /** The time words, kept so the date can be recomputed when the document's date is inferred later. */
  expr?: TimeRef["expr"] | null;
  /** Entity keys of the actors the event names. */
  actors: string[];
  /** The pack event it refers to, when it names one. */
  packEventId: string | null;
  ruleId: string;
}

export interface Extraction {
  sentences: Sentence[];
  mentions: Mention[];
  times: TimeRef[];
  statements: Statement[];
  /** Events the text tells of (filled by the events extractor; absent in extractions stored before it). */
  events?: TextEvent[];
}
