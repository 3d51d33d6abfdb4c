import type { StatementQuery, StatementRow, Store } from "../../store/store.js";
import { exportStatement } from "../../views/export-json.js";
import { UsageError, type Io } from "../io.js";
import type { Parsed } from "../main.js";
import { loadCtx } from "../pack-option.js";
import { withStore } from "../store-option.js";
import { statementFilters } from "./statements-filters.js";
import { renderStatement, terminalWidth } from "./statements-render.js";
import { findSpeakers, type Speaker } from "./statements-speaker.js";
import { unknownSpeaker } from "./statements-suggest.js";

// Rows asked of the store at a time: output of any length is read in pages, so memory stays flat.
const PAGE_SIZE = 200;

/** Every row the query matches (at most q.limit), following the store's cursor; `more` once rows were left. */
export async function* pageStatements(store: Store, q: StatementQuery, pageSize = PAGE_SIZE): AsyncGenerator<StatementRow, { more: boolean }> {
  let left = q.limit ?? Infinity;
  let after: string | undefined;
  while (left > 0) {
    const page = await store.listStatements({ ...q, limit: Math.min(pageSize, left), ...(after ? { after } : {}) });
    for (const row of page.rows) yield row;
    left -= page.rows.length;
    if (!page.next) return { more: false };
    after = page.next;
  }
  return { more: true };
}

/** A JSON array written one element at a time, in the shape of the export's statements. */
export async function writeJsonArray(io: Io, rows: AsyncGenerator<StatementRow, unknown>): Promise<number> {
  let n = 0;
  for await (const row of rows) {
    io.stdout.write(`${n++ ? "," : "["}\n  ${JSON.stringify(exportStatement(row), null, 2).replace(/\n/g, "\n  ")}`);
  }
  io.stdout.write(n ? "\n]\n" : "[]\n");
  return n;
}

const names = (speakers: Speaker[]): string =>
  speakers.length <= 3 ? speakers.map((s) => s.name).join(", ") : `${speakers.slice(0, 3).map((s) => s.name).join(", ")} and ${speakers.length - 3} more`;

/** What was asked, in words: "by Dmitry Peskov, closed, said from 2023 to 2024". */
function describeQuery(q: StatementQuery, speakers: Speaker[]): string {
  const parts = [
    speakers.length ? `by ${names(speakers)}` : "",
    q.side ? `side ${q.side}` : "",
    q.stance ?? "",
    q.from && q.to ? `said ${q.from} to ${q.to}` : q.from ? `said from ${q.from}` : q.to ? `said until ${q.to}` : "",
    q.text ? `with "${q.text}"` : "",
  ].filter(Boolean);
  return parts.length ? ` (${parts.join("; ")})` : "";
}

export async function statementsCommand(p: Parsed, io: Io): Promise<number> {
  if (p.positionals.length) throw new UsageError(`statements takes no arguments (got ${p.positionals.join(" ")}): words to look for go in --text`);
  const ctx = loadCtx(p, io);
  const query = statementFilters(p.values, ctx.pack);
  const given = typeof p.values.speaker === "string" ? p.values.speaker.trim() : undefined;
  if (given === "") throw new UsageError("--speaker wants a name, an alias or an entity key");
  return withStore(p, io, "read", async (store) => {
    let speakers: Speaker[] = [];
    if (given) {
      speakers = await findSpeakers(store, ctx.pack, given);
      if (!speakers.length) throw await unknownSpeaker(store, ctx.pack, given);
      query.speakers = speakers.flatMap((s) => s.keys);
    }
    const rows = pageStatements(store, query);
    if (p.values.json) {
      await writeJsonArray(io, rows);
      return 0;
    }
    const width = terminalWidth(io);
    let n = 0;
    let step = await rows.next();
    for (; !step.done; step = await rows.next()) io.stdout.write((n++ ? "\n" : "") + renderStatement(step.value, width));
    const what = describeQuery(query, speakers);
    if (!n) io.stdout.write(`no statements match${what}\n`);
    else io.stdout.write(`\n${n} statement${n === 1 ? "" : "s"}${what}${step.value.more ? `; more match (raise --limit)` : ""}\n`);
    return 0;
  });
}
