import { packIndex, type Pack } from "../../core/pack.js";
import type { Store } from "../../store/store.js";
import { stanceSeries } from "../../views/stance.js";
import type { Run, Shift, StancePoint, Subject } from "../../views/shifts.js";
import { exportPoint, exportRun, exportShift } from "../../views/shifts-json.js";
import { clip } from "../format.js";
import { UsageError, type Io } from "../io.js";
import type { Parsed } from "../main.js";
import { loadCtx } from "../pack-option.js";
import { withStore } from "../store-option.js";
import { terminalWidth } from "./statements-render.js";
import { findSpeakers } from "./statements-speaker.js";
import { unknownSpeaker } from "./statements-suggest.js";
import { sourcesLine } from "./timeline.js";

// `dossier stance <actor|country>`: one actor's or one side's stance over time — every dated statement in the
// order said, the shifts marked with the statements on both sides, then the runs of one stance.

const WHEN_WIDTH = 16;
const STANCE_WIDTH = 11;

/** A side (by code or, with a pack, by name) or else an actor (its entity keys); the side wins a name both bear. */
export async function resolveSubject(store: Store, pack: Pack | null, given: string, io: Io): Promise<{ subject: Subject; keys: string[] }> {
  const name = given.replace(/\s+/g, " ").trim();
  if (!name) throw new UsageError("stance wants an actor or a country: a name, an alias, an entity key, a country code");
  const side = pack ? (packIndex(pack).side(name.toUpperCase()) ?? packIndex(pack).sideByName(name)) : undefined;
  if (side) return { subject: { type: "side", key: side.id, name: side.name }, keys: [] };
  if (!pack && /^[A-Z]{2,3}$/.test(name)) return { subject: { type: "side", key: name, name }, keys: [] };
  const found = await findSpeakers(store, pack, name);
  if (!found.length) throw await unknownSpeaker(store, pack, name);
  const [first, ...others] = found;
  if (others.length) io.stderr.write(`'${name}' may also mean ${others.map((s) => `${s.name} (${s.keys[0]})`).join(", ")}; showing ${first!.name}\n`);
  return { subject: { type: "actor", key: first!.keys[0]!, name: first!.name }, keys: first!.keys };
}

const when = (p: StancePoint): string => `${p.date} ${p.precision ?? ""}`.trim();

function renderPoint(p: StancePoint, shift: Shift | null, subject: Subject, width: number): string {
  const who = subject.type === "side" ? `${p.speaker.name}: ` : "";
  const head = `${when(p).padEnd(WHEN_WIDTH)} ${p.stance.padEnd(STANCE_WIDTH)} ${clip(`${who}“${p.text}”`, width - WHEN_WIDTH - STANCE_WIDTH - 2)}`;
  const lines = [head, `${" ".repeat(WHEN_WIDTH + STANCE_WIDTH + 2)}${clip(sourcesLine(p.sources), width - WHEN_WIDTH - STANCE_WIDTH - 2)}`];
  if (shift) lines.unshift(`── shift: ${shift.from} → ${shift.to}${shift.certain ? "" : " (order uncertain: the dates overlap)"}; before: ${shift.before.date} ${shift.before.speaker.name} ──`);
  return lines.join("\n") + "\n";
}

const runLine = (r: Run): string =>
  `  ${r.stance.padEnd(STANCE_WIDTH)} ${r.first.date === r.last.date ? r.first.date : `${r.first.date} … ${r.last.date}`}  (${r.count} statement${r.count === 1 ? "" : "s"})`;

export async function stanceCommand(p: Parsed, io: Io): Promise<number> {
  if (!p.positionals.length) throw new UsageError("stance wants an actor or a country, e.g. dossier stance Russia, dossier stance Peskov");
  const ctx = loadCtx(p, io);
  return withStore(p, io, "read", async (store) => {
    const { subject, keys } = await resolveSubject(store, ctx.pack, p.positionals.join(" "), io);
    const series = stanceSeries(store, subject, keys);
    const shifts: Shift[] = [];
    let n = 0;
    let step = await series.next();
    if (p.values.json) {
      io.stdout.write(`{"subject": ${JSON.stringify(subject)},\n"points": [`);
      for (; !step.done; step = await series.next()) {
        io.stdout.write(`${n++ ? "," : ""}\n${JSON.stringify(exportPoint(step.value.point))}`);
        if (step.value.shift) shifts.push(step.value.shift);
      }
      io.stdout.write(`\n],\n"shifts": ${JSON.stringify(shifts.map(exportShift))},\n"runs": ${JSON.stringify(step.value.map(exportRun))}\n}\n`);
      return 0;
    }
    const width = terminalWidth(io);
    const kind = subject.type === "side" ? `side ${subject.key}` : subject.key;
    io.stdout.write(`Stance of ${subject.name} (${kind}) over time: neutral statements neither continue nor break a stance\n\n`);
    for (; !step.done; step = await series.next()) {
      io.stdout.write(renderPoint(step.value.point, step.value.shift, subject, width));
      if (step.value.shift) shifts.push(step.value.shift);
      n++;
    }
    if (!n) {
      io.stdout.write("no dated statements\n");
      return 0;
    }
    io.stdout.write(`\n${n} dated statements, ${shifts.length} shift${shifts.length === 1 ? "" : "s"}; the stances in turn:\n${step.value.map(runLine).join("\n")}\n`);
    return 0;
  });
}
