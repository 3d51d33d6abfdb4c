// Every option and command is declared once here; `--help` and the README's usage section are both made from it.

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** Shown in help as the value's name, e.g. PATH. */
  value?: string;
  help: string;
  /** Environment variable that sets the default. */
  env?: string;
  default?: string;
  /** How help describes a default that is not a plain value. */
  defaultLabel?: string;
  multiple?: boolean;
}

export const options = {
  db: { type: "string", value: "PATH|URL", env: "DOSSIER_DB", default: "./dossier.db", help: "the store: a SQLite file, or a postgres:// URL" },
  pack: { type: "string", value: "FILE|none", env: "DOSSIER_PACK", defaultLabel: "the Russia–Japan pack", help: "the story pack (actors, offices, places, events, stance cues); none to run without" },
  json: { type: "boolean", help: "machine-readable JSON on stdout" },
  help: { type: "boolean", short: "h", help: "show help" },
  out: { type: "string", short: "o", value: "FILE", help: "write to FILE instead of stdout" },
  format: { type: "string", value: "FORMAT", default: "json", help: "export format: json, jsonl, csv, md or html" },
  limit: { type: "string", value: "N", help: "at most N rows" },
  quiet: { type: "boolean", short: "q", help: "no progress bar and no per-page warning lines (failures are still listed)" },
  jobs: { type: "string", short: "j", value: "N", env: "DOSSIER_JOBS", defaultLabel: "the number of cores; 1 for inputs under 4 MB", help: "process pages in N worker threads (1: on the main thread); pages are stored in input order either way" },
  enqueue: { type: "boolean", help: "queue the pages in the PostgreSQL store for `dossier worker` processes instead of processing them here" },
  concurrency: { type: "string", value: "N", default: "1", help: "threads running the pipeline in this worker" },
  lease: { type: "string", value: "SECONDS", default: "60", help: "how long a claimed batch stays this worker's; a worker that dies loses its batch to the others after this" },
  follow: { type: "boolean", help: "keep waiting for new jobs when the queue is empty (stop with Ctrl-C or SIGTERM)" },
  speaker: { type: "string", value: "NAME", help: "only statements by this person or body: a name, alias, surname or entity key (the pack's names and the stored ones)" },
  side: { type: "string", value: "CC", help: "only statements by speakers of this side: a country code (RU, JP) or, with a pack, its name" },
  stance: { type: "string", value: "STANCE", help: "only statements of this stance: open, conditional, closed or neutral" },
  from: { type: "string", value: "DATE", help: "only what was said on or after DATE: YYYY, YYYY-MM or YYYY-MM-DD" },
  to: { type: "string", value: "DATE", help: "only what was said on or before DATE (2023 takes in all of 2023): YYYY, YYYY-MM or YYYY-MM-DD" },
  text: { type: "string", value: "WORDS", help: "only statements containing WORDS as written (any case)" },
  port: { type: "string", value: "N", default: "8080", help: "port to listen on; 0 picks a free one" },
  host: { type: "string", value: "ADDR", default: "127.0.0.1", help: "address to listen on: loopback unless told otherwise (0.0.0.0 serves the network)" },
  actor: { type: "string", value: "NAME", help: "only entries by or about this person or body: a name, alias, surname or entity key" },
} satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof options;

export interface CommandSpec {
  name: string;
  args: string;
  summary: string;
  /** Longer text: what it does, what it prints, exit codes. */
  details: string[];
  options: OptionName[];
}

export const commands: CommandSpec[] = [
  {
    name: "ingest",
    args: "<files|dirs|globs|->...",
    summary: "read pages, clean them, describe them and store them",
    details: [
      "Accepts plain text, HTML, JSONL (url, title, text|html, published), WARC/WET/ARC (gzipped or not), RSS and Atom.",
      "Directories are read recursively; `-` reads stdin. Type and charset are sniffed from the content.",
      "A page already stored (same content) is reported as unchanged; a bad file is reported and the batch goes on.",
      "Pages stored with a warning (bytes replaced, a declared charset refused, a page cut off, no text left) are counted as warned and listed with the rule that warned.",
      "Pages not in English are stored, cleaned and dated but not read for statements (the lexicons are English); a line counts them by language.",
      "Ctrl-C (or SIGTERM) stops reading, stores the pages under way and says so; the same command again ingests the rest. A second Ctrl-C quits at once, and the store stays consistent.",
      "Exit status: 0 all ingested or unchanged, 1 some sources failed, 2 usage error, 130 stopped by Ctrl-C (143 by SIGTERM).",
    ],
    options: ["db", "pack", "json", "quiet", "jobs", "enqueue"],
  },
  {
    name: "docs",
    args: "",
    summary: "list stored documents: id, published (precision, basis), outlet, title, size, source",
    details: ["Then the groups of near-duplicates (wire copies, republications): each group's original, and per copy its similarity and what it changed (retitled, trimmed, extended)."],
    options: ["db", "json", "limit"],
  },
  {
    name: "show",
    args: "<id>",
    summary: "one document: metadata with the basis of each fact, cleaned text, and every removed line with its rule",
    details: ["An unambiguous prefix of the id is enough.", "Exit status: 0 shown, 1 no such document in the store, 2 usage error (not an id, or a prefix several documents share)."],
    options: ["db", "json"],
  },
  {
    name: "search",
    args: "<query>",
    summary: "full-text search over cleaned text, with snippets",
    details: [
      'Words are all required; "quoted words" must appear as a phrase. Best first. When more than 1,000 documents match,',
      "the best of the 1,000 stored last are shown, and a line says so: add words or quote a phrase to narrow the matches.",
      "--json: an object with hits (id, title, source, published, snippet) and windowed (true when that cut was made).",
    ],
    options: ["db", "json", "limit"],
  },
  {
    name: "export",
    args: "",
    summary: "write the whole store: JSON (../shared/gold/FORMAT.md plus timeline and shifts), JSONL, CSV, a Markdown brief or an HTML report",
    details: [
      "json: one object with documents, statements, timeline and shifts. jsonl: one record per line, each with a type",
      "(document, statement, event, timeline, shift). csv: a row per statement and source. md: a brief to send (the issue,",
      "each side's position now and how it moved, the timeline, the sources). html: the same as one standalone page.",
      "Streams: memory stays flat however large the store.",
    ],
    options: ["db", "pack", "format", "out"],
  },
  {
    name: "timeline",
    args: "",
    summary: "statements and events in the order they happened, with the precision of each date and the outlets behind it",
    details: [
      "Ordered by when things were said or happened (said_on, the event's date), not by publication. A date may be a",
      "year, a month or a day; a year sorts before its months. The pack's events come in with the documents naming them.",
      "--actor and --side keep statements by them and events naming them; --stance keeps statements only.",
      "Undated statements are not on a timeline (dossier statements lists them).",
    ],
    options: ["db", "pack", "from", "to", "actor", "side", "stance", "json"],
  },
  {
    name: "stance",
    args: "<actor|country>",
    summary: "one actor's or one side's stance over time: each dated statement, the shifts with their evidence, the runs",
    details: [
      "A country code or, with a pack, a side's name (Russia, Japanese) gives the side: every speaker of that country.",
      "Otherwise a name, alias, surname or entity key gives one actor.",
      "Neutral statements neither continue nor break a stance; statements of one day may have come in any order.",
    ],
    options: ["db", "pack", "json"],
  },
  {
    name: "shifts",
    args: "",
    summary: "every change of stance, of each side and each actor, with the statements before and after; where each side stands",
    details: ["A shift is marked uncertain when the two dates overlap (a year and a month in it, or one day)."],
    options: ["db", "pack", "json"],
  },
  {
    name: "statements",
    args: "",
    summary: "who said what, and when: stored statements in the order they were said, filtered",
    details: [
      "Each statement shows when it was said (with the precision known), the speaker, the stance with its cue words,",
      "its kind (direct, indirect, mixed), the words (cut after a few lines), and the outlet and document it comes from.",
      "--speaker takes a name, an alias, a surname or an entity key; the pack's names and the names found in the stored",
      "texts both count. An unknown name gets close names suggested.",
      "Dates may be a year, a month or a day: --from 2023 --to 2023-02 keeps what was said from 1 January 2023 to the",
      "end of February 2023. Undated statements are left out once a date is given.",
      "--json prints every matching statement as one array in the export's shape, the words in full.",
      "Exit status: 0 listed (also when none match), 1 nobody by that speaker name, 2 usage error.",
    ],
    options: ["db", "pack", "speaker", "side", "stance", "from", "to", "text", "limit", "json"],
  },
  {
    name: "who",
    args: "<name>",
    summary: "one person or body: names, offices held and when, mentions and statements, the statements in time order",
    details: [
      "The name may be a full name, an alias or another transliteration (Nikolay, Nikolai), a surname, or an entity key",
      "(pack:RU-PESKOV, or text:… for names the pack does not know). Without a pack, entities come from the texts alone.",
      "A name that several entities answer to lists them with their keys: ask again for one of them.",
      "Exit status: 0 found, 1 nobody by that name (close names suggested) or several, 2 usage error.",
    ],
    options: ["db", "pack", "limit", "json"],
  },
  {
    name: "pack",
    args: "validate FILE | show [FILE]",
    summary: "check a story pack, or summarise one: issue, sides, actors with their offices, places, events",
    details: [
      "validate: the schema (data/packs/pack.schema.json), then the checks it cannot express: unique ids, real dates in",
      "order, references between sections, overlapping office holders, one name for two actors. Each problem is",
      "printed with its JSON path and its line in the file.",
      "show: the issue, the sides, counts, the actors with the offices they held and when, each place's names on each",
      "side, the events by date. Without FILE, the shipped Russia–Japan pack.",
      "Exit status: 0 valid, 1 invalid (or, for show, not a valid pack), 2 usage error or a file that cannot be read.",
    ],
    options: ["json"],
  },
  {
    name: "serve",
    args: "",
    summary: "the web pages and the JSON API over a store: story, timeline, actors, documents, search",
    details: [
      "Pages: / (story and stance chart), /timeline, /actors/KEY, /documents/ID, /search; each has a JSON twin at the",
      "same path with .json (/index.json for the story). The API is under /api (GET /api lists it); lists answer CSV",
      "with format=csv. The server only reads the store; pages use no script. Stop it with Ctrl-C.",
    ],
    options: ["db", "pack", "port", "host"],
  },
  {
    name: "worker",
    args: "",
    summary: "process pages queued with `ingest --enqueue` (PostgreSQL store); run as many as you like, on any machines",
    details: [
      "Claims a batch of queued pages, runs the pipeline on each, stores each document in its own transaction, repeats;",
      "returns when the queue is empty (--follow: keeps waiting). A worker that dies loses nothing: its batch goes back",
      "to the queue when its lease runs out, and a page it had already stored is not stored again.",
      "The link stage (wire copies, merged statements, dates) runs on the shared store, one worker at a time: every few",
      "hundred documents when no other worker is linking, and whenever the queue is empty, so nothing stored stays unlinked.",
      "Ctrl-C or SIGTERM: finishes the pages under way and hands the rest back. A page that kills its worker three times is failed.",
      "Exit status: 0 all stored, 1 some pages failed, 2 usage error.",
    ],
    options: ["db", "pack", "concurrency", "lease", "follow", "json"],
  },
];

/** The value of an option for this run: command line, else environment, else default. */
export function optionValue(
  name: OptionName,
  given: Record<string, unknown>,
  env: Record<string, string | undefined>,
): string | undefined {
  const spec: OptionSpec = options[name];
  const v = given[name];
  if (typeof v === "string") return v;
  if (spec.env && env[spec.env]) return env[spec.env];
  return spec.default;
}
