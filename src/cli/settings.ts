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
  format: { type: "string", value: "FORMAT", default: "json", help: "export format: json" },
  limit: { type: "string", value: "N", help: "at most N rows" },
  quiet: { type: "boolean", short: "q", help: "no progress bar and no per-file lines" },
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
      "Exit status: 0 all ingested or unchanged, 1 some sources failed, 2 usage error.",
    ],
    options: ["db", "pack", "json", "quiet"],
  },
  {
    name: "docs",
    args: "",
    summary: "list stored documents: id, published (precision, basis), outlet, title, size, source",
    details: [],
    options: ["db", "json", "limit"],
  },
  {
    name: "show",
    args: "<id>",
    summary: "one document: metadata with the basis of each fact, cleaned text, and every removed line with its rule",
    details: ["An unambiguous prefix of the id is enough."],
    options: ["db", "json"],
  },
  {
    name: "search",
    args: "<query>",
    summary: "full-text search over cleaned text, with snippets",
    details: ['Words are all required; "quoted words" must appear as a phrase.'],
    options: ["db", "json", "limit"],
  },
  {
    name: "export",
    args: "",
    summary: "write the whole store as one JSON document (see ../shared/gold/FORMAT.md)",
    details: ["Streams: memory stays flat however large the store."],
    options: ["db", "format", "out"],
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
