// The contract every Store implementation passes. Each backend's test file calls storeContract() with a way to
// open a fresh, empty store.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createDoc, type Doc } from "../core/doc.js";
import { sharedPath } from "../core/paths.js";
import type { Store } from "./store.js";

/** A document made from a real seed page, with its text taken as is (storage does not care how it was cleaned). */
export function seedDoc(index: number): Doc {
  const dir = sharedPath("seeds");
  const name = readdirSync(dir).sort()[index]!;
  const body = readFileSync(`${dir}/${name}`);
  const doc = createDoc({ source: `seeds/${name}`, url: null, kind: "text", body, charset: "utf-8", crawledAt: null, given: {} });
  doc.input = body.toString("utf8");
  doc.text = doc.input.trim();
  doc.meta.title = { value: doc.text.split("\n")[0]!, basis: "first line", ruleId: "test/first-line" };
  doc.meta.published = { date: "2023-02", precision: "month", basis: "test", ruleId: "test/date", inferred: true };
  doc.removed = [{ text: "Open in app", ruleId: "text/app-prompt", line: 3 }];
  return doc;
}

export function storeContract(name: string, open: () => Promise<Store>): void {
  test(`${name}: a stored document reads back whole`, async () => {
    const store = await open();
    try {
      const doc = seedDoc(4);
      assert.equal(await store.putDocument(doc), "inserted");
      const back = await store.getDocument(doc.id);
      assert.ok(back);
      assert.equal(back.text, doc.text);
      assert.equal(back.title, doc.meta.title!.value);
      assert.deepEqual(back.published, doc.meta.published);
      assert.deepEqual(back.removed, doc.removed);
      assert.equal(await store.countDocuments(), 1);
    } finally {
      await store.close();
    }
  });

  test(`${name}: storing the same content twice changes nothing`, async () => {
    const store = await open();
    try {
      assert.equal(await store.putDocument(seedDoc(0)), "inserted");
      assert.equal(await store.putDocument(seedDoc(0)), "unchanged");
      assert.equal(await store.hasHash(seedDoc(0).hash), true);
      assert.equal(await store.hasHash(seedDoc(1).hash), false);
      assert.equal(await store.countDocuments(), 1);
    } finally {
      await store.close();
    }
  });

  test(`${name}: full-text search finds words and phrases, with marked snippets`, async () => {
    const store = await open();
    try {
      for (let i = 0; i < 5; i++) await store.putDocument(seedDoc(i));
      const hits = (await store.search("Zakharova briefing")).hits;
      assert.equal(hits.length, 1);
      assert.equal(hits[0]!.id, seedDoc(4).id);
      assert.match(hits[0]!.snippet, /\*\*Zakharova\*\*/);
      assert.ok((await store.search('"peace treaty"')).hits.length >= 4);
      // query syntax characters are taken literally, not as operators
      assert.ok((await store.search("Russia-Japan")).hits.length >= 1);
      assert.deepEqual((await store.search("NEAR( AND")).hits, []);
      assert.deepEqual((await store.search("   ")).hits, []);
    } finally {
      await store.close();
    }
  });

  test(`${name}: search ranks a window of the matches stored last, and says when more match`, async () => {
    const store = await open();
    try {
      for (let i = 0; i < 5; i++) await store.putDocument(seedDoc(i));
      const all = await store.search('"peace treaty"', { limit: 10 });
      assert.equal(all.windowed, false);
      const stored: string[] = [];
      for await (const d of store.iterateDocuments()) stored.push(d.id);
      const matching = stored.filter((id) => all.hits.some((h) => h.id === id));
      assert.ok(matching.length >= 4);
      const cut = await store.search('"peace treaty"', { limit: 10, window: 2 });
      assert.equal(cut.windowed, true);
      assert.deepEqual(cut.hits.map((h) => h.id).sort(), matching.slice(-2).sort());
      // best first within the window, as in the whole ranking
      assert.deepEqual(cut.hits.map((h) => h.id), all.hits.map((h) => h.id).filter((id) => matching.slice(-2).includes(id)));
      const exact = await store.search('"peace treaty"', { limit: 1, window: matching.length });
      assert.equal(exact.windowed, false);
      assert.equal(exact.hits.length, 1);
    } finally {
      await store.close();
    }
  });

  test(`${name}: lists, pages and prefixes`, async () => {
    const store = await open();
    try {
      for (let i = 0; i < 5; i++) await store.putDocument(seedDoc(i));
      const all = await store.listDocuments();
      assert.equal(all.length, 5);
      assert.equal((await store.listDocuments({ limit: 2, offset: 4 })).length, 1);
      const streamed: string[] = [];
      for await (const d of store.iterateDocuments()) streamed.push(d.id);
      assert.deepEqual(streamed, all.map((d) => d.id));
      const id = all[0]!.id;
      assert.deepEqual(await store.matchIds(id.slice(0, 6), 2), [id].concat(all.filter((d) => d.id !== id && d.id.startsWith(id.slice(0, 6))).map((d) => d.id)).slice(0, 2));
      assert.deepEqual(await store.matchIds("d_zzzz", 2), []);
    } finally {
      await store.close();
    }
  });

  test(`${name}: snippets are a passage around the match, marked where they were cut`, async () => {
    const store = await open();
    try {
      for (let i = 0; i < 5; i++) await store.putDocument(seedDoc(i));
      const [hit] = (await store.search("Zakharova briefing")).hits;
      assert.ok(hit);
      // the words are in the middle of a long text: cut on both sides
      assert.match(hit.snippet, /^….*\*\*(Zakharova|briefing)\*\*.*…$/s);
      assert.ok(hit.snippet.replaceAll("**", "").length < 400, "a passage, not the whole text");
    } finally {
      await store.close();
    }
  });

  test(`${name}: search reads words the same in every script: case, diacritics and punctuation between words`, async () => {
    const store = await open();
    try {
      const doc = seedDoc(3);
      doc.text += "\n\nIn a café in Zürich the Russia–Japan treaty came up; МОСКВА answered Japan’s note.";
      await store.putDocument(doc);
      await store.putDocument(seedDoc(1));
      for (const query of ["zurich", "ZÜRICH", "Cafe", "москва", "Russia Japan", '"russia japan treaty"', "Japan's note"]) {
        assert.ok((await store.search(query)).hits.some((h) => h.id === doc.id), query);
      }
      assert.deepEqual((await store.search("zurich москва")).hits.map((h) => h.id), [doc.id]);
      assert.match((await store.search("москва")).hits[0]!.snippet, /\*\*МОСКВА\*\*/);
    } finally {
      await store.close();
    }
  });

  test(`${name}: a document that cannot be stored leaves nothing behind`, async () => {
    const store = await open();
    try {
      const doc = seedDoc(1);
      // an unserialisable field makes the write fail
      (doc.meta as unknown as { loop: unknown }).loop = doc.meta;
      await assert.rejects(store.putDocument(doc));
      assert.equal(await store.countDocuments(), 0);
      assert.equal(await store.hasHash(doc.hash), false);
      assert.deepEqual((await store.search("Peskov")).hits, []);
    } finally {
      await store.close();
    }
  });

  test(`${name}: documents stored together are stored all or none, with one result each in order`, async () => {
    const store = await open();
    try {
      assert.equal(await store.putDocument(seedDoc(0)), "inserted");
      // stored already, new, new, and the same content again in the same call
      assert.deepEqual(await store.putDocuments([seedDoc(0), seedDoc(1), seedDoc(2), seedDoc(1)]), ["unchanged", "inserted", "inserted", "unchanged"]);
      assert.equal(await store.countDocuments(), 3);
      const broken = seedDoc(4);
      (broken.meta as unknown as { loop: unknown }).loop = broken.meta;
      await assert.rejects(store.putDocuments([seedDoc(3), broken]));
      assert.equal(await store.hasHash(seedDoc(3).hash), false, "the document before the broken one is not kept either");
      assert.equal(await store.countDocuments(), 3);
    } finally {
      await store.close();
    }
  });

  test(`${name}: text with control characters keeps every offset`, async () => {
    const store = await open();
    try {
      const doc = seedDoc(0);
      // U+0000 turns up in badly decoded pages; PostgreSQL cannot hold it and stores U+FFFD in its place
      doc.text = `${doc.text.slice(0, 10)}\0${doc.text.slice(10)}`;
      assert.equal(await store.putDocument(doc), "inserted");
      const back = (await store.getDocument(doc.id))!;
      assert.equal(back.text.length, doc.text.length);
      assert.equal(back.text.slice(11), doc.text.slice(11));
      assert.match(back.text[10]!, /^[\0\uFFFD]$/);
    } finally {
      await store.close();
    }
  });
}
