import type { Pack } from "../../core/pack.js";
import type { Store } from "../../store/store.js";
import { timeline } from "../../views/timeline.js";
import { exportEntry, type EntrySource, type TimelineEntry, type TimelineFilter } from "../../views/timeline-types.js";
import { clip } from "../format.js";
import { UsageError, type Io } from "../io.js";
import type { Parsed } from "../main.js";
import { loadCtx } from "../pack-option.js";
import { withStore } from "../store-option.js";
import { partialDate, sideCode, stanceValue } from "./statements-filters.js";
import { terminalWidth, wrap } from "./statements-render.js";
import { findSpeakers } from "./statements-speaker.js";
import { unknownSpeaker } from "./statements-suggest.js";

// `dossier timeline`: statements and events in the order they happened, each with the precision of its date,
// why it has that date, and the documents and outlets behind it. --json streams the same entries as an array.

// Lines of an entry's words shown before they are cut.
const TEXT_LINES = 2;
// Documents named under an entry before "and N more".
const SOURCES_SHOWN = 3;
// Width of the date column ("2023-02-10 day") and of the label column (stance, or "event").
const WHEN_WIDTH = 16;
const LABEL_WIDTH = 11;
const INDENT = " ".repeat(4);

/** The entity keys an --actor name stands for (every entity of every speaker it may mean). */
export async function actorKeys(store: Store, pack: Pack | null, given: string): Promise<string[]> {
  const name = given.replace(/\s+/g, " ").trim();
  if (!name) throw new UsageError("--actor wants a name, an alias or an entity key");
  const found = await findSpeakers(store, pack, name);
  if (!found.length) throw await unknownSpeaker(store, pack, name);
  return found.flatMap((s) => s.keys);
}

/** The timeline options as a filter; the actor is resolved against the store. */
export async function timelineFilter(p: Parsed, store: Store, pack: Pack | null): Promise<TimelineFilter> {
  const from = partialDate(p.values.from, "--from");
  const to = partialDate(p.values.to, "--to");
  const side = sideCode(p.values.side, pack);
  const stance = stanceValue(p.values.stance);
  const actors = typeof p.values.actor === "string" ? await actorKeys(store, pack, p.values.actor) : undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(side ? { side } : {}), ...(stance ? { stance } : {}), ...(actors ? { actors } : {}) };
}

const when = (e: TimelineEntry): string => `${e.date} ${e.precision ?? ""}`.trim();

/** "TASS 2023-02-10 d_c095dd54; MENAFN …; and 2 more" (`count`: all the sources, when only some were read). */
export function sourcesLine(sources: EntrySource[], count = sources.length): string {
  const one = (s: EntrySource) => [s.outlet ?? s.title ?? s.source, s.published, s.document].filter(Boolean).join(" ");
  const shown = sources.slice(0, SOURCES_SHOWN);
  return shown.map(one).join("; ") + (count > shown.length ? `; and ${count - shown.length} more` : "");
}

export function renderEntry(e: TimelineEntry, width: number): string {
  const room = width - INDENT.length;
  const label = e.type === "statement" ? e.stance : "event";
  const headline =
    e.type === "statement"
      ? `${e.speaker.name}${e.speaker.country ? ` [${e.speaker.country}]` : ""} · ${e.kind}${e.cues.length ? ` · ${e.cues.map((c) => `"${c}"`).join(", ")}` : ""}`
      : e.origin === "pack"
        ? `${e.title} (the pack's)`
        : "as a document tells it:";
  const head = `${when(e).padEnd(WHEN_WIDTH)} ${label.padEnd(LABEL_WIDTH)} ${clip(headline, Math.max(20, width - WHEN_WIDTH - LABEL_WIDTH - 2))}`;
  const body = e.type === "statement" ? `“${e.text}”` : e.text;
  const lines = [head, ...(body ? wrap(body, room, TEXT_LINES).map((l) => INDENT + l) : [])];
  lines.push(INDENT + clip(`date: ${e.basis}`, room));
  const documents = e.sources.length ? `${e.type === "event" && e.origin === "pack" ? "named in" : "from"}: ${sourcesLine(e.sources, e.sourceCount)}` : "the pack only: no document names it";
  lines.push(INDENT + clip(documents, room));
  return lines.join("\n") + "\n";
}

export async function timelineCommand(p: Parsed, io: Io): Promise<number> {
  if (p.positionals.length) throw new UsageError(`timeline takes no arguments (got ${p.positionals.join(" ")}): use --actor, --side, --from, --to`);
  const ctx = loadCtx(p, io);
  return withStore(p, io, "read", async (store) => {
    const filter = await timelineFilter(p, store, ctx.pack);
    const counts = { statement: 0, event: 0 };
    if (p.values.json) {
      for await (const e of timeline(store, ctx.pack, filter)) {
        io.stdout.write(`${counts.statement + counts.event ? "," : "["}\n${JSON.stringify(exportEntry(e))}`);
        counts[e.type]++;
      }
      io.stdout.write(counts.statement + counts.event ? "\n]\n" : "[]\n");
      return 0;
    }
    const width = terminalWidth(io);
    for await (const e of timeline(store, ctx.pack, filter, { sourceLimit: SOURCES_SHOWN })) {
      io.stdout.write((counts.statement + counts.event ? "\n" : "") + renderEntry(e, width));
      counts[e.type]++;
    }
    const total = counts.statement + counts.event;
    io.stdout.write(total ? `\n${total} entries: ${counts.statement} statements, ${counts.event} events (undated ones are not on a timeline)\n` : "nothing on the timeline matches\n");
    return 0;
  });
}
