import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPack } from "../core/pack.js";
import type { EventRow, MergedStatement } from "../store/store.js";
import { mergeTimeline } from "./timeline-merge.js";
import { packEntries } from "./timeline-pack.js";
import { timeline } from "./timeline.js";
import type { EventEntry, StatementEntry, TimelineEntry } from "./timeline-types.js";
import { all, withSeedStore } from "./views-test-kit.js";

const pack = loadPack();
const statementsOf = (t: TimelineEntry[]) => t.filter((e): e is StatementEntry => e.type === "statement");
const eventsOf = (t: TimelineEntry[]) => t.filter((e): e is EventEntry => e.type === "event");

test("timeline of the seeds: ordered by when things happened, each with its precision, basis and sources", async () => {
  const t = await withSeedStore((store) => all(timeline(store, pack)));
  for (let i = 1; i < t.length; i++) assert.ok(t[i - 1]!.date <= t[i]!.date, `${t[i - 1]!.date} before ${t[i]!.date}`);
  for (const e of t) {
    assert.ok(e.precision, `${e.id} has a precision`);
    assert.ok(e.basis, `${e.id} has a basis`);
    if (e.type === "statement") assert.ok(e.sources.length >= 1);
  }
  // said_on orders the entries, not publication: Putin's 2018 proposal comes before the TASS report of 2023
  const proposal = statementsOf(t).find((s) => /without preconditions/.test(s.text))!;
  assert.equal(proposal.date, "2018");
  assert.equal(proposal.precision, "year");
  const closed2022 = statementsOf(t).find((s) => s.date === "2022-03" && s.speaker.name === "Russian Foreign Ministry");
  assert.ok(closed2022, "the ministry's March 2022 decision, reported in 2023, sits in March 2022");
  assert.equal(closed2022.sources[0]!.outlet, "TASS");
  assert.ok(t.indexOf(proposal) < t.indexOf(closed2022));
});

test("timeline of the seeds: pack events come with the documents that name them; text events only where nothing else tells them", async () => {
  const t = await withSeedStore((store) => all(timeline(store, pack)));
  const events = eventsOf(t);
  const declaration = events.find((e) => e.packEventId === "joint-declaration-1956")!;
  assert.equal(declaration.origin, "pack");
  assert.equal(declaration.date, "1956-10-19");
  assert.equal(new Set(declaration.sources.map((s) => s.document)).size, 2, "named by two of the pages");
  const mfa = events.find((e) => e.packEventId === "mfa-statement-2022")!;
  assert.deepEqual(mfa.sources.map((s) => s.outlet), ["TASS"]);
  // "In March 2022, the ministry announced …" tells the pack event: it is no entry of its own
  assert.ok(!events.some((e) => e.origin === "text" && /^In March 2022/.test(e.text)));
  const rally = events.find((e) => e.date === "2023-02-07")!;
  assert.equal(rally.origin, "text");
  assert.match(rally.text, /rally/);
  // "… Zakharova told a briefing on Friday" is her statement being made: the statement is the entry
  assert.ok(!events.some((e) => e.origin === "text" && /told a briefing/.test(e.text)));
  // background the pack knows, named by no document, is there too, marked by having no source
  assert.ok(events.some((e) => e.packEventId === "shimoda-treaty-1855" && e.sources.length === 0));
});

test("timeline filters: bounds at any precision, an actor, a side, a stance", async () => {
  await withSeedStore(async (store) => {
    const in2023 = await all(timeline(store, pack, { from: "2023", to: "2024-04" }));
    assert.ok(in2023.length > 0);
    for (const e of in2023) assert.ok(e.date >= "2023" && e.date < "2024-04\uffff", e.date);
    assert.ok(in2023.some((e) => e.date === "2024-04-03"), "'to 2024-04' keeps 3 April 2024");

    const peskov = await all(timeline(store, pack, { actors: ["pack:RU-PESKOV"] }));
    assert.ok(statementsOf(peskov).length >= 3);
    assert.ok(statementsOf(peskov).every((s) => s.speaker.key === "pack:RU-PESKOV"));

    const japan = await all(timeline(store, pack, { side: "JP" }));
    assert.ok(statementsOf(japan).every((s) => s.speaker.country === "JP"));
    assert.ok(eventsOf(japan).some((e) => e.date === "2023-02-07"), "the rally with Kishida and Hayashi is Japan's");
    assert.ok(!eventsOf(japan).some((e) => e.packEventId === "mfa-statement-2022"));

    const closed = await all(timeline(store, pack, { stance: "closed" }));
    assert.ok(closed.length >= 5);
    assert.ok(closed.every((e) => e.type === "statement" && e.stance === "closed"), "a stance leaves events out");
  });
});

// In-memory inputs: what the merge does with wire copies, statements' own sentences and pack events.
const doc = (id: string, outlet: string) => ({ source: `${id}.txt`, url: null, title: null, outlet, published: "2022-03-22" });
function statement(id: string, documentId: string, text: string, date: string): MergedStatement {
  return {
    id, documentId, kind: "indirect", text, start: 10, end: 10 + text.length,
    speaker: { key: "pack:RU-MFA", name: "Russian Foreign Ministry", country: "RU", kind: "institution", mention: { start: 0, end: 5, text: "ministry" }, ruleId: "t" },
    cue: { start: 0, end: 1, text: "said" }, sentence: 0, saidOn: { date, precision: "day", basis: "test", ruleId: "t" },
    stance: { stance: "closed", cues: [], onTopic: true, ruleId: "t" }, ruleId: "t", document: doc(documentId, "TASS"),
    sources: [{ statementId: id, documentId, start: 10, end: 10 + text.length, text, kind: "indirect", ...doc(documentId, "TASS") }],
  };
}
function event(id: string, documentId: string, outlet: string, text: string, date: string, packEventId: string | null = null): EventRow {
  return {
    id, documentId, start: 0, end: text.length, text, sentence: 0, date, precision: "day", basis: "test", actors: ["pack:RU-MFA"],
    packEventId, ruleId: "event/clause-time", document: doc(documentId, outlet),
  };
}
async function* from<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

test("timeline merge (in memory): wire copies become one entry, a statement's own sentence no event, pack events gather their documents", async () => {
  const said = "Russia will not continue the talks";
  const statements = [statement("s_1", "d_a", said, "2022-03-21")];
  const events = [
    event("e_1", "d_a", "TASS", `On Monday the ministry said ${said}.`, "2022-03-21"),
    event("e_2", "d_b", "Interfax", "Moscow stopped visa-free trips on Monday.", "2022-03-21"),
    event("e_3", "d_c", "RIA", "Moscow stopped visa-free trips on Monday.", "2022-03-21"),
  ];
  const named = [event("e_4", "d_d", "RT", "the statement of March 21", "2022-03-21", "mfa-statement-2022"), event("e_5", "d_e", "NHK", "that statement", "2022-03", "mfa-statement-2022")];
  const t = await all(
    mergeTimeline({
      statements: from(statements),
      events: from(events),
      packEntries: packEntries(pack, { from: "2022-03", to: "2022-03" }),
      sourcesOf: (id) => from(named.filter((e) => e.packEventId === id)),
      countSources: async (id) => new Set(named.filter((e) => e.packEventId === id).map((e) => e.documentId)).size,
      saidIn: async (ids, date) =>
        statements.filter((x) => ids.includes(x.documentId) && x.saidOn.date === date).map((x) => ({ documentId: x.documentId, text: x.text })),
    }),
  );
  assert.deepEqual(t.map((e) => e.type === "event" ? `${e.origin}:${e.id}` : `statement:${e.id}`), ["pack:pack:mfa-statement-2022", "text:e_2", "statement:s_1"]);
  const packEntry = t[0] as EventEntry;
  assert.deepEqual(packEntry.sources.map((s) => s.outlet), ["RT", "NHK"]);
  assert.equal(packEntry.sourceCount, 2);
  assert.deepEqual((t[1] as EventEntry).sources.map((s) => s.outlet), ["Interfax", "RIA"]);
  assert.equal((t[1] as EventEntry).sourceCount, 2);
  // a view that shows a few sources reads a few and counts the rest
  let read = 0;
  const limited = await all(
    mergeTimeline({
      statements: from([]),
      events: from([]),
      packEntries: packEntries(pack, { from: "2022-03", to: "2022-03" }),
      sourcesOf: async function* (id) {
        for (const e of named.filter((x) => x.packEventId === id)) (read++, yield e);
      },
      countSources: async () => 2,
      saidIn: async () => [],
      sourceLimit: 1,
    }),
  );
  assert.deepEqual((limited[0] as EventEntry).sources.map((s) => s.outlet), ["RT"]);
  assert.equal((limited[0] as EventEntry).sourceCount, 2);
  assert.equal(read, 2, "reads one past the limit to know there are more, no further");
});
