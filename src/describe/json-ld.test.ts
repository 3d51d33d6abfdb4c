import { test } from "node:test";
import assert from "node:assert/strict";
import { flattenJsonLd, jsonLdStrings, jsonLdTypes, parseJsonLd } from "./json-ld.js";

test("parseJsonLd repairs trailing commas, raw control characters and wrappers, and gives up otherwise", () => {
  assert.deepEqual(parseJsonLd('{"a": [1, 2,], }'), { a: [1, 2] });
  assert.deepEqual(parseJsonLd('<!-- {"headline": "A\tB"} -->'), { headline: "A B" });
  assert.deepEqual(parseJsonLd('//<![CDATA[\n{"a": 1}\n//]]>'), { a: 1 });
  assert.equal(parseJsonLd("{ broken"), null);
  assert.equal(parseJsonLd("   "), null);
});

test("flattenJsonLd lists graph members and array items in page order", () => {
  const value = [{ "@context": "x", "@graph": [{ "@type": "A" }, [{ "@type": "B" }]] }, { "@type": "C", "@graph": [{ "@type": "D" }] }];
  assert.deepEqual(flattenJsonLd(value).map((o) => o["@type"]), ["A", "B", "C", "D"]);
});

test("types and string fields in their several shapes", () => {
  assert.deepEqual(jsonLdTypes({ "@type": ["NewsArticle", "http://schema.org/Article"] }), ["NewsArticle", "Article"]);
  assert.deepEqual(jsonLdStrings([{ "@type": "Person", name: "A" }, "B", { "@value": "C" }, 4]), ["A", "B", "C"]);
});
