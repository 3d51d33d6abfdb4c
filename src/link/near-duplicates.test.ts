import { test } from "node:test";
import assert from "node:assert/strict";
import type { Doc } from "../core/doc.js";
import { bandKeys, signature } from "./minhash.js";
import { changesOf, isCopy, linkable, overlap, type DocSketch } from "./near-duplicates.js";
import { DOC_BAND_ROWS, DOC_BANDS } from "./link-tuning.js";
import { page, type PageName } from "./link-test-kit.js";
import { shingles } from "./words.js";

// Near-duplicates on real pages: the measure, the rule, the LSH keys that find candidates, and what a copy changed.

const sketch = (d: Doc): DocSketch => ({ id: d.id, title: d.meta.title?.value ?? null, shingles: shingles(d.text) });
const sketchOf = async (name: PageName): Promise<DocSketch> => sketch(await page(name));
const keys = (s: DocSketch): Set<string> => new Set(bandKeys(signature(s.shingles, DOC_BANDS * DOC_BAND_ROWS), DOC_BANDS, DOC_BAND_ROWS));
const sharedKeys = (a: DocSketch, b: DocSketch): number => [...keys(a)].filter((k) => keys(b).has(k)).length;

test("an agency story on two sites is a copy, found by shared band keys", async () => {
  const [a, b] = [await sketchOf("efe"), await sketchOf("efeCopy")];
  assert.ok(linkable(a) && linkable(b));
  const o = overlap(a, b);
  assert.ok(isCopy(o), JSON.stringify(o));
  assert.ok(o.containment < 0.95, "the sites edited the story");
  assert.ok(sharedKeys(a, b) >= 1);
  // the signatures agree on about the share of shingles the texts share
  const [sa, sb] = [signature(a.shingles, 256), signature(b.shingles, 256)];
  const agree = sa.filter((x, i) => x === sb[i]).length / 256;
  assert.ok(Math.abs(agree - o.jaccard) < 0.12, `agreement ${agree} vs Jaccard ${o.jaccard}`);
});

test("articles on the same story by different outlets are not copies and rarely meet in a band", async () => {
  const names: PageName[] = ["seed0", "seed1", "seed3", "seed4", "homeDepotA", "homeDepotB"];
  const sketches = await Promise.all(names.map(sketchOf));
  for (let i = 0; i < sketches.length; i++) {
    for (let j = i + 1; j < sketches.length; j++) {
      const o = overlap(sketches[i]!, sketches[j]!);
      assert.equal(isCopy(o), false, `${names[i]} / ${names[j]}: ${JSON.stringify(o)}`);
      // two seeds quote the same ministry statement (Jaccard 0.04): a candidate at most, which the rule rejects
      assert.ok(sharedKeys(sketches[i]!, sketches[j]!) <= 1, `${names[i]} / ${names[j]}`);
    }
  }
});

test("what a copy changed: retitled and cut by the other site; the same text without a title changed nothing", async () => {
  const [efe, copy] = [await sketchOf("efe"), await sketchOf("efeCopy")];
  const changes = changesOf(copy, efe);
  assert.deepEqual(changes.map((c) => c.kind), ["retitled", "trimmed", "extended"]);
  assert.match(changes[1]!.detail, /^keeps \d+% of the original's text$/);
  const [nyt, bare] = [await sketchOf("nyt"), await sketchOf("nytUndated")];
  assert.equal(bare.title, null);
  assert.deepEqual(changesOf(bare, nyt), []);
  assert.equal(overlap(bare, nyt).containment, 1);
});

test("shingles ignore case and punctuation but not word order", () => {
  const a = shingles("Moscow and Tokyo have failed to sign a peace treaty, officials said.");
  const b = shingles("MOSCOW and Tokyo have failed to sign a peace treaty — officials said");
  const c = shingles("Tokyo and Moscow have failed to sign a peace treaty, officials said.");
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
  assert.equal(a.length, 12 - 5 + 1);
});
