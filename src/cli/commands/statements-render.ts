import type { StatementRow } from "../../store/store.js";
import type { Io } from "../io.js";
import { clip } from "../format.js";

// Statements as a terminal list: one heading line (when, who, stance and its cue words, kind), the words
// wrapped under it, then where they come from. The words are cut after a few lines; --json has them whole.

// Lines of a statement's words shown before they are cut with "…".
const TEXT_LINES = 3;
// Terminal width assumed when the output is not a terminal (tests, pipes), and the bounds kept to.
const DEFAULT_WIDTH = 100;
const MIN_WIDTH = 60;
const MAX_WIDTH = 140;
// Characters of the heading's columns: the date with its precision, the speaker, the kind of statement.
const WHEN_WIDTH = 18;
const SPEAKER_WIDTH = 26;
const KIND_WIDTH = "indirect".length;
// Room kept for the stance and its first cue words however narrow the terminal.
const MIN_STANCE_WIDTH = 16;
// Indent of the words and the source line under the heading.
const INDENT = "    ";

export function terminalWidth(io: Io): number {
  const columns = (io.stdout as { columns?: number }).columns ?? io.stderr.columns ?? Number(io.env.COLUMNS ?? NaN);
  return Number.isFinite(columns) && columns > 0 ? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, columns)) : DEFAULT_WIDTH;
}

/** "2023-02-10 (day)", "2019-01 (month)", "undated". */
export const saidOnLabel = (s: StatementRow): string =>
  s.saidOn.date ? `${s.saidOn.date}${s.saidOn.precision ? ` (${s.saidOn.precision})` : ""}` : "undated";

/** The stance with the words that decided it: closed: "remains closed", "is impossible". */
export const stanceLabel = (s: StatementRow): string =>
  s.stance.cues.length ? `${s.stance.stance}: ${s.stance.cues.map((c) => `"${c}"`).join(", ")}` : s.stance.stance;

/** Words filled into lines of at most `width` characters; at most `max` lines, the last cut with "…". */
export function wrap(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.replace(/\s+/g, " ").trim().split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = "";
    }
    line = line ? `${line} ${word}` : word.length > width ? clip(word, width) : word;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = clip(`${kept[max - 1]!} ${lines[max]!}`, width);
  if (!kept[max - 1]!.endsWith("…")) kept[max - 1] = `${clip(kept[max - 1]!, width - 1)}…`;
  return kept;
}

export function renderStatement(s: StatementRow, width: number, opts: { speaker?: boolean } = {}): string {
  const who = `${s.speaker.name}${s.speaker.country ? ` [${s.speaker.country}]` : ""}`;
  const head = [saidOnLabel(s).padEnd(WHEN_WIDTH)];
  if (opts.speaker !== false) head.push(clip(who, SPEAKER_WIDTH).padEnd(SPEAKER_WIDTH));
  head.push(s.kind.padEnd(KIND_WIDTH));
  // the stance comes last: its cue words take whatever room the line has left
  const room = width - head.join("  ").length - 2;
  head.push(clip(stanceLabel(s), Math.max(MIN_STANCE_WIDTH, room)));
  const words = wrap(`“${s.text}”`, width - INDENT.length, TEXT_LINES).map((l) => INDENT + l);
  const source = `${s.document.outlet ?? "outlet unknown"} · ${s.documentId} · ${clip(s.document.title, 60) || s.document.source}`;
  return [head.join("  "), ...words, INDENT + clip(source, width - INDENT.length)].join("\n") + "\n";
}

export const renderStatements = (rows: StatementRow[], width: number, opts: { speaker?: boolean } = {}): string =>
  rows.map((s) => renderStatement(s, width, opts)).join("\n");
