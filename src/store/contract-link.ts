// The contract of the link stage's storage: near-duplicate groups, index keys, dates set by the link pass, merged
// statements and events. Each backend's test file calls linkContract() with a way to open a fresh, empty store.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Doc } from "../core/doc.js";
import type { Published } from "../core/types.js";
import type { EntityRef, Extraction, SaidOn, Statement, TextEvent } from "../extract/types.js";
import { seedDoc } from "./contract.js";
import { statementId } from "./ids.js";
import { eventId, type DocumentLink, type Store } from "./store.js";

const PESKOV: EntityRef = { key: "pack:peskov", name: "Dmitry Peskov", kind: "person", country: "RU", actorId: "peskov" };
const ZAKHAROVA: EntityRef = { key: "pack:zakharova", name: "Maria Zakharova", kind: "person", country: "RU", actorId: "zakharova" };

const at = (doc: Doc, words: string): { start: number; end: number } => {
  const start = doc.text.indexOf(words);
  assert.ok(start >= 0, `'${words}' is in ${doc.source}`);
  return { start, end: start + words.length };
};

const saidOn = (date: string | null, expr: SaidOn["expr"] = null): SaidOn => ({
  date, precision: date ? "day" : null, basis: date ? "test date" : "no date", ruleId: "test/said-on", expr,
});

/** A seed document carrying one statement (real words of the page) and, optionally, events. */
function docWith(index: number, words: string, speaker: EntityRef, said: SaidOn, events: Omit<TextEvent, "start" | "end" | "text">[] = [], eventWords: string[] = []): Doc {
  const doc = seedDoc(index);
  const span = at(doc, words);
  const statement: Statement = {
    kind: "indirect", text: words, ...span,
    speaker: { entity: speaker, mention: { ...span, text: words }, ruleId: "test/speaker" },
    cue: { ...span, text: words }, sentence: 0, saidOn: said,
    stance: { stance: "neutral", cues: [], onTopic: true, ruleId: "test/stance" }, ruleId: "test/statement",
  };
  const extraction: Extraction = {
    sentences: [], mentions: [], times: [], statements: [statement],
    events: events.map((e, i) => ({ ...e, ...at(doc, eventWords[i]!), text: eventWords[i]! })),
  };
  doc.data.extract = extraction;
  return doc;
}

const dayDate = (date: string, basis: string): Published => ({ date, precision: "day", basis, ruleId: "test/date", inferred: false });

function link(doc: Doc, original: Doc, role: DocumentLink["role"], similarity: number): DocumentLink {
  return {
    documentId: doc.id, groupId: `g_${original.id.slice(2)}`, originalId: original.id, role, similarity,
    changes: role === "copy" ? [{ kind: "trimmed", detail: "keeps 80% of the original's text" }] : [],
    ownPublished: doc.meta.published, ruleId: "link/near-duplicate",
  };
}

export function linkContract(name: string, open: () => Promise<Store>): void {
  test(`${name}: document groups: links, pages, the original first, duplicateOf on every document read`, async () => {
    const store = await open();
    try {
      const docs = [0, 1, 2, 3, 4].map((i) => seedDoc(i));
      for (const d of docs) await store.putDocument(d);
      const [a, b, c, d] = docs as [Doc, Doc, Doc, Doc];
      await store.replaceDocumentLinks([], [link(a, a, "original", 1), link(b, a, "copy", 0.8), link(c, c, "original", 1), link(d, c, "copy", 0.9)]);
      assert.equal(await store.countDocumentGroups(), 2);
      const first = await store.listDocumentGroups({ limit: 1 });
      assert.equal(first.rows.length, 1);
      assert.ok(first.next);
      const second = await store.listDocumentGroups({ limit: 1, after: first.next });
      assert.equal(second.next, null);
      const ids = [first.rows[0]!.id, second.rows[0]!.id];
      assert.deepEqual(ids, [`g_${a.id.slice(2)}`, `g_${c.id.slice(2)}`].sort());
      const group = (await store.getDocumentGroup(`g_${a.id.slice(2)}`))!;
      assert.deepEqual(group.members.map((m) => [m.documentId, m.role]), [[a.id, "original"], [b.id, "copy"]]);
      assert.equal(group.members[1]!.document.title, b.meta.title!.value);
      assert.deepEqual(group.members[1]!.changes, [{ kind: "trimmed", detail: "keeps 80% of the original's text" }]);
      assert.deepEqual(group.members[1]!.ownPublished, b.meta.published);
      assert.equal((await store.getDocument(b.id))!.duplicateOf, a.id);
      assert.equal((await store.getDocument(a.id))!.duplicateOf, null);
      const listed = new Map((await store.listDocuments()).map((r) => [r.id, r.duplicateOf]));
      assert.equal(listed.get(d.id), c.id);
      const streamed = new Map<string, string | null>();
      for await (const x of store.iterateDocuments()) streamed.set(x.id, x.duplicateOf);
      assert.deepEqual(streamed, listed);
      assert.deepEqual((await store.getDocumentLinks([b.id, docs[4]!.id])).map((l) => l.documentId), [b.id]);
      // regrouping replaces: c and d become copies of a, and c's old group is gone
      await store.replaceDocumentLinks([c.id, d.id], [link(a, a, "original", 1), link(b, a, "copy", 0.8), link(c, a, "copy", 0.7), link(d, a, "copy", 0.7)]);
      assert.equal(await store.countDocumentGroups(), 1);
      assert.equal((await store.getDocumentGroup(`g_${a.id.slice(2)}`))!.members.length, 4);
      assert.equal(await store.getDocumentGroup(`g_${c.id.slice(2)}`), null);
    } finally {
      await store.close();
    }
  });

  test(`${name}: link keys: items sharing a key are found, per kind, and putting keys again replaces them`, async () => {
    const store = await open();
    try {
      const [a, b] = [seedDoc(0), seedDoc(1)];
      await store.putDocument(a);
      await store.putDocument(b);
      await store.putLinkKeys("document", [
        { itemId: a.id, documentId: a.id, keys: ["0:x", "1:y"] },
        { itemId: b.id, documentId: b.id, keys: ["0:x", "1:z"] },
      ]);
      await store.putLinkKeys("statement", [{ itemId: "s_1", documentId: a.id, keys: ["0:x"] }]);
      const found = await store.findLinkKeys("document", ["0:x", "1:z", "9:none"]);
      assert.deepEqual(found.map((f) => `${f.key} ${f.itemId}`).sort(), [`0:x ${a.id}`, `0:x ${b.id}`, `1:z ${b.id}`].sort());
      await store.putLinkKeys("document", [{ itemId: b.id, documentId: b.id, keys: ["2:w"] }]);
      assert.deepEqual((await store.findLinkKeys("document", ["0:x"])).map((f) => f.itemId), [a.id]);
      assert.deepEqual((await store.findLinkKeys("statement", ["0:x"])).map((f) => f.itemId), ["s_1"]);
      assert.deepEqual(await store.findLinkKeys("document", []), []);
    } finally {
      await store.close();
    }
  });

  test(`${name}: dates set by the link pass reach the document, its statements and its events`, async () => {
    const store = await open();
    try {
      const doc = docWith(4, "we do not intend to continue negotiations with Japan on the peace treaty", ZAKHAROVA, saidOn(null, { shift: { unit: "day", n: 0 } }),
        [{ sentence: 0, date: null, precision: null, basis: "'the day' — read against no date known for the article yet", expr: { shift: { unit: "day", n: 0 } }, actors: [ZAKHAROVA.key], packEventId: null, ruleId: "test/event" }],
        ["Russian Foreign Ministry Spokeswoman Maria Zakharova"]);
      await store.putDocument(doc);
      const x = doc.data.extract as Extraction;
      const [sid, eid] = [statementId(doc.id, x.statements[0]!), eventId(doc.id, x.events![0]!)];
      const wire: Published = { date: "2023-02-10", precision: "day", basis: "wire copy of d_x published 2023-02-10", ruleId: "published/wire-copy", inferred: true };
      await store.updateDates([{
        documentId: doc.id, published: wire,
        statements: [{ id: sid, saidOn: { ...saidOn("2023-02-10"), expr: { shift: { unit: "day", n: 0 } } } }],
        events: [{ id: eid, date: "2023-02-10", precision: "day", basis: "the day — read against inferred date 2023-02-10" }],
      }]);
      const back = (await store.getDocument(doc.id))!;
      assert.deepEqual(back.published, wire);
      assert.deepEqual(back.meta.published, wire);
      assert.equal((await store.listDocuments())[0]!.published.date, "2023-02-10");
      const said = (await store.listStatements({ from: "2023-02", to: "2023-02" })).rows;
      assert.deepEqual(said.map((s) => [s.id, s.saidOn.date, s.saidOn.expr]), [[sid, "2023-02-10", { shift: { unit: "day", n: 0 } }]]);
      const events = (await store.listEvents({ from: "2023" })).rows;
      assert.deepEqual(events.map((e) => [e.id, e.date, e.precision, e.basis]), [[eid, "2023-02-10", "day", "the day — read against inferred date 2023-02-10"]]);
    } finally {
      await store.close();
    }
  });

  test(`${name}: merged statements: one row per group with every source, filters, pages and counts`, async () => {
    const store = await open();
    try {
      const a = docWith(0, "any dialogue with Japan on a peace agreement is currently unfeasible", PESKOV, saidOn("2025-05-05"));
      const b = docWith(1, "We are also in favour of concluding a peace treaty with Japan", PESKOV, saidOn("2025-05-05"));
      const c = docWith(4, "we do not intend to continue negotiations with Japan on the peace treaty", ZAKHAROVA, saidOn("2023-02-10"));
      a.meta.published = dayDate("2025-05-05", "test");
      b.meta.published = dayDate("2025-05-06", "test");
      for (const d of [a, b, c]) await store.putDocument(d);
      const all = (await store.listStatements()).rows;
      const [sa, sb, sc] = [a, b, c].map((d) => all.find((s) => s.documentId === d.id)!);
      assert.deepEqual((await store.getStatements([sb!.id, sa!.id])).map((s) => s.id).sort(), [sa!.id, sb!.id].sort());
      assert.equal(await store.countMergedStatements(), 3);
      await store.replaceStatementLinks([], [
        { statementId: sa!.id, groupId: sa!.id, documentId: a.id, similarity: 1, ruleId: "link/same-statement" },
        { statementId: sb!.id, groupId: sa!.id, documentId: b.id, similarity: 0.7, ruleId: "link/same-statement" },
      ]);
      assert.equal(await store.countMergedStatements(), 2);
      assert.deepEqual((await store.getStatementLinks([sb!.id])).map((l) => [l.statementId, l.groupId]).sort(), [[sa!.id, sa!.id], [sb!.id, sa!.id]].sort());
      assert.deepEqual(await store.getStatementLinks([sc!.id]), []);
      const merged = (await store.listMergedStatements()).rows;
      assert.deepEqual(merged.map((m) => m.id), [sc!.id, sa!.id]); // said_on order
      assert.deepEqual(merged[1]!.sources.map((x) => [x.statementId, x.documentId, x.start, x.end, x.text]), [
        [sa!.id, a.id, sa!.start, sa!.end, sa!.text],
        [sb!.id, b.id, sb!.start, sb!.end, sb!.text],
      ]);
      assert.deepEqual(merged[0]!.sources.map((x) => x.documentId), [c.id]);
      // a document filter finds the group through any of its reports
      assert.deepEqual((await store.listMergedStatements({ documentId: b.id })).rows.map((m) => m.id), [sa!.id]);
      assert.deepEqual((await store.listMergedStatements({ speakers: [ZAKHAROVA.key] })).rows.map((m) => m.id), [sc!.id]);
      const page = await store.listMergedStatements({ limit: 1 });
      assert.deepEqual(page.rows.map((m) => m.id), [sc!.id]);
      const rest = await store.listMergedStatements({ limit: 1, after: page.next! });
      assert.deepEqual([rest.rows.map((m) => m.id), rest.next], [[sa!.id], null]);
      const streamed: string[] = [];
      for await (const m of store.iterateMergedStatements()) streamed.push(`${m.id}:${m.sources.length}`);
      assert.deepEqual(streamed.sort(), [`${sa!.id}:2`, `${sc!.id}:1`].sort());
      // replacing with no links splits the group again
      await store.replaceStatementLinks([sa!.id, sb!.id], []);
      assert.equal(await store.countMergedStatements(), 3);
    } finally {
      await store.close();
    }
  });

  test(`${name}: events are stored with their document and listed by date, actor, document and pack event`, async () => {
    const store = await open();
    try {
      const event = (date: string | null, actors: string[], packEventId: string | null): Omit<TextEvent, "start" | "end" | "text"> => ({
        sentence: 0, date, precision: date ? (date.length === 4 ? "year" : "day") : null, basis: "test", expr: null, actors, packEventId, ruleId: "test/event",
      });
      const doc = docWith(3, "Our main goal is not to give or receive anything, but to sign a peace treaty", PESKOV, saidOn(null),
        [event("1956", ["pack:japan", "pack:ussr"], "joint-declaration-1956"), event(null, [PESKOV.key], null), event("2018-11-14", [PESKOV.key, "pack:japan"], null)],
        ["the 1956 declaration", "Kremlin spokesman Dmitry Peskov", "Later this month"]);
      await store.putDocument(doc);
      await store.putDocument(seedDoc(0));
      assert.equal(await store.countEvents(), 3);
      assert.equal(await store.countEventDocuments("joint-declaration-1956"), 1);
      assert.equal(await store.countEventDocuments("no-such-event"), 0);
      assert.deepEqual((await store.listEvents({ unnamed: true })).rows.map((e) => e.date), ["2018-11-14", null]);
      const all = (await store.listEvents()).rows;
      assert.deepEqual(all.map((e) => e.date), ["1956", "2018-11-14", null]);
      assert.deepEqual(all[0]!.actors, ["pack:japan", "pack:ussr"]);
      assert.equal(all[0]!.text, "the 1956 declaration");
      assert.equal(doc.text.slice(all[0]!.start, all[0]!.end), "the 1956 declaration");
      assert.equal(all[0]!.document.title, doc.meta.title!.value);
      assert.deepEqual((await store.listEvents({ actors: ["pack:japan"] })).rows.map((e) => e.date), ["1956", "2018-11-14"]);
      assert.deepEqual((await store.listEvents({ from: "2000", to: "2018-11" })).rows.map((e) => e.date), ["2018-11-14"]);
      assert.deepEqual((await store.listEvents({ packEventId: "joint-declaration-1956" })).rows.length, 1);
      assert.equal((await store.listEvents({ documentId: seedDoc(0).id })).rows.length, 0);
      // words, whatever their case; pattern characters are literal
      assert.deepEqual((await store.listEvents({ text: "1956 Declaration" })).rows.map((e) => e.date), ["1956"]);
      assert.deepEqual((await store.listEvents({ text: "1956%" })).rows, []);
      const first = await store.listEvents({ limit: 2 });
      const rest = await store.listEvents({ limit: 2, after: first.next! });
      assert.deepEqual([...first.rows, ...rest.rows].map((e) => e.id), all.map((e) => e.id));
      assert.equal(rest.next, null);
      // a document naming the pack event twice is one more document naming it
      const twice = docWith(1, "We are also in favour of concluding a peace treaty with Japan", PESKOV, saidOn(null),
        [event("1956", [], "joint-declaration-1956"), event("1956", [], "joint-declaration-1956")], ["a peace treaty", "Japan"]);
      await store.putDocument(twice);
      assert.equal((await store.listEvents({ packEventId: "joint-declaration-1956" })).rows.length, 3);
      assert.equal(await store.countEventDocuments("joint-declaration-1956"), 2);
    } finally {
      await store.close();
    }
  });
}
