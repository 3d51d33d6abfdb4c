import type { Pack } from "../../core/pack.js";
import { storeShifts, type Run, type Shift } from "../../views/shifts.js";
import { exportRun, exportShift } from "../../views/shifts-json.js";
import { clip } from "../format.js";
import { UsageError, type Io } from "../io.js";
import type { Parsed } from "../main.js";
import { loadCtx } from "../pack-option.js";
import { withStore } from "../store-option.js";
import { terminalWidth } from "./statements-render.js";

// `dossier shifts`: every change of stance, of each side and each actor, in the order it happened, with the last
// statement before it and the first after; then where each side stands now.

const INDENT = " ".repeat(4);

function renderShift(s: Shift, width: number): string {
  const who = s.subject.type === "side" ? `${s.subject.name} (side ${s.subject.key})` : s.subject.name;
  const order = s.certain ? "" : "  (order uncertain: the dates overlap)";
  const line = (label: string, x: Shift["before"]) =>
    INDENT + clip(`${label} ${x.date} ${x.stance}, ${x.speaker.name}: “${x.text}” — ${x.sources[0]?.outlet ?? x.sources[0]?.document ?? ""}`, width - INDENT.length);
  return [`${s.after.date}  ${who}: ${s.from} → ${s.to}${order}`, line("before", s.before), line("after ", s.after)].join("\n") + "\n";
}

const positionLine = (r: Run): string =>
  `  ${r.subject.name.padEnd(16)} ${r.stance.padEnd(11)} since ${r.first.date} (${r.first.speaker.name}), last ${r.last.date} (${r.last.speaker.name})`;

export async function shiftsCommand(p: Parsed, io: Io): Promise<number> {
  if (p.positionals.length) throw new UsageError(`shifts takes no arguments (got ${p.positionals.join(" ")}); for one actor or side: dossier stance NAME`);
  const ctx: { pack: Pack | null } = loadCtx(p, io);
  return withStore(p, io, "read", async (store) => {
    const found = storeShifts(store, ctx.pack);
    const json = Boolean(p.values.json);
    const width = terminalWidth(io);
    let n = 0;
    let step = await found.next();
    if (json) io.stdout.write('{"shifts": [');
    for (; !step.done; step = await found.next()) {
      io.stdout.write(json ? `${n ? "," : ""}\n${JSON.stringify(exportShift(step.value))}` : (n ? "\n" : "") + renderShift(step.value, width));
      n++;
    }
    const sides = step.value.filter((r) => r.subject.type === "side");
    if (json) {
      io.stdout.write(`\n],\n"positions": ${JSON.stringify(step.value.map(exportRun))}\n}\n`);
      return 0;
    }
    io.stdout.write(n ? `\n${n} shift${n === 1 ? "" : "s"} (sides and actors; neutral statements neither continue nor break a stance)\n` : "no shifts: no series changes its stance\n");
    if (sides.length) io.stdout.write(`\nwhere each side stands now:\n${sides.map(positionLine).join("\n")}\n`);
    return 0;
  });
}
