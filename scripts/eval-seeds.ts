// npm run eval [-- --set seeds|dev|all] [-- --input PATH… --gold FILE] [--pack FILE|none] [--verbose] [--json]
// Ingests an annotated set's pages into a fresh store, exports it and scores the export with
// ../shared/gold/score.mjs. Sets: the five seeds (../shared/gold/seeds.jsonl) and the held-out dev set of real
// articles from other outlets and disputes (test/gold/dev.jsonl, pages listed in test/gold/dev.inputs).
// --pack none scores the engine without a pack (names from the text alone), as a corpus on another story would run.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { run } from "../src/cli/main.js";
import { projectPath, sharedPath } from "../src/core/paths.js";

const { values } = parseArgs({
  options: {
    set: { type: "string", default: "all" },
    input: { type: "string", multiple: true },
    gold: { type: "string" },
    verbose: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    pack: { type: "string" },
  },
});

interface EvalSet {
  name: string;
  inputs: string[];
  gold: string;
}

const listed = (file: string): string[] =>
  readFileSync(file, "utf8").split("\n").map((l) => l.trim()).filter(Boolean).map((p) => projectPath(p));

const known: Record<string, () => EvalSet> = {
  seeds: () => ({ name: "seeds", inputs: [sharedPath("seeds")], gold: sharedPath("gold", "seeds.jsonl") }),
  dev: () => ({ name: "dev (held-out real articles)", inputs: listed(projectPath("test", "gold", "dev.inputs")), gold: projectPath("test", "gold", "dev.jsonl") }),
};

const sets: EvalSet[] = values.input
  ? [{ name: "custom", inputs: values.input, gold: values.gold ?? sharedPath("gold", "seeds.jsonl") }]
  : values.set === "all"
    ? [known.seeds!(), known.dev!()]
    : [known[values.set!]?.() ?? (console.error(`unknown set ${values.set}: seeds, dev or all`), process.exit(2))];

const quiet = { write: () => true };
let status = 0;
for (const set of sets) {
  const dir = mkdtempSync(join(tmpdir(), "dossier-eval-"));
  const db = join(dir, "eval.db");
  const out = join(dir, "export.json");
  const io = { stdout: quiet, stderr: process.stderr, stdin: process.stdin, env: {} };
  const pack = values.pack ? ["--pack", values.pack] : [];
  if ((await run(["ingest", ...set.inputs, "--db", db, "--quiet", ...pack], io)) === 2) process.exit(2);
  const exported = await run(["export", "--format", "json", "--db", db, "--out", out, ...pack], { ...io, stderr: quiet });
  if (exported !== 0) process.exit(exported);
  if (!values.json) console.log(`\n== ${set.name}${values.pack ? ` (pack: ${values.pack})` : ""}: ${set.gold}`);
  const args = [sharedPath("gold", "score.mjs"), "--gold", set.gold, "--pred", out];
  if (values.verbose) args.push("--verbose");
  if (values.json) args.push("--json");
  const r = spawnSync(process.execPath, args, { stdio: "inherit" });
  status ||= r.status ?? 1;
  if (values.keep) console.error(`store and export kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
