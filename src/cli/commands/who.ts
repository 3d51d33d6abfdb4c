import { packIndex, type HeldOffice, type Pack } from "../../core/pack.js";
import type { StatementRow } from "../../store/store.js";
import { exportStatement } from "../../views/export-json.js";
import { UsageError, type Io } from "../io.js";
import type { Parsed } from "../main.js";
import { json } from "../format.js";
import { positiveInt } from "../numbers.js";
import { loadCtx } from "../pack-option.js";
import { withStore } from "../store-option.js";
import { holdingDates } from "./pack-show.js";
import { pageStatements } from "./statements.js";
import { renderStatements, terminalWidth } from "./statements-render.js";
import { findSpeakers, type Speaker } from "./statements-speaker.js";
import { unknownSpeaker } from "./statements-suggest.js";

/** The error for a name several entities answer to: each candidate with what tells it apart. */
function ambiguous(given: string, found: Speaker[]): Error {
  const rows = found.map((s) =>
    `  ${s.name.padEnd(30)} ${s.kind.padEnd(12)} ${(s.country ?? "—").padEnd(4)} ${s.keys[0]!.padEnd(28)} ${s.statements} statements, ${s.mentions} mentions`,
  );
  return new Error(`'${given}' may mean ${found.length} entities; ask for one by its full name or its key:\n${rows.join("\n")}`);
}

const officeJson = (h: HeldOffice) => ({
  office: h.office.id,
  title: h.office.title,
  country: h.office.country,
  start: h.holding.start,
  end: h.holding.end,
  ...(h.holding.acting ? { acting: true } : {}),
});

function render(who: Speaker, pack: Pack | null, offices: HeldOffice[], rows: StatementRow[], width: number, more: boolean): string {
  const side = who.country && pack ? packIndex(pack).side(who.country) : undefined;
  const fact = (label: string, value: string) => `  ${label.padEnd(11)} ${value}`;
  const titles = offices.map((h) => `${h.office.title}${h.holding.acting ? " (acting)" : ""}`);
  const titleWidth = Math.max(0, ...titles.map((t) => t.length));
  const officeLines = offices.map((h, i) => `${titles[i]!.padEnd(titleWidth)}   ${holdingDates(h.holding)}`);
  const noPack = "(no pack in use)";
  const out = [
    who.name,
    fact("kind", who.kind),
    fact("country", who.country ? `${who.country}${side ? ` (${side.name})` : ""}` : "—"),
    fact("entity", who.keys.join(", ")),
    fact("aliases", who.actor ? who.actor.aliases.join("; ") || "—" : pack ? "— (not in the pack)" : noPack),
    ...(offices.length
      ? officeLines.map((l, i) => fact(i ? "" : "offices", l))
      : [fact("offices", who.actor ? "none in the pack" : pack ? "— (not in the pack)" : noPack)]),
    fact("mentions", String(who.mentions)),
    fact("statements", String(who.statements)),
    "",
  ];
  if (rows.length) {
    out.push(`── statements, in time order${more ? ` (the first ${rows.length}; raise --limit for more)` : ""} ` + "─".repeat(20));
    out.push(renderStatements(rows, width, { speaker: false }));
  }
  return out.join("\n") + "\n";
}

export async function whoCommand(p: Parsed, io: Io): Promise<number> {
  const given = p.positionals.join(" ").replace(/\s+/g, " ").trim();
  if (!given) throw new UsageError("give a name, an alias or an entity key (e.g. dossier who Lavrov)");
  const limit = positiveInt(p.values.limit, "--limit");
  const ctx = loadCtx(p, io);
  return withStore(p, io, "read", async (store) => {
    const found = await findSpeakers(store, ctx.pack, given);
    if (!found.length) throw await unknownSpeaker(store, ctx.pack, given);
    if (found.length > 1) throw ambiguous(given, found);
    const who = found[0]!;
    const offices = who.actor && ctx.pack ? packIndex(ctx.pack).officesOf(who.actor.id) : [];
    const rows: StatementRow[] = [];
    const pages = pageStatements(store, { speakers: who.keys, ...(limit ? { limit } : {}) });
    let step = await pages.next();
    for (; !step.done; step = await pages.next()) rows.push(step.value);
    if (p.values.json) {
      io.stdout.write(
        json({
          name: who.name,
          kind: who.kind,
          country: who.country,
          keys: who.keys,
          actorId: who.actor?.id ?? null,
          aliases: who.actor?.aliases ?? [],
          offices: offices.map(officeJson),
          counts: { mentions: who.mentions, statements: who.statements },
          statements: rows.map(exportStatement),
        }),
      );
      return 0;
    }
    io.stdout.write(render(who, ctx.pack, offices, rows, terminalWidth(io), step.value.more));
    return 0;
  });
}
