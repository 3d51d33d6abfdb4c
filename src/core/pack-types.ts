// The shape of a story pack (data/packs/*.json), mirroring data/packs/pack.schema.json.
// Dates are written at the precision the sources support: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.

export type PartialDate = string;

export interface Period {
  from?: PartialDate;
  to?: PartialDate;
}

/** A country party to the issue (RU, JP, SU …), with the words that name it in text. */
export interface PackSide {
  id: string;
  name: string;
  names: string[];
  demonyms: string[];
  /** Cities that stand for the side's government when used as a speaker. */
  capitals: string[];
  /** The actor that the country name and the capital stand for. */
  government?: string;
  period?: Period;
  successorOf?: string;
  note?: string;
}

export type Stance = "open" | "conditional" | "closed";

/** Phrases marking each stance on concluding or continuing talks. */
export type StanceCues = Record<Stance, string[]>;

export interface PackIssue {
  description: string;
  topicCues: string[];
  stanceCues: StanceCues;
}

export type OfficeKind =
  | "head of state"
  | "head of government"
  | "foreign minister"
  | "deputy foreign minister"
  | "spokesperson"
  | "ambassador"
  | "chief cabinet secretary"
  | "security council"
  | "legislature speaker"
  | "minister";

export interface PackOffice {
  id: string;
  title: string;
  country: string;
  kind: OfficeKind;
  /** One holder at a time; holders may overlap by one handover day at most. */
  singleHolder: boolean;
  /** When the office was created; no vacancy is reported before it. */
  established?: PartialDate;
  portfolio?: string;
  aliases: string[];
  /** Titles that name the office only once the text has fixed the country ("President", "PM"). */
  contextAliases?: string[];
  note?: string;
}

export interface OfficeHolding {
  office: string;
  start: PartialDate;
  end: PartialDate | null;
  acting?: boolean;
  portfolio?: string;
  /** Why this holding may overlap its predecessor by more than a handover day. */
  overlapReason?: string;
  /** What the dates rest on, or that they could not be verified. */
  note: string;
  sources?: string[];
}

export type ActorKind = "person" | "government" | "institution" | "organization" | "agency";

export interface PackActor {
  id: string;
  name: string;
  kind: ActorKind;
  country: string;
  gender?: "male" | "female";
  /** Order of the canonical name: the surname is its last word (given-first) or its first (family-first). */
  nameOrder?: "given-first" | "family-first";
  /** False for news agencies and others that report rather than speak. */
  speaker?: boolean;
  aliases: string[];
  contextAliases?: string[];
  metonyms?: string[];
  period?: Period;
  offices?: OfficeHolding[];
  note?: string;
}

export interface PlaceName {
  name: string;
  /** Sides whose usage this name follows. */
  usedBy: string[];
  note?: string;
}

export type PlaceKind =
  | "island"
  | "island group"
  | "archipelago"
  | "region"
  | "city"
  | "cape"
  | "strait"
  | "sea"
  | "country";

export interface PackPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  names: PlaceName[];
  partOf?: string[];
  administeredBy?: string;
  claimedBy?: string[];
  disputed?: boolean;
  note?: string;
}

export interface PackEvent {
  id: string;
  kind: "document" | "event";
  date: PartialDate;
  end?: PartialDate;
  inForce?: PartialDate;
  names: string[];
  /** Side ids or actor ids. */
  actors: string[];
  place?: string;
  description: string;
  note?: string;
  sources?: string[];
}

/** One spelling-variant rule, applied to each folded word: Nikolay → Nikolai. */
export interface NameFold {
  pattern: string;
  replace: string;
  example: string;
}

export interface Pack {
  id: string;
  title: string;
  language: string;
  description: string;
  version?: string;
  /** The period for which office holdings are complete. */
  coverage: { from: PartialDate; to: PartialDate; note: string };
  nameFolds?: NameFold[];
  sides: PackSide[];
  issue: PackIssue;
  offices: PackOffice[];
  actors: PackActor[];
  places: PackPlace[];
  events: PackEvent[];
}
