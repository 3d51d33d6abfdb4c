import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../cli/main.js";
import { bufferIo } from "../cli/test-io.js";
import { loadPack, type Pack } from "../core/pack.js";
import { projectPath, sharedPath } from "../core/paths.js";
import { relinkAll } from "../link/link-pass.js";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";
import { createApp } from "./app.js";
import type { ServeContext } from "./context.js";

// For the server's tests: a store of real pages (the seeds, plus the hostile article fixture), linked, and the app
// over it, answering in-process.

export const HOSTILE_FIXTURES = projectPath("test", "fixtures", "serve-hostile-article");

/** Ingest through the CLI into a fresh SQLite file, then run the link pass; returns the file's path. */
export async function ingestedStore(inputs: string[] = [sharedPath("seeds"), HOSTILE_FIXTURES]): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), "dossier-serve-")), "store.db");
  const io = bufferIo();
  const status = await run(["ingest", ...inputs, "--db", db, "--quiet"], io);
  if (status !== 0) throw new Error(`ingest failed (${status}): ${io.out()}${io.err()}`);
  const store = await openStore(db);
  try {
    await relinkAll(store, { pack: loadPack() });
  } finally {
    await store.close();
  }
  return db;
}

export interface TestApp {
  request: (path: string, init?: RequestInit) => Promise<Response>;
  store: Store;
  pack: Pack;
  /** What the server logged. */
  logs: string[];
  close: () => Promise<void>;
}

/** The app over a store, opened read-only as `dossier serve` opens it; `wrap` may replace store methods (to make one fail). */
export async function testApp(db: string, wrap: (s: Store) => ServeContext["store"] = (s) => s): Promise<TestApp> {
  const store = await openStore(db, { readonly: true });
  const pack = loadPack();
  const logs: string[] = [];
  const { app } = createApp({ store: wrap(store), pack, log: (line) => logs.push(line) });
  return {
    request: async (path, init) => app.request(`http://dossier.test${path}`, init),
    store,
    pack,
    logs,
    close: () => store.close(),
  };
}

/** The store with one method that always throws `error`, the rest working. */
export function failingStore(store: Store, method: keyof Store, error: Error): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === method) return async () => Promise.reject(error);
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** A small RFC 4180 reader, so tests check the CSV as a spreadsheet would read it. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}
