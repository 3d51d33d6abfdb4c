// The statements-and-entities part of the Store contract. Each backend's test file calls statementsContract()
// with a way to open a fresh, empty store. The seed pages go through the real pipeline with the shipped pack;
// what the store returns is checked against the extraction held in memory, only through the Store interface.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Doc } from "../core/doc.js";
import { loadPack } from "../core/pack.js";
import { sharedPath } from "../core/paths.js";
import type { Extraction, Stance } from "../extract/types.js";
import { processPage } from "../pipeline/process.js";
import { readInputs } from "../read/index.js";
import type { StatementQuery, StatementRow, Store } from "./store.js";

/** One statement as the pipeline made it: what every query result is compared with. */
interface Expected {
  ref: string;
  documentId: string;
  speaker: string;
  side: string | null;
  stance: Stance;
  said: string | null;
  text: string;
}

const refOf = (documentId: string, s: { start: number; end: number }): string => `${documentId}:${s.start}:${s.end}`;

let seeds: Promise<Doc[]> | null = null;

/** The five seed pages, read and processed once per test process (the pipeline is the slow part). */
export function seedDocs(): Promise<Doc[]> {
  seeds ??= (async () => {
    const ctx = { pack: loadPack() };
    const docs: Doc[] = [];
    for await (const item of readInputs([sharedPath("seeds")])) {
      if ("failure" in item) throw new Error(`seed unreadable: ${item.failure.source}: ${item.failure.reason}`);
      docs.push(processPage(item.page, ctx));
    }
    return docs;
  })();
  return seeds;
}

const extraction = (d: Doc): Extraction => d.data.extract as Extraction;

function expectedStatements(docs: Doc[]): Expected[] {
  return docs.flatMap((d) =>
    extraction(d).statements.map((s) => ({
      ref: refOf(d.id, s),
      documentId: d.id,
      speaker: s.speaker.entity.key,
      side: s.speaker.entity.country,
      stance: s.stance.stance,
      said: s.saidOn.date,
      text: s.text,
    })),
  );
}

/** Every row of a query, following the cursor; fails on a repeated row. */
async function allPages(store: Store, q: StatementQuery): Promise<StatementRow[]> {
  const rows: StatementRow[] = [];
  const seen = new Set<string>();
  let after: string | undefined;
  for (let page = 0; ; page++) {
    assert.ok(page < 1000, "the cursor never ends");
    const { rows: got, next } = await store.listStatements({ ...q, ...(after ? { after } : {}) });
    if (q.limit) assert.ok(got.length <= q.limit, `a page holds at most ${q.limit} rows`);
    for (const r of got) {
      assert.ok(!seen.has(r.id), `row ${r.id} came twice`);
      seen.add(r.id);
      rows.push(r);
    }
    if (!next) return rows;
    assert.ok(got.length > 0, "a page with a next cursor is not empty");
    after = next;
  }
}

const refs = (rows: StatementRow[]): string[] => rows.map((r) => refOf(r.documentId, r)).sort();
const refsOf = (rows: Expected[]): string[] => rows.map((e) => e.ref).sort();

/** The said_on bounds as the interface states them: `to` includes every date it is a prefix of. */
const within = (said: string | null, from?: string, to?: string): boolean =>
  said !== null && (!from || said >= from) && (!to || said <= to || said.startsWith(to));

async function withSeeds(open: () => Promise<Store>, fn: (store: Store, docs: Doc[], all: Expected[]) => Promise<void>): Promise<void> {
  const docs = await seedDocs();
  const store = await open();
  try {
    for (const d of docs) assert.equal(await store.putDocument(d), "inserted");
    await fn(store, docs, expectedStatements(docs));
  } finally {
    await store.close();
  }
}

export function statementsContract(name: string, open: () => Promise<Store>): void {
  test(`${name}: every extracted statement is stored once, counted, and reads back with its document`, async () => {
    await withSeeds(open, async (store, docs, all) => {
      assert.ok(all.length >= 20, `the seeds give statements (${all.length})`);
      assert.equal(await store.countStatements(), all.length);
      const countries = [...new Set(all.map((s) => s.side).filter((c): c is string => c !== null))].sort();
      assert.ok(countries.length >= 2, `the seeds quote both sides (${countries.join(", ")})`);
      assert.deepEqual(await store.speakerCountries(), countries);
      const rows = await allPages(store, {});
      assert.deepEqual(refs(rows), refsOf(all));
      const streamed: StatementRow[] = [];
      for await (const s of store.iterateStatements()) streamed.push(s);
      assert.deepEqual(refs(streamed), refsOf(all));
      const byId = new Map(docs.map((d) => [d.id, d]));
      for (const r of rows) {
        const doc = byId.get(r.documentId)!;
        assert.equal(doc.text.slice(r.start, r.end), r.text);
        assert.equal(r.document.outlet, doc.meta.outlet?.value ?? null);
        assert.equal(r.document.source, doc.source);
      }
      // in order of when they were said, undated last
      const when = rows.map((r) => r.saidOn.date ?? "~");
      assert.deepEqual(when, [...when].sort());
      assert.ok(rows.some((r) => r.saidOn.date === null) && rows.some((r) => r.saidOn.date !== null));
    });
  });

  test(`${name}: the cursor pages through without gaps or repeats, at every page size, with filters kept`, async () => {
    await withSeeds(open, async (store, _docs, all) => {
      const whole = (await store.listStatements({ limit: all.length + 10 })).rows.map((r) => r.id);
      assert.equal(whole.length, all.length);
      for (const limit of [1, 3, 7]) {
        assert.deepEqual((await allPages(store, { limit })).map((r) => r.id), whole, `pages of ${limit}`);
      }
      const first = await store.listStatements({ limit: all.length });
      assert.equal(first.next, null, "no cursor when everything fits");
      const closed = all.filter((e) => e.stance === "closed");
      assert.ok(closed.length >= 2);
      assert.deepEqual(refs(await allPages(store, { stance: "closed", limit: 1 })), refsOf(closed));
      await assert.rejects(store.listStatements({ after: "not-a-cursor" }));
    });
  });

  test(`${name}: filters by speaker, side, stance, document and words`, async () => {
    await withSeeds(open, async (store, docs, all) => {
      const check = async (q: StatementQuery, keep: (e: Expected) => boolean, label: string): Promise<void> => {
        const expected = all.filter(keep);
        assert.ok(expected.length > 0, `${label}: the seeds have such statements`);
        assert.deepEqual(refs(await allPages(store, { ...q, limit: 4 })), refsOf(expected), label);
      };
      await check({ speakers: ["pack:RU-PESKOV"] }, (e) => e.speaker === "pack:RU-PESKOV", "one speaker");
      const two = ["pack:RU-ZAKHAROVA", "pack:RU-NOZDREV"];
      await check({ speakers: two }, (e) => two.includes(e.speaker), "two speakers");
      await check({ side: "JP" }, (e) => e.side === "JP", "side");
      for (const stance of ["open", "conditional", "closed", "neutral"] as const) {
        await check({ stance }, (e) => e.stance === stance, `stance ${stance}`);
      }
      await check({ side: "RU", stance: "closed" }, (e) => e.side === "RU" && e.stance === "closed", "side and stance");
      await check({ documentId: docs[4]!.id }, (e) => e.documentId === docs[4]!.id, "document");
      await check({ text: "peace treaty" }, (e) => e.text.toLowerCase().includes("peace treaty"), "words");
      // the words are matched whatever their case, and characters special to SQL patterns are literal
      await check({ text: "Peace Treaty" }, (e) => e.text.toLowerCase().includes("peace treaty"), "words, other case");
      assert.deepEqual((await store.listStatements({ text: "100%_" })).rows, []);
      assert.deepEqual((await store.listStatements({ speakers: ["pack:NOBODY"] })).rows, []);
      assert.deepEqual((await store.listStatements({ side: "ZZ" })).rows, []);
    });
  });

  test(`${name}: said_on bounds at year, month and day precision`, async () => {
    await withSeeds(open, async (store, _docs, all) => {
      const dated = all.filter((e) => e.said !== null).map((e) => e.said!);
      const day = dated.find((d) => d.length === 10)!;
      const bounds: Array<[string | undefined, string | undefined]> = [
        [day.slice(0, 4), day.slice(0, 4)],
        [day.slice(0, 7), day.slice(0, 7)],
        [day, day],
        [day.slice(0, 4), undefined],
        [undefined, day.slice(0, 7)],
        ["2019", "2024-04"],
        [dated.sort()[0], undefined],
      ];
      for (const [from, to] of bounds) {
        const expected = all.filter((e) => within(e.said, from, to));
        const label = `from ${from ?? "-"} to ${to ?? "-"}`;
        assert.ok(expected.length > 0, `${label}: the seeds have such statements`);
        const rows = await allPages(store, { ...(from ? { from } : {}), ...(to ? { to } : {}), limit: 5 });
        assert.deepEqual(refs(rows), refsOf(expected), label);
      }
      // a day names that day only; a year includes the day
      const onDay = await allPages(store, { from: day, to: day });
      assert.ok(onDay.every((r) => r.saidOn.date === day));
      assert.ok((await allPages(store, { from: day.slice(0, 4), to: day.slice(0, 4) })).length >= onDay.length);
      assert.deepEqual((await store.listStatements({ from: "2100" })).rows, []);
      assert.deepEqual((await store.listStatements({ to: "1900" })).rows, []);
    });
  });

  test(`${name}: entities are found by part of their name, most spoken first, with their counts`, async () => {
    await withSeeds(open, async (store, docs, all) => {
      const mentions = (key: string): number =>
        docs.reduce((n, d) => n + extraction(d).mentions.filter((m) => m.entity.key === key).length, 0);
      const found = await store.findEntities("Peskov");
      assert.equal(found[0]?.key, "pack:RU-PESKOV");
      assert.deepEqual(await store.findEntities("peskov"), found, "case does not matter");
      const peskov = (await store.getEntity("pack:RU-PESKOV"))!;
      assert.deepEqual(found[0], peskov);
      assert.equal(peskov.name, "Dmitry Peskov");
      assert.equal(peskov.kind, "person");
      assert.equal(peskov.country, "RU");
      assert.equal(peskov.actorId, "RU-PESKOV");
      assert.equal(peskov.statements, all.filter((e) => e.speaker === "pack:RU-PESKOV").length);
      assert.equal(peskov.mentions, mentions("pack:RU-PESKOV"));
      assert.ok(peskov.statements > 0 && peskov.mentions > 0);

      const ministries = await store.findEntities("Ministry");
      assert.ok(ministries.length >= 2);
      assert.ok(ministries.every((e) => /ministry/i.test(e.name)));
      const spoken = ministries.map((e) => e.statements);
      assert.deepEqual(spoken, [...spoken].sort((a, b) => b - a), "most spoken first");
      assert.equal((await store.findEntities("Ministry", 1)).length, 1);
      assert.deepEqual(await store.findEntities("100%_"), []);
      assert.deepEqual(await store.findEntities("no such name anywhere"), []);
      // an entity key finds its entity too
      assert.equal((await store.findEntities("pack:RU-PESKOV"))[0]?.key, "pack:RU-PESKOV");
      assert.equal(await store.getEntity("pack:NOBODY"), null);
    });
  });
}
