// npm run bench [-- --quick] [-- --json] [-- --section text,html,jobs] [-- --list]
// Throughput on the real pages in ../shared/data: documents/s, MB/s of decoded page input and peak RSS, per stage
// and end to end, for text and HTML input, with one job and with N. Each case runs in its own child process so its
// peak RSS is its own. Prints tables (or, with --json, the whole result) and writes the result to
// out/bench/<time>.json and out/bench/latest.json. A benchmark, not a test: it asserts nothing.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { projectPath } from "../src/core/paths.js";
import { comparedRounds, machine, medianRun, type BenchOptions, type CaseResult, type Section, type SectionResult } from "./bench-kit.js";
import { sections } from "./bench-sections.js";
import { renderMachine, renderSection } from "./bench-table.js";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    section: { type: "string" },
    list: { type: "boolean", default: false },
    // internal: run one case in this process and write its result to a file
    child: { type: "string" },
    result: { type: "string" },
  },
});

const opts: BenchOptions = { quick: values.quick ?? false, machine: machine() };

async function child(id: string, resultFile: string): Promise<void> {
  const [sectionId, caseId] = [id.slice(0, id.indexOf(":")), id.slice(id.indexOf(":") + 1)];
  const section = sections.find((s) => s.id === sectionId);
  if (!section) throw new Error(`unknown section ${sectionId}`);
  const result = await section.runCase(caseId, opts);
  result.peakRssMb ??= process.resourceUsage().maxRSS / 1024;
  writeFileSync(resultFile, JSON.stringify(result));
}

/** Runs one case in a fresh node process (same flags, so --cpu-prof reaches it); its output goes to stderr. */
function runCase(sectionId: string, caseId: string): CaseResult | null {
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-case-"));
  const resultFile = join(dir, "result.json");
  const args = [...process.execArgv, fileURLToPath(import.meta.url), "--child", `${sectionId}:${caseId}`, "--result", resultFile];
  if (opts.quick) args.push("--quick");
  const started = performance.now();
  // malloc arenas as bin/dossier.js sets them for the CLI
  const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" };
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", 2, 2], env });
  try {
    if (r.status !== 0) {
      process.stderr.write(`bench ${sectionId}/${caseId}: failed (exit ${r.status ?? r.signal})\n`);
      return null;
    }
    process.stderr.write(`bench ${sectionId}/${caseId}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return JSON.parse(readFileSync(resultFile, "utf8")) as CaseResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every case of the section; cases run in rounds take turns, and each reports its median run. */
function runSection(section: Section): { cases: Record<string, CaseResult>; complete: boolean } {
  const runs = new Map<string, CaseResult[]>();
  let complete = true;
  const order = section.cases(opts);
  const compared = section.compared?.(opts) ?? [];
  const repeated = order.filter((id) => compared.includes(id));
  const turns = [...Array.from({ length: comparedRounds(opts) }, () => repeated).flat(), ...order.filter((id) => !repeated.includes(id))];
  for (const id of turns) {
    const r = runCase(section.id, id);
    if (r) runs.set(id, [...(runs.get(id) ?? []), r]);
    else complete = false;
  }
  const cases: Record<string, CaseResult> = {};
  for (const id of order) {
    const done = runs.get(id);
    if (done) cases[id] = done.length > 1 ? medianRun(done) : done[0]!;
  }
  return { cases, complete };
}

async function main(): Promise<number> {
  if (values.child) {
    await child(values.child, values.result!);
    return 0;
  }
  if (values.list) {
    for (const s of sections) console.log(`${s.id.padEnd(10)} ${s.title}`);
    return 0;
  }
  const wanted = values.section?.split(",").map((s) => s.trim()) ?? sections.map((s) => s.id);
  const unknown = wanted.filter((id) => !sections.some((s) => s.id === id));
  if (unknown.length) {
    console.error(`unknown section ${unknown.join(", ")}; sections: ${sections.map((s) => s.id).join(", ")}`);
    return 2;
  }
  const results: SectionResult[] = [];
  let failed = false;
  if (!values.json) process.stdout.write(renderMachine(opts.machine, opts.quick));
  for (const section of sections.filter((s) => wanted.includes(s.id))) {
    const { cases, complete } = runSection(section);
    failed ||= !complete;
    const result: SectionResult = { id: section.id, title: section.title, tables: section.tables(cases, opts), cases };
    results.push(result);
    if (!values.json) process.stdout.write(renderSection(result));
  }
  const report = { date: new Date().toISOString(), quick: opts.quick, machine: opts.machine, sections: results };
  const dir = projectPath("out", "bench");
  mkdirSync(dir, { recursive: true });
  const text = JSON.stringify(report, null, 2) + "\n";
  const file = join(dir, `${report.date.replace(/[:.]/g, "-")}${opts.quick ? "-quick" : ""}.json`);
  writeFileSync(file, text);
  writeFileSync(join(dir, opts.quick ? "latest-quick.json" : "latest.json"), text);
  if (values.json) process.stdout.write(text);
  else process.stdout.write(`\nwritten to ${file}\n`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
