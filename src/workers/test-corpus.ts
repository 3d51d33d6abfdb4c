// Inputs and waiting for the tests that run the CLI in other processes (workers, crash safety).
import { createReadStream, rmSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { sha256 } from "../core/hash.js";
import { sharedPath } from "../core/paths.js";
import { readInputs } from "../read/index.js";

/**
 * The first `n` records of the HuffPost sample (real news items, quick to process) as a JSONL file in a temp
 * folder, removed when the test ends.
 */
export async function newsRecords(t: { after(fn: () => void): void }, n: number): Promise<string> {
  const gz = sharedPath("data", "huffpost-news-category-sample", "News_Category_Dataset_v3.head9999.jsonl.gz");
  const lines: string[] = [];
  const reader = createInterface({ input: createReadStream(gz).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of reader) {
    if (line.trim()) lines.push(line);
    if (lines.length >= n) break;
  }
  reader.close();
  const dir = await mkdtemp(join(tmpdir(), "dossier-records-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, "records.jsonl");
  await writeFile(path, lines.join("\n") + "\n");
  return path;
}

/** The document ids the sources' pages must end up as (content hashes; processing not needed). */
export async function expectedIds(sources: string[]): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const item of readInputs(sources)) {
    if ("failure" in item) throw new Error(`${item.failure.source}: ${item.failure.reason}`);
    ids.add(`d_${sha256(item.page.body).slice(0, 16)}`);
  }
  return ids;
}

/** Polls `check` until it holds; fails with `what` after `timeoutMs`. */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
