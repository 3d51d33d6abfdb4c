import { packIndex, type OfficeHolding, type Pack, type Period } from "../../core/pack.js";
import { clip } from "../format.js";
import { wrap } from "./statements-render.js";

// `dossier pack show`: what a pack knows, as a summary an analyst can check against the sources: the issue, the
// sides, the actors with the offices they held and when, each place's names on each side, the events by date.

/** "2019-09-11 – 2021-10-04", "since 2012-05-22". */
export const holdingDates = (h: Pick<OfficeHolding, "start" | "end">): string => (h.end ? `${h.start} – ${h.end}` : `since ${h.start}`);

const periodLabel = (p: Period | undefined): string =>
  !p || (!p.from && !p.to) ? "" : p.from && p.to ? `${p.from} – ${p.to}` : p.from ? `from ${p.from}` : `until ${p.to}`;

export function packSummary(pack: Pack, file: string) {
  const index = packIndex(pack);
  const cues = pack.issue.stanceCues;
  return {
    file,
    id: pack.id,
    title: pack.title,
    version: pack.version ?? null,
    language: pack.language,
    issue: pack.issue.description,
    coverage: pack.coverage,
    sides: pack.sides.map((s) => ({ id: s.id, name: s.name, period: s.period ?? null, ...(s.successorOf ? { successorOf: s.successorOf } : {}) })),
    counts: {
      sides: pack.sides.length,
      actors: pack.actors.length,
      offices: pack.offices.length,
      places: pack.places.length,
      events: pack.events.length,
      cues: { topic: pack.issue.topicCues.length, open: cues.open.length, conditional: cues.conditional.length, closed: cues.closed.length },
    },
    actors: pack.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      country: a.country,
      aliases: a.aliases,
      offices: index.officesOf(a.id).map((h) => ({
        office: h.office.id,
        title: h.office.title,
        start: h.holding.start,
        end: h.holding.end,
        ...(h.holding.acting ? { acting: true } : {}),
      })),
    })),
    places: pack.places.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      disputed: p.disputed ?? false,
      administeredBy: p.administeredBy ?? null,
      claimedBy: p.claimedBy ?? [],
      /** Each side's names for the place. */
      names: Object.fromEntries(
        [...new Set(p.names.flatMap((n) => n.usedBy))].map((side) => [side, p.names.filter((n) => n.usedBy.includes(side)).map((n) => n.name)]),
      ),
    })),
    events: [...pack.events]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((e) => ({ id: e.id, kind: e.kind, date: e.date, end: e.end ?? null, name: e.names[0] ?? e.id, description: e.description })),
  };
}

export type PackSummary = ReturnType<typeof packSummary>;

export function renderPackSummary(s: PackSummary, width: number): string {
  const fact = (label: string, value: string) => `${label.padEnd(10)}${value}`;
  const c = s.counts;
  const out = [
    fact("pack", `${s.id}${s.version ? ` (version ${s.version})` : ""}, language ${s.language}`),
    fact("title", s.title),
    fact("file", s.file),
    ...wrap(s.issue, width - 10, Infinity).map((line, i) => fact(i ? "" : "issue", line)),
    fact("coverage", `${s.coverage.from} – ${s.coverage.to} (office holdings complete in this period)`),
    ...wrap(s.sides.map((d) => `${d.id} ${d.name}${d.period ? ` (${periodLabel(d.period)})` : ""}`).join(", "), width - 10, Infinity).map(
      (line, i) => fact(i ? "" : "sides", line),
    ),
    fact("counts", `${c.sides} sides, ${c.actors} actors, ${c.offices} offices, ${c.places} places, ${c.events} events`),
    fact("cues", `${c.cues.topic} topic, ${c.cues.open} open, ${c.cues.conditional} conditional, ${c.cues.closed} closed`),
    "",
    `── actors (${c.actors}) ` + "─".repeat(40),
  ];
  const nameWidth = Math.max(...s.actors.map((a) => a.name.length));
  const kindWidth = Math.max(...s.actors.map((a) => a.kind.length));
  const titles = s.actors.flatMap((a) => a.offices.map((o) => o.title + (o.acting ? " (acting)" : "")));
  const titleWidth = Math.max(0, ...titles.map((t) => t.length));
  for (const a of s.actors) {
    out.push(`${a.name.padEnd(nameWidth)}  ${a.kind.padEnd(kindWidth)}  ${a.country.padEnd(3)} ${a.id}`);
    for (const o of a.offices) out.push(`    ${(o.title + (o.acting ? " (acting)" : "")).padEnd(titleWidth)}  ${holdingDates(o)}`);
  }
  out.push("", `── places (${c.places}), with the names each side uses ` + "─".repeat(20));
  for (const p of s.places) {
    const control = [p.disputed ? "disputed" : "", p.administeredBy ? `administered by ${p.administeredBy}` : "", p.claimedBy.length ? `claimed by ${p.claimedBy.join(", ")}` : ""];
    out.push(`${p.name} (${[p.kind, ...control].filter(Boolean).join("; ")})`);
    for (const [side, names] of Object.entries(p.names)) {
      wrap(`${side}: ${names.join(", ")}`, width - 4, Infinity).forEach((line, i) => out.push(`${i ? "        " : "    "}${line}`));
    }
  }
  out.push("", `── events (${c.events}), by date ` + "─".repeat(40));
  const when = (e: PackSummary["events"][number]): string => (e.end ? `${e.date} – ${e.end}` : e.date);
  const whenWidth = Math.max(0, ...s.events.map((e) => when(e).length));
  for (const e of s.events) {
    const head = `${when(e).padEnd(whenWidth)}  ${e.kind.padEnd(8)}  `;
    out.push(head + clip(`${e.name} — ${e.description}`, width - head.length));
  }
  return out.join("\n") + "\n";
}
