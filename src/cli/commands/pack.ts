import { readFileSync } from "node:fs";
import { DEFAULT_PACK_PATH, validatePack, type Pack } from "../../core/pack.js";
import { UsageError, type Io } from "../io.js";
import type { Parsed } from "../main.js";
import { json } from "../format.js";
import { itemPointers, jsonLines, problemLine } from "./pack-locate.js";
import { jsonSyntaxBreak, placeOf } from "./pack-syntax.js";
import { packSummary, renderPackSummary } from "./pack-show.js";
import { terminalWidth } from "./statements-render.js";

const SUBCOMMANDS = "validate FILE, or show [FILE]";

interface Problem {
  /** The JSON path the problem concerns, with the item's id after its index. */
  path: string;
  line: number | null;
  /** For text that is not JSON: the column of the first character that breaks the grammar. */
  column?: number;
  message: string;
}

interface Checked {
  file: string;
  valid: boolean;
  errors: Problem[];
  warnings: Problem[];
  /** The parsed pack, when it is valid. */
  pack: Pack | null;
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === "ENOENT" ? "no such file" : e.code === "EISDIR" ? "it is a directory" : e.message;
    throw new UsageError(`cannot read the pack ${file}: ${why}`);
  }
}

/** Parse, then the schema and the semantic checks; each problem with its place in the file. */
export function checkPackFile(file: string): Checked {
  const text = readText(file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    // JSON.parse does not always say where; the grammar scan always does (the end of the text when it stops early)
    const { line, column } = placeOf(text, jsonSyntaxBreak(text) ?? text.length);
    const message = `not JSON: ${(err as Error).message} (line ${line}, column ${column})`;
    return { file, valid: false, errors: [{ path: "", line, column, message }], warnings: [], pack: null };
  }
  const result = validatePack(parsed);
  const lines = jsonLines(text);
  const ids = itemPointers(parsed);
  const problem = (line: string): Problem => {
    const cut = line.indexOf(": ");
    return cut < 0
      ? { path: "", line: null, message: line }
      : { path: line.slice(0, cut), line: problemLine(lines, ids, line), message: line.slice(cut + 2) };
  };
  return { file, valid: result.ok, errors: result.errors.map(problem), warnings: result.warnings.map(problem), pack: result.ok ? (parsed as Pack) : null };
}

const problemText = (kind: string, p: Problem): string =>
  `  ${kind.padEnd(8)} ${p.line !== null ? `line ${p.line}`.padEnd(11) : "".padEnd(11)}${p.path ? `${p.path}: ` : ""}${p.message}\n`;

function validate(file: string, io: Io, asJson: boolean): number {
  const c = checkPackFile(file);
  if (asJson) {
    io.stdout.write(json({ file: c.file, valid: c.valid, errors: c.errors, warnings: c.warnings }));
    return c.valid ? 0 : 1;
  }
  if (c.valid) {
    const p = c.pack!;
    const counts = `${p.sides.length} sides, ${p.actors.length} actors, ${p.offices.length} offices, ${p.places.length} places, ${p.events.length} events`;
    io.stdout.write(`${file}: valid (${counts})${c.warnings.length ? `, ${c.warnings.length} warnings` : ""}\n`);
  } else {
    io.stdout.write(`${file}: invalid, ${c.errors.length} problem${c.errors.length === 1 ? "" : "s"}\n`);
    for (const p of c.errors) io.stdout.write(problemText("error", p));
  }
  for (const p of c.warnings) io.stdout.write(problemText("warning", p));
  if (!c.valid) io.stdout.write("Fix each error at the place named (JSON path, line), then run this again.\n");
  return c.valid ? 0 : 1;
}

function show(file: string, io: Io, asJson: boolean): number {
  const c = checkPackFile(file);
  if (!c.pack) {
    io.stderr.write(`dossier pack show: ${file} is not a valid pack (${c.errors.length} problems): see them with dossier pack validate ${file}\n`);
    return 1;
  }
  const summary = packSummary(c.pack, file);
  io.stdout.write(asJson ? json(summary) : renderPackSummary(summary, terminalWidth(io)));
  return 0;
}

export async function packCommand(p: Parsed, io: Io): Promise<number> {
  const [sub, file, ...extra] = p.positionals;
  if (!sub) throw new UsageError(`pack wants a subcommand: ${SUBCOMMANDS}`);
  if (extra.length) throw new UsageError(`pack ${sub} takes one file (got ${[file, ...extra].join(" ")})`);
  const asJson = Boolean(p.values.json);
  if (sub === "validate") {
    if (!file) throw new UsageError("pack validate wants the FILE to check (the shipped pack: data/packs/ru-jp-peace-treaty.json)");
    return validate(file, io, asJson);
  }
  if (sub === "show") return show(file ?? DEFAULT_PACK_PATH, io, asJson);
  throw new UsageError(`unknown pack subcommand '${sub}': ${SUBCOMMANDS}`);
}
