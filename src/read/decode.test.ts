import assert from "node:assert/strict";
import { isUtf8 } from "node:buffer";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { sharedPath } from "../core/paths.js";
import type { RawPage } from "../core/types.js";
import { normaliseCharset } from "./charset.js";
import { decodePage } from "./decode.js";
import { readInputs } from "./inputs.js";

const page = (body: Uint8Array, kind: RawPage["kind"] = "html", charset: string | null = null): RawPage => ({
  source: "test",
  url: null,
  kind,
  body,
  charset,
  crawledAt: null,
  given: {},
});

const gz = (...p: string[]): RawPage => page(gunzipSync(readFileSync(sharedPath("data", ...p))));
const traf = (name: string): RawPage => gz("trafilatura-eval", "eval", `${name}.html.gz`);

/** The page with every `charset=` blanked out, so only detection is left. */
const undeclared = (p: RawPage): RawPage =>
  page(Buffer.from(Buffer.from(p.body).toString("latin1").replace(/charset\s*=\s*["']?[\w.:-]+/gi, (m) => " ".repeat(m.length)), "latin1"), p.kind);

async function warcPage(source: string): Promise<RawPage> {
  for await (const item of readInputs([sharedPath("data", "warc-samples", "resiliparse", "warcfile.warc.gz")])) {
    if ("page" in item && item.page.source.endsWith(source)) return item.page;
  }
  throw new Error(`no page ${source}`);
}

test("decode: windows-1251 declared by the HTTP header (Russian)", async () => {
  const d = decodePage(await warcPage("#6"));
  assert.equal(d.charset, "windows-1251");
  assert.match(d.basis, /container/);
  assert.match(d.text, /О компании - Стратегия пожарной безопасности/);
  assert.deepEqual(d.warnings, []);
});

test("decode: windows-1251 detected when nothing is declared", async () => {
  const d = decodePage(undeclared({ ...(await warcPage("#6")), charset: null }));
  assert.equal(d.charset, "windows-1251");
  assert.match(d.basis, /^no declaration; detected windows-1251/);
  assert.match(d.text, /пожарной безопасности/);
});

test("decode: a container charset the bytes contradict is refused with a warning; the page's <meta> is next", async () => {
  const p = { ...(await warcPage("#6")), charset: "utf-8" };
  const d = decodePage(p);
  assert.equal(d.charset, "windows-1251");
  assert.match(d.basis, /^declared windows-1251 by <meta http-equiv=content-type> at byte \d+$/);
  assert.match(d.warnings[0]!.reason, /^declared utf-8 by the container .*, but 18362 bytes are not UTF-8 \(only 0 well-formed sequences\); ignored$/);
  assert.match(d.text, /пожарной безопасности/);
  // Without the <meta>, detection decides, and the basis says the declaration was refused.
  const bare = decodePage({ ...undeclared(p), charset: "utf-8" });
  assert.equal(bare.charset, "windows-1251");
  assert.match(bare.basis, /^the declared utf-8 did not fit; detected windows-1251/);
});

test("decode: gb2312 by <meta http-equiv> (Chinese news, Xinhua), and by detection", () => {
  const p = traf("archive.org.he.xinhuanet.com.25340717");
  const d = decodePage(p);
  assert.equal(d.charset, "gbk"); // WHATWG decodes gb2312 with the gbk superset
  assert.match(d.basis, /^declared gb2312 by <meta http-equiv=content-type> at byte \d+$/);
  assert.match(d.text, /话剧《约定无期限》河北各市巡演结束/);
  const guessed = decodePage(undeclared(p));
  assert.equal(guessed.charset, "gb18030");
  assert.match(guessed.text, /话剧《约定无期限》河北各市巡演结束/);
});

test("decode: latin-1 (German) declared as iso-8859-1, and detected", () => {
  const p = traf("proplanta.de.erloesobergrenze");
  for (const d of [decodePage(p), decodePage(undeclared(p))]) {
    assert.equal(d.charset, "windows-1252");
    assert.match(d.text, /Bayern fordert höhere Erlösobergrenzen für Bioenergie/);
  }
});

test("decode: Polish windows-1250 and iso-8859-2, declared and detected", () => {
  const cases: [string, string, RegExp][] = [
    ["Unijne fundusze coraz bliżej. Sejm zagłosował _za_ - Polityka - rp.pl", "windows-1250", /Sejm zagłosował/],
    ["_Ziemniaki na szóstej, surówka na dziesiątej_. Jak pomagać, żeby nie zaszkodzić_ [PORADNIK W PIGUŁCE]", "iso-8859-2", /surówka na dziesiątej/],
  ];
  for (const [name, charset, words] of cases) {
    const p = traf(name);
    assert.equal(decodePage(p).charset, charset);
    assert.match(decodePage(p).text, words);
    const guessed = decodePage(undeclared(p));
    assert.equal(guessed.charset, charset, guessed.basis);
    assert.match(guessed.text, words);
  }
});

test("decode: UTF-8 with a few stray Latin-1 bytes stays UTF-8, with a warning", () => {
  const d = decodePage(traf("maescot.de.schafskunde"));
  assert.equal(d.charset, "utf-8");
  assert.deepEqual(d.warnings, [{ ruleId: "read/invalid-bytes", reason: "1 bytes are not valid UTF-8 in otherwise UTF-8 text; replaced with U+FFFD" }]);
  assert.match(d.text, /Mäscot/);
});

test("decode: UTF-8 with few non-ASCII characters and 3 stray bytes stays UTF-8, with a warning", () => {
  // A seed (curly quotes are its only non-ASCII characters) with three Latin-1 bytes pasted into it.
  const seed = readFileSync(sharedPath("seeds", "001_cff2482fec23f13e.txt")).toString("latin1");
  const stray = seed.replace(" welcomes", " \xe9welcomes").replace("Moscow, ", "Moscow,\x92 ").replace(" Japan.", " Japan.\xa0");
  assert.equal(stray.length, seed.length + 3);
  const d = decodePage(page(Buffer.from(stray, "latin1"), "text"));
  assert.equal(d.charset, "utf-8", d.basis);
  assert.equal(d.basis, "no declaration; the bytes are mostly valid UTF-8");
  assert.match(d.text, /Japan’s previous governments/);
  assert.match(d.text, /the issue of the ‘northern territories’ and/);
  assert.equal(d.text.split("\uFFFD").length - 1, 3);
  assert.deepEqual(d.warnings, [{ ruleId: "read/invalid-bytes", reason: "3 bytes are not valid UTF-8 in otherwise UTF-8 text; replaced with U+FFFD" }]);
});

test("decode: how much UTF-8 outweighs stray bytes (bytes inside well-formed sequences against invalid bytes)", () => {
  const cases: [string, string, boolean][] = [
    // [what, bytes as latin1, kept as UTF-8]
    ["two curly quotes (6 sequence bytes), three strays", "\xe2\x80\x98Habomai\xe2\x80\x99 \xe9 \xe0 \xfc", true],
    ["one curly quote (3), one stray", "Japan\xe2\x80\x99s isl\xe9s", true],
    ["one 2-byte letter, one stray", "sch\xc3\xb6n Kouga\xef", true],
    // a Latin-1 page quoting one UTF-8 word: two Latin-1 letters outweigh it (seen in ../shared/data/warc-samples/aut)
    ["one 2-byte letter, two strays", "einfach sch\xc3\xb6n, Syl Kouga\xef und Kouga\xef", false],
    ["two curly quotes, four strays", "\xe2\x80\x98Habomai\xe2\x80\x99 \xe9 \xe0 \xfc \xe4", false],
    ["no sequence at all", "Etorofu \xe9", false],
  ];
  for (const [what, bytes, utf8] of cases) {
    const d = decodePage(page(Buffer.from(bytes, "latin1"), "text"));
    assert.equal(d.charset === "utf-8", utf8, `${what}: ${d.charset} (${d.basis})`);
  }
});

test("decode: a legacy charset declared over valid UTF-8 is overruled (People's Daily, El Mundo)", () => {
  const people = decodePage(gz("fundus-news-html", "cn", "People_2024_04_24.html.gz"));
  assert.equal(people.charset, "utf-8");
  assert.match(people.warnings[0]!.reason, /^declared GB2312 by <meta http-equiv=content-type> .* valid UTF-8/);
  assert.match(people.text, /促进航天技术/);
  const elmundo = decodePage(gz("fundus-news-html", "es", "ElMundo_2024_12_02.html.gz"));
  assert.equal(elmundo.charset, "utf-8");
  assert.match(elmundo.warnings[0]!.reason, /declared iso-8859-15/);
});

test("decode: the 27 non-UTF-8 pages of trafilatura-eval decode without replacement characters", async () => {
  let n = 0;
  for await (const item of readInputs([sharedPath("data", "trafilatura-eval", "eval"), sharedPath("data", "trafilatura-eval", "cache")])) {
    if (!("page" in item) || isUtf8(item.page.body)) continue;
    n++;
    const d = decodePage(item.page);
    const bad = d.text.split("\uFFFD").length - Buffer.from(item.page.body).toString("latin1").split("\xEF\xBF\xBD").length;
    // The four UTF-8 pages with stray bytes keep those few replacements (and say so).
    assert.ok(bad <= 4, `${item.page.source}: ${bad} replacements with ${d.charset}`);
    if (bad > 0) assert.ok(d.warnings.some((w) => w.ruleId === "read/invalid-bytes" && /not valid UTF-8/.test(w.reason)));
  }
  assert.equal(n, 27);
});

test("decode: byte order marks win over everything", () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<p>Курилы</p>", "utf16le")]);
  const d = decodePage(page(utf16, "html", "windows-1251"));
  assert.equal(d.charset, "utf-16le");
  assert.equal(d.basis, "byte order mark");
  assert.equal(d.text, "<p>Курилы</p>");
  const utf8 = decodePage(page(Buffer.from("\uFEFFHabomai", "utf8"), "text"));
  assert.equal(utf8.text, "Habomai");
});

test("decode: <meta> is believed for HTML only, an unknown label is ignored with a warning", () => {
  const body = Buffer.from('<meta charset="x-klingon"><p>Shikotan</p>', "latin1");
  const d = decodePage(page(body));
  assert.equal(d.charset, "utf-8");
  assert.deepEqual(d.warnings, [{ ruleId: "read/charset", reason: 'unknown charset "x-klingon" declared by <meta charset> at byte 0; ignored' }]);
  const asText = decodePage(page(Buffer.from('<meta charset="windows-1251"> \xe4\xe0', "latin1"), "text"));
  assert.notEqual(asText.charset, "windows-1251");
});

test("decode: invalid UTF-8 in a text file is replaced, with a warning, not a failure", () => {
  const d = decodePage(page(Buffer.from([0x4b, 0x75, 0x72, 0x69, 0x6c, 0xff, 0xfe, 0x20, 0xc3, 0xa9, 0xc3, 0xa9, 0xc3, 0xa9, 0xc3, 0xa9, 0xc3, 0xa9, 0xc3, 0xa9, 0xc3, 0xa9, 0xc3, 0xa9]), "text"));
  assert.equal(d.charset, "utf-8");
  assert.equal(d.text, "Kuril\uFFFD\uFFFD éééééééé");
  assert.match(d.warnings[0]!.reason, /2 bytes are not valid UTF-8/);
});

test("charset: label aliases", () => {
  const cases: [string, string | null][] = [
    ["latin1", "windows-1252"],
    ["Latin-1", "windows-1252"],
    ["ISO8859_1", "windows-1252"],
    ["x-sjis", "shift_jis"],
    ["cp932", "shift_jis"],
    ["win-1251", "windows-1251"],
    ["CP1251", "windows-1251"],
    ['"utf8"', "utf-8"],
    ["UTF-8;", "utf-8"],
    ["gb2312", "gbk"],
    ["euc-cn", "gbk"],
    ["koi8r", "koi8-r"],
    ["iso-2022-kr", null], // WHATWG's "replacement": decodes nothing useful
    ["nonsense", null],
  ];
  for (const [label, name] of cases) assert.equal(normaliseCharset(label), name, label);
});
