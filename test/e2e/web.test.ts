import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { projectPath, sharedPath } from "../../src/core/paths.js";
import { HOSTILE_FIXTURES, ingestedStore } from "../../src/serve/test-kit.js";

// The web pages in a real headless Chromium: the seeds ingested into a fresh store, `dossier serve` started as its
// own process on a free port, then what a reader does — story, timeline filtered to Russia, a document's quotes, a
// chart mark followed to its sentence — with JavaScript off, since reading must not need it. A second store adds
// the hostile article and is read with JavaScript on: nothing in it may run.

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = projectPath("out", "screenshots");
// The README's screenshot is rewritten only on request, after the pages changed (see the README):
//   DOSSIER_UPDATE_DOCS=1 node --test dist/test/e2e/web.test.js
// An ordinary run leaves the tree alone; the same page is always saved under out/screenshots to compare.
const README_SHOT = projectPath("docs", "story.png");
const UPDATE_DOCS = process.env.DOSSIER_UPDATE_DOCS === "1";
const MAIN_JS = new URL("../../src/cli/main.js", import.meta.url).href;
const skip = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM} (.ci/run installs Debian's chromium)`;

interface Served {
  url: string;
  child: ChildProcess;
}

/** `dossier serve --port 0` in its own process; resolves with the URL it prints. */
function serve(db: string): Promise<Served> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", `import(${JSON.stringify(MAIN_JS)}).then((m) => m.main())`, "dossier", "serve", "--db", db, "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url) resolve({ url, child });
    });
    child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    child.once("exit", (code) => reject(new Error(`dossier serve exited with ${code}: ${out}`)));
  });
}

async function stop(s: Served | undefined): Promise<void> {
  if (!s || s.child.exitCode !== null) return;
  const exited = new Promise((r) => s.child.once("exit", r));
  s.child.kill("SIGTERM");
  await exited;
}

function browser(javaScriptEnabled: boolean): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "dossier-chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    javaScriptEnabled,
    viewport: { width: 1100, height: 900 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

let plain: Served | undefined;
let hostile: Served | undefined;
before(async () => {
  if (skip) return;
  mkdirSync(SHOTS, { recursive: true });
  [plain, hostile] = await Promise.all([
    ingestedStore([sharedPath("seeds")]).then(serve),
    ingestedStore([sharedPath("seeds"), HOSTILE_FIXTURES]).then(serve),
  ]);
});
after(async () => {
  await Promise.all([stop(plain), stop(hostile)]);
});

test("a reader without JavaScript: story, timeline filtered to Russia, a document's quotes, a chart mark to its sentence", { skip, timeout: 120_000 }, async (t) => {
  const context = await browser(false);
  try {
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on("console", (m) => /Content Security Policy/i.test(m.text()) && cspErrors.push(m.text()));
    const base = plain!.url;

    // the story
    await page.goto(base);
    assert.match((await page.textContent("h1"))!, /Russia–Japan peace treaty/);
    const marks = page.locator("figure.chart svg a");
    assert.ok((await marks.count()) >= 20);
    assert.ok(await page.locator("figure.chart svg").isVisible());
    // every shift is drawn where a reader sees it: nothing of the chart covers the middle of its bar
    const bars = await page.$$eval("figure.chart svg g.shift line", (lines) =>
      lines.map((l) => {
        l.scrollIntoView({ block: "center" });
        const box = l.getBoundingClientRect();
        // runs in the page, whose document this file's Node types do not describe
        const doc = (globalThis as unknown as { document: { elementFromPoint(x: number, y: number): unknown } }).document;
        const top = doc.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return { on: top === l, height: box.height };
      }),
    );
    const listed = await page.locator("ul.shifts li").count();
    assert.ok(bars.length >= 2 && bars.length >= listed, `${bars.length} bars, ${listed} shifts listed`);
    assert.ok(bars.every((b) => b.on && b.height >= 20), JSON.stringify(bars));
    await shot(page, "story");
    if (UPDATE_DOCS) {
      mkdirSync(projectPath("docs"), { recursive: true });
      copyFileSync(join(SHOTS, "story.png"), README_SHOT);
    } else if (!existsSync(README_SHOT)) {
      t.diagnostic(`${README_SHOT} is missing: run with DOSSIER_UPDATE_DOCS=1 to write it`);
    }

    // the timeline, filtered to Russia through the form
    await page.click("header nav >> text=Timeline");
    await page.selectOption("select[name=side]", { label: "Russia" });
    await page.click("form.filters button[type=submit]");
    assert.match(page.url(), /\/timeline\?.*side=RU/);
    const sides = await page.locator("li.entry .side").allTextContents();
    assert.ok(sides.length >= 10 && sides.every((s) => s === "RU"), sides.join(","));
    await shot(page, "timeline-russia");

    // a document, reached from an outlet of a timeline entry: every statement highlighted with its words
    await page.click("li.entry .outlets a >> text=TASS");
    assert.match(page.url(), /\/documents\/d_[0-9a-f]+#s_[0-9a-f]+$/);
    const twin = (await (await page.request.get(page.url().replace(/#.*/, "") + ".json")).json()) as {
      statements: { id: string; text: string; start: number; end: number; stance: { stance: string } }[];
    };
    const shown = await page.$$eval("section.text mark.q", (els) => els.map((e) => ({ id: e.getAttribute("data-statement"), cls: e.className, text: e.textContent })));
    assert.deepEqual([...new Set(shown.map((m) => m.id))].sort(), twin.statements.map((s) => s.id).sort());
    for (const s of twin.statements) {
      const pieces = shown.filter((m) => m.id === s.id);
      assert.ok(pieces.every((p) => p.cls.split(" ").includes(s.stance.stance)), s.id);
      const nested = twin.statements.some((o) => o.id !== s.id && o.start >= s.start && o.end <= s.end);
      if (!nested) assert.equal(pieces.map((p) => p.text).join(""), s.text);
    }
    const target = await page.$eval("mark:target", (e) => e.id);
    assert.equal(`#${target}`, new URL(page.url()).hash, "the outlet link lands on the statement");
    await shot(page, "document");

    // back to the story: a chart mark leads to the sentence it stands for
    await page.goto(base);
    const hrefs = await marks.evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    await marks.first().click();
    const landed = new URL(page.url());
    // marks can touch: the click lands on whichever is on top, and that must be one of the chart's links
    assert.ok(hrefs.includes(landed.pathname + landed.hash), landed.href);
    const id = decodeURIComponent(landed.hash.slice(1));
    const hit = page.locator(`mark:target`);
    assert.equal(await hit.getAttribute("data-statement"), id);
    assert.ok(await hit.isVisible());
    const statement = ((await (await page.request.get(`${landed.origin}${landed.pathname}.json`)).json()) as typeof twin).statements.find((s) => s.id === id)!;
    assert.ok(statement.text.startsWith((await hit.textContent())!), "the mark's words open the statement");
    await shot(page, "chart-mark-source");

    // an actor and a search, for the record
    await page.goto(base);
    await page.click("table.actors >> text=Dmitry Peskov");
    assert.match((await page.textContent("table.offices"))!, /Press Secretary/);
    await shot(page, "actor");
    await page.fill("header input[name=q]", "peace treaty");
    await page.press("header input[name=q]", "Enter");
    assert.ok((await page.locator("ol.hits li").count()) >= 3);
    await shot(page, "search");
    assert.deepEqual(cspErrors, [], "the pages need nothing the CSP refuses");
  } finally {
    await context.close();
  }
});

test("the hostile article renders inert with JavaScript on: no dialog, no script from content, attributes escaped", { skip, timeout: 120_000 }, async () => {
  const context = await browser(true);
  try {
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const base = hostile!.url;
    const docs = ((await (await page.request.get(`${base}api/documents?limit=50`)).json()) as { rows: { id: string; title: string | null }[] }).rows;
    const bad = docs.filter((d) => /alert\(/.test(d.title ?? ""));
    assert.equal(bad.length, 2);
    const paths = [...bad.map((d) => `documents/${d.id}`), "", "timeline", "search?q=alert", "actors/pack%3ARU-PESKOV"];
    for (const path of paths) {
      await page.goto(base + path);
      // move over every highlighted quote and link, where an injected handler would fire
      for (const el of await page.locator("mark.q, section.text a, li.entry a").all()) await el.hover();
      const found = await page.$$eval("*", (els) => ({
        scripts: els.filter((e) => e.tagName === "SCRIPT").length,
        handlers: els.flatMap((e) => (e.getAttributeNames() as string[]).filter((n) => /^on/i.test(n)).map((n) => `${e.tagName} ${n}`)),
        jsLinks: els.map((e) => (e.getAttribute("href") ?? e.getAttribute("src") ?? "") as string).filter((v) => /^\s*javascript:/i.test(v)),
      }));
      const text = (await page.textContent("body")) ?? "";
      assert.equal(found.scripts, 0, path);
      assert.deepEqual(found.handlers, [], path);
      assert.deepEqual(found.jsLinks, [], path);
      if (path.startsWith("documents/")) assert.match(text, /<script>alert\(|<svg onload=alert\(/, "the payload is shown as text");
    }
    await page.goto(`${base}documents/${bad.find((d) => /Lavrov/.test(d.title ?? ""))!.id}`);
    await shot(page, "hostile-article");
    assert.deepEqual(dialogs, [], "no dialog fired");
  } finally {
    await context.close();
  }
});
