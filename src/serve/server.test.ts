import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPack } from "../core/pack.js";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";
import { startServer } from "./server.js";
import { ingestedStore } from "./test-kit.js";

// The server warms before it listens: the first visitor of the story or of a busy actor finds them drawn.

/** The store, counting the calls of each method. */
function counting(store: Store, calls: Map<string, number>): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.set(String(prop), (calls.get(String(prop)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

test("the story's pass over the store and the charts of the actors in its lanes are made before the port opens", async () => {
  const store = await openStore(await ingestedStore(), { readonly: true });
  const calls = new Map<string, number>();
  const logs: string[] = [];
  const server = await startServer({ store: counting(store, calls), pack: loadPack(), log: (l) => logs.push(l) }, { host: "127.0.0.1", port: 0 });
  try {
    assert.equal(calls.get("speakerCountries"), 1, "the story's pass ran once, before listening");
    const story = (await (await fetch(new URL("index.json", server.url))).json()) as { lanes: { key: string }[] };
    assert.ok(story.lanes.length >= 5);
    calls.clear();
    assert.equal((await fetch(server.url)).status, 200);
    for (const lane of story.lanes) {
      const res = await fetch(new URL(`actors/${encodeURIComponent(lane.key)}`, server.url));
      assert.equal(res.status, 200, lane.key);
      assert.match(await res.text(), /<svg/);
    }
    assert.equal(calls.get("speakerCountries"), undefined, "the story is not computed again");
    // each actor page still reads its first page of statements; its chart (a read of the whole series) is ready
    assert.equal(calls.get("listMergedStatements"), story.lanes.length);
    assert.deepEqual(logs, []);
  } finally {
    await server.close();
    await store.close();
  }
});
