import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHtml } from "../core/html.js";
import { projectPath, sharedPath } from "../core/paths.js";
import { sourceLabel } from "./source-label.js";
import { ingestedStore, testApp, type TestApp } from "./test-kit.js";

test("a source's label: a path cut to its file name, a container's record number kept, a web URL as it is", () => {
  const cases: [string, string][] = [
    ["/srv/newsroom/private/tass-2023-02-10.txt", "tass-2023-02-10.txt"],
    ["C:\\Users\\ana\\Downloads\\kyodo.html", "kyodo.html"],
    ["crawls/2024/march.warc.gz#12", "march.warc.gz#12"],
    ["/data/feeds/jt.xml#3", "jt.xml#3"],
    ["/data/odd#name/article.txt", "article.txt"],
    ["article.txt", "article.txt"],
    ["-", "-"],
    ["-#2", "-#2"],
    ["https://www.example.com/news/2023/peace-treaty.html", "https://www.example.com/news/2023/peace-treaty.html"],
  ];
  for (const [source, label] of cases) assert.equal(sourceLabel(source), label, source);
});

// Articles ingested from an absolute path under a folder whose name must never reach a client: a seed (it has an
// outlet) and an article without an outlet, whose file name is then the only label there is.
const NO_OUTLET = projectPath("test", "fixtures", "serve-no-outlet");
let t: TestApp;
let folder: string;
before(async () => {
  folder = join(mkdtempSync(join(tmpdir(), "dossier-paths-")), "analyst-private-folder");
  mkdirSync(folder);
  const seed = readdirSync(sharedPath("seeds")).find((f) => f.endsWith(".txt"))!;
  copyFileSync(join(sharedPath("seeds"), seed), join(folder, seed));
  for (const f of readdirSync(NO_OUTLET)) copyFileSync(join(NO_OUTLET, f), join(folder, f));
  t = await testApp(await ingestedStore([folder]));
});
after(() => t.close());

test("no response names the folder an article was read from: pages, twins, API and CSV", async () => {
  const docs = ((await (await t.request("/api/documents")).json()) as { rows: { id: string; source: string; outlet: string | null }[] }).rows;
  assert.equal(docs.length, 2);
  const bare = docs.find((d) => d.outlet === null)!;
  assert.equal(bare.source, "lavrov-post-war-results.txt");
  const statements = ((await (await t.request("/api/statements")).json()) as { rows: { id: string; documentId: string; speaker: { key: string } }[] }).rows;
  const lavrov = statements.find((s) => s.documentId === bare.id)!;
  const paths = [
    "/", "/index.json", "/timeline", "/timeline.json", "/timeline?q=outcome", "/search?q=peace", "/search.json?q=peace",
    ...docs.flatMap((d) => [`/documents/${d.id}`, `/documents/${d.id}.json`, `/api/documents/${d.id}`]),
    `/actors/${encodeURIComponent(lavrov.speaker.key)}`, `/actors/${encodeURIComponent(lavrov.speaker.key)}.json`,
    "/api/documents", "/api/documents?format=csv", "/api/statements", "/api/statements?format=csv", "/api/timeline",
    "/api/timeline?format=csv", "/api/shifts", "/api/shifts?format=csv", "/api/search?q=peace", "/api/search?q=peace&format=csv",
    "/api/entities?name=Lavrov",
  ];
  for (const path of paths) {
    const res = await t.request(path);
    assert.equal(res.status, 200, path);
    const body = await res.text();
    assert.ok(!body.includes(folder) && !body.includes("analyst-private-folder"), `${path} names the folder`);
  }
  // where the outlet is unknown, the file's name stands for the document, the same on every page
  const actor = parseHtml(await (await t.request(`/actors/${encodeURIComponent(lavrov.speaker.key)}`)).text());
  assert.ok([...actor.querySelectorAll("ol.statements .basis")].some((e: any) => e.textContent === "lavrov-post-war-results.txt"));
  const timeline = parseHtml(await (await t.request("/timeline?q=outcome")).text());
  assert.ok([...timeline.querySelectorAll("li.entry .outlets a")].some((a: any) => a.textContent === "lavrov-post-war-results.txt"));
  const page = parseHtml(await (await t.request(`/documents/${bare.id}`)).text());
  assert.match(page.querySelector("dl.facts").textContent, /source\s*lavrov-post-war-results\.txt/);
  const csv = await (await t.request("/api/documents?format=csv")).text();
  assert.match(csv, /,lavrov-post-war-results\.txt,/);
});
