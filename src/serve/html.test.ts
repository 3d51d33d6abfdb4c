import { test } from "node:test";
import assert from "node:assert/strict";
import { escapeHtml, html, safeHref, trusted } from "./html.js";

test("escapeHtml turns every character that can open markup or close an attribute into a reference", () => {
  assert.equal(escapeHtml(`<img src=x onerror="alert('1')">&\``), "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;&#96;");
  assert.equal(escapeHtml("Kuril Islands — 1956"), "Kuril Islands — 1956");
});

test("html escapes interpolations, keeps nested html, joins lists and prints nothing for null and booleans", () => {
  const name = `"><script>alert(1)</script>`;
  const out = html`<a title="${name}">${name}</a>${[html`<b>${"<i>"}</b>`, "&"]}${null}${false}${undefined}${3}`;
  assert.equal(
    out.value,
    `<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a><b>&lt;i&gt;</b>&amp;3`,
  );
  assert.equal(html`${trusted("<svg></svg>")}`.value, "<svg></svg>");
});

test("safeHref links http(s) only: javascript:, data: and relative junk are refused", () => {
  const cases: [string | null, string | null][] = [
    ["https://tass.com/politics/1574551", "https://tass.com/politics/1574551"],
    ["http://example.org/a b", "http://example.org/a%20b"],
    ["javascript:alert(1)", null],
    [" JavaScript:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["/relative/path", null],
    [null, null],
  ];
  for (const [given, want] of cases) assert.equal(safeHref(given), want, String(given));
});
