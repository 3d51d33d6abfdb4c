import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { DocumentRow, MergedStatement, StatementRow } from "../store/store.js";
import { failingStore, ingestedStore, parseCsv, testApp, type TestApp } from "./test-kit.js";

// The JSON API against a store of the five seed articles and the hostile fixture, in-process.

let t: TestApp;
before(async () => {
  t = await testApp(await ingestedStore());
});
after(() => t.close());

const getJson = async (path: string, status = 200) => {
  const res = await t.request(path);
  assert.equal(res.status, status, `${path} → ${res.status}`);
  assert.match(res.headers.get("content-type") ?? "", /application\/json/);
  return res.json() as Promise<any>;
};

/** Every row of a listing, following `next` until it is null. */
async function walk<T>(path: string): Promise<T[]> {
  const rows: T[] = [];
  for (let next: string | null = path; next; ) {
    const page: { rows: T[]; next: string | null } = await getJson(next);
    rows.push(...page.rows);
    next = page.next;
  }
  return rows;
}

test("GET /api lists every endpoint with its parameters", async () => {
  const body = await getJson("/api");
  const paths = body.endpoints.map((e: { path: string }) => e.path);
  for (const p of ["/api/documents", "/api/statements", "/api/timeline", "/api/entities", "/api/search"]) assert.ok(paths.includes(p), p);
});

test("documents: pages by offset through `next`, one document with its text and basis", async () => {
  const all = await walk<DocumentRow>("/api/documents?limit=2");
  assert.equal(all.length, 7);
  assert.equal(new Set(all.map((d) => d.id)).size, 7);
  const tass = all.find((d) => d.outlet === "TASS")!;
  const one = await getJson(`/api/documents/${tass.id}`);
  assert.match(one.text, /remains closed for Russia for the time being/);
  assert.equal(one.meta.published.date, "2023-02-10");
  assert.ok(one.meta.published.basis.length > 0);
  assert.ok(one.removed.some((r: { text: string }) => r.text === "All news"));
  const missing = await getJson("/api/documents/d_0000000000000000", 404);
  assert.deepEqual(Object.keys(missing.error).sort(), ["code", "message", "status"]);
  assert.equal(missing.error.code, "not_found");
});

test("statements: the side, stance, date and word filters each narrow the list to what they say", async () => {
  const ru = await walk<StatementRow>("/api/statements?side=RU&limit=100");
  assert.ok(ru.length >= 15);
  assert.ok(ru.every((s) => s.speaker.country === "RU"));
  const russia = await walk<StatementRow>("/api/statements?side=Russia&limit=100");
  assert.deepEqual(russia.map((s) => s.id), ru.map((s) => s.id), "a side by its name, through the pack");
  const closed = await walk<StatementRow>("/api/statements?stance=closed");
  assert.ok(closed.length >= 5 && closed.every((s) => s.stance.stance === "closed"));
  const in2023 = await walk<StatementRow>("/api/statements?from=2023&to=2023");
  assert.ok(in2023.length > 0 && in2023.every((s) => s.saidOn.date!.startsWith("2023")));
  const words = await walk<StatementRow>("/api/statements?q=peace%20treaty");
  assert.ok(words.length > 0 && words.every((s) => s.text.toLowerCase().includes("peace treaty")));
});

test("statements: a speaker by name, alias or key; an unknown name gives nothing, not everything", async () => {
  const byName = await walk<StatementRow>("/api/statements?speaker=Peskov");
  assert.ok(byName.length >= 5);
  assert.ok(byName.every((s) => s.speaker.name === "Dmitry Peskov"));
  const byKey = await walk<StatementRow>("/api/statements?speaker=pack:RU-PESKOV");
  assert.deepEqual(byKey.map((s) => s.id), byName.map((s) => s.id));
  const two = await walk<StatementRow>("/api/statements?speaker=Peskov&speaker=Zakharova");
  assert.ok(two.length > byName.length);
  assert.deepEqual((await getJson("/api/statements?speaker=Nobody%20Atall")).rows, []);
});

test("statements: the cursor walks every statement once, in the order said", async () => {
  const all = await walk<StatementRow>("/api/statements?limit=7");
  assert.equal(all.length, await t.store.countStatements());
  assert.equal(new Set(all.map((s) => s.id)).size, all.length);
  const dates = all.map((s) => s.saidOn.date ?? "~");
  assert.deepEqual(dates, [...dates].sort());
});

test("statements and documents answer CSV, streamed: one row per item, quotes and newlines intact", async () => {
  const res = await t.request("/api/statements?format=csv");
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type")!, /^text\/csv/);
  assert.match(res.headers.get("content-disposition")!, /statements\.csv/);
  const rows = parseCsv(await res.text());
  assert.equal(rows[0]![0], "id");
  assert.equal(rows.length - 1, await t.store.countStatements());
  const text = rows[0]!.indexOf("text");
  const json = await walk<StatementRow>("/api/statements?limit=100");
  assert.deepEqual(rows.slice(1).map((r) => r[text]), json.map((s) => (/^[=+\-@]/.test(s.text) ? `'${s.text}` : s.text)));
  const docs = parseCsv(await (await t.request("/api/documents?format=csv")).text());
  assert.equal(docs.length - 1, 7);
  const capped = parseCsv(await (await t.request("/api/statements?format=csv&limit=3")).text());
  assert.equal(capped.length - 1, 3);
});

test("timeline: dated statements and events in date order; the cursor pages it without loss or repeat", async () => {
  type Entry = { type: string; id: string; date: string; speaker?: { country: string }; stance?: string; text: string; sources: unknown[] };
  const whole = await walk<Entry>("/api/timeline?side=RU&limit=500");
  assert.ok(whole.some((e) => e.type === "statement") && whole.some((e) => e.type === "event"));
  assert.ok(whole.filter((e) => e.type === "statement").every((e) => e.speaker!.country === "RU" && e.sources.length >= 1));
  const dates = whole.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort());
  const paged = await walk<Entry>("/api/timeline?side=RU&limit=3");
  assert.deepEqual(paged.map((e) => e.id), whole.map((e) => e.id));
  const closed = await walk<Entry>("/api/timeline?stance=closed");
  assert.ok(closed.length > 0 && closed.every((e) => e.type === "statement" && e.stance === "closed"), "a stance leaves events out");
  const words = await walk<Entry>("/api/timeline?q=peace%20treaty&limit=4");
  assert.ok(words.length > 0 && words.every((e) => JSON.stringify(e).toLowerCase().includes("peace treaty")));
  const csv = parseCsv(await (await t.request("/api/timeline?side=RU&format=csv")).text());
  assert.equal(csv.length - 1, whole.length);
  assert.ok(csv[0]!.includes("outlets"));
  assert.equal((await getJson(`/api/timeline?cursor=${encodeURIComponent((await getJson("/api/statements?limit=1")).next.split("cursor=")[1])}`, 400)).error.parameter, "cursor");
});

test("timeline words are looked for by the store: a word nothing has costs one read of each list, not the whole timeline", async () => {
  const calls: { method: string; query: { text?: string; packEventId?: string } }[] = [];
  const recording = await testApp(await ingestedStore(), (store) =>
    new Proxy(store, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          if (prop === "listMergedStatements" || prop === "listEvents") calls.push({ method: prop, query: (args[0] ?? {}) as { text?: string } });
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    }),
  );
  try {
    const none = (await (await recording.request("/api/timeline?q=zqxjvv")).json()) as { rows: unknown[] };
    assert.deepEqual(none.rows, []);
    assert.deepEqual(calls.map((c) => [c.method, c.query.text]), [["listMergedStatements", "zqxjvv"], ["listEvents", "zqxjvv"]]);
    calls.length = 0;
    const some = (await (await recording.request("/api/timeline?q=peace%20treaty")).json()) as { rows: { type: string; text: string; title?: string }[] };
    assert.ok(some.rows.some((e) => e.type === "statement"));
    assert.ok(some.rows.every((e) => `${e.title ?? ""} ${e.text}`.toLowerCase().includes("peace treaty")));
    // a pack event's reports are its sources, read whatever their words; every other read carries the words
    assert.ok(calls.filter((c) => !c.query.packEventId).every((c) => c.query.text === "peace treaty"));
  } finally {
    await recording.close();
  }
});

test("shifts: found with the story, filtered by subject, speaker and side, each with its evidence", async () => {
  type ShiftRow = { subject: { type: string; key: string }; from: string; to: string; before: { date: string }; after: { date: string; speaker: { country: string } } };
  const all = await walk<ShiftRow>("/api/shifts");
  assert.ok(all.length >= 2);
  assert.ok(all.every((s) => s.from !== s.to && s.from !== "neutral" && s.to !== "neutral" && s.before.date <= s.after.date));
  const actors = await walk<ShiftRow>("/api/shifts?subject=actor");
  assert.ok(actors.every((s) => s.subject.type === "actor"));
  const ru = await walk<ShiftRow>("/api/shifts?side=RU");
  assert.ok(ru.every((s) => s.after.speaker.country === "RU"));
  const paged = await walk<ShiftRow>("/api/shifts?limit=1");
  assert.equal(paged.length, all.length);
  assert.equal((await getJson("/api/shifts?subject=country", 400)).error.parameter, "subject");
});

test("entities and one entity: Peskov with his office and aliases from the pack", async () => {
  const found = await getJson("/api/entities?name=Peskov");
  assert.equal(found.rows[0].key, "pack:RU-PESKOV");
  const one = await getJson("/api/entities/pack:RU-PESKOV");
  assert.equal(one.name, "Dmitry Peskov");
  assert.ok(one.statements >= 5);
  assert.ok(one.pack.aliases.includes("Dmitri Peskov"));
  assert.ok(one.pack.offices.some((o: { title: string; end: string | null }) => /Press Secretary/.test(o.title)));
  assert.equal((await getJson("/api/entities/text:person:nobody", 404)).error.code, "not_found");
  const csv = parseCsv(await (await t.request("/api/entities?name=Peskov&format=csv")).text());
  assert.deepEqual(csv[0], ["key", "name", "kind", "country", "actor_id", "statements", "mentions"]);
});

test("search: ranked hits with snippets; no words is the client's error", async () => {
  const hits = await getJson("/api/search?q=Nozdrev%20hostile");
  assert.equal(hits.rows.length, 1);
  assert.equal(hits.windowed, false);
  assert.match(hits.rows[0].snippet, /\*\*(Nozdrev|hostile)\*\*/);
  const err = await getJson("/api/search", 400);
  assert.equal(err.error.parameter, "q");
});

test("bad parameters: 400 naming the parameter and saying why, in one shape", async () => {
  const cases: [string, string, RegExp][] = [
    ["/api/statements?from=2023-13", "from", /YYYY/],
    ["/api/statements?to=2023-02-30", "to", /YYYY/],
    ["/api/statements?from=2024&to=2023", "from", /after/],
    ["/api/statements?stance=angry", "stance", /open, conditional, closed, neutral/],
    ["/api/statements?limit=0", "limit", /1 to 500/],
    ["/api/statements?limit=many", "limit", /whole number/],
    ["/api/statements?cursor=bogus", "cursor", /next/],
    ["/api/statements?side=Atlantis", "side", /not a side/],
    // a well-formed code no pack side and no speaker has: refused with the sides there are, not answered empty
    ["/api/statements?side=ZZ", "side", /'ZZ' is not a side.*RU \(Russia\).*JP \(Japan\)/],
    ["/api/timeline?side=ZZ", "side", /RU \(Russia\)/],
    ["/api/shifts?side=ZZ", "side", /RU \(Russia\)/],
    // an empty or unreadable speaker would have widened the answer to everyone
    ["/api/statements?speaker=", "speaker", /empty/],
    ["/api/statements?speaker=%00", "speaker", /control character/],
    ["/api/statements?speaker=Peskov%00", "speaker", /control character/],
    ["/api/statements?speaker=%2C%20%2C", "speaker", /names nobody/],
    [`/api/statements?speaker=${"x".repeat(301)}`, "speaker", /at most 300/],
    [`/api/statements?${Array.from({ length: 21 }, (_, i) => `speaker=s${i}`).join("&")}`, "speaker", /at most 20/],
    ["/api/shifts?speaker=", "speaker", /empty/],
    ["/api/timeline?stance=", "stance", /empty/],
    ["/api/search?q=peace%00treaty", "q", /control character/],
    ["/api/entities?name=%1b", "name", /control character/],
    ["/api/statements?stnce=closed", "stnce", /unknown parameter/],
    ["/api/statements?format=pdf", "format", /json, csv/],
    ["/api/statements?from=2020&from=2021", "from", /more than once/],
    ["/api/documents?offset=-1", "offset", /whole number/],
    ["/api/documents/d_x?full=1", "full", /unknown/],
  ];
  for (const [path, parameter, why] of cases) {
    const body = await getJson(path, 400);
    assert.equal(body.error.status, 400, path);
    assert.equal(body.error.code, "bad_parameter", path);
    assert.equal(body.error.parameter, parameter, path);
    assert.match(body.error.message, why, path);
  }
  assert.equal((await getJson("/api/nothing-here", 404)).error.code, "not_found");
});

test("known sides pass, by code in any case or by name; a country of the store's speakers outside the pack too", async () => {
  for (const side of ["RU", "ru", "Japan"]) assert.ok((await getJson(`/api/statements?side=${side}`)).rows.length > 0, side);
  const countries = new Set(((await walk<StatementRow>("/api/statements?limit=500")).map((s) => s.speaker.country)).filter((c): c is string => !!c));
  const sides = new Set(t.pack.sides.map((s) => s.id));
  for (const c of countries) assert.equal((await t.request(`/api/statements?side=${c}`)).status, 200, c);
  assert.ok([...countries].some((c) => sides.has(c)));
});

test("only GET and HEAD: any other method is 405 with Allow, in the one error shape, page or JSON", async () => {
  const cases: [string, string][] = [["POST", "/api/statements"], ["DELETE", "/api/documents/d_0000000000000000"], ["PUT", "/api/nothing-here"], ["PATCH", "/index.json"]];
  for (const [method, path] of cases) {
    const res = await t.request(path, { method });
    assert.equal(res.status, 405, `${method} ${path}`);
    assert.equal(res.headers.get("allow"), "GET, HEAD");
    const body = (await res.json()) as { error: { status: number; code: string; message: string } };
    assert.deepEqual([body.error.status, body.error.code], [405, "method_not_allowed"]);
    assert.match(body.error.message, new RegExp(`^${method}: this server only reads`));
    assert.match(res.headers.get("content-security-policy")!, /default-src 'self'/);
  }
  const page = await t.request("/timeline", { method: "POST" });
  assert.equal(page.status, 405);
  assert.match(page.headers.get("content-type")!, /text\/html/);
  assert.equal(page.headers.get("allow"), "GET, HEAD");
  const head = await t.request("/api/statements", { method: "HEAD" });
  assert.equal(head.status, 200);
  assert.equal(await head.text(), "");
});

test("every response carries the CSP and nosniff, errors included", async () => {
  for (const path of ["/api/statements", "/api/statements?limit=0", "/api/nothing", "/", "/static/style.css"]) {
    const res = await t.request(path);
    assert.match(res.headers.get("content-security-policy")!, /default-src 'self'/, path);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff", path);
  }
});

test("a server fault answers 500 without paths or stack; the log has them", async () => {
  const db = await ingestedStore();
  const failing = await testApp(db, (s) => failingStore(s, "listStatements", new Error("disk I/O error at /var/lib/secret/store.db")));
  try {
    for (const path of ["/api/statements", "/search?q=peace", "/api/statements?format=json"]) {
      const res = await failing.request(path);
      assert.equal(res.status, 500, path);
      const body = await res.text();
      assert.doesNotMatch(body, /secret|store\.db|at .*\.js|Error:/, path);
    }
    assert.ok(failing.logs.some((l) => l.includes("/var/lib/secret/store.db") && /\.js:\d+/.test(l)));
  } finally {
    await failing.close();
  }
});
