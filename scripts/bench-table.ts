// Bench results as text: a header naming the machine, then each section's tables.
import type { Cell, Machine, SectionResult, Table } from "./bench-kit.js";

function cell(value: Cell | undefined, digits = 0): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "–";
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Text columns left-aligned, numbers right-aligned, widths from the widest cell. */
export function renderTable(t: Table): string {
  const header = t.columns.map((c) => c.title);
  const body = t.rows.map((r) => t.columns.map((c) => cell(r[c.key], c.digits)));
  const numeric = t.columns.map((c) => t.rows.some((r) => typeof r[c.key] === "number"));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((s, i) => (numeric[i] ? s.padStart(widths[i]!) : s.padEnd(widths[i]!))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const notes = (t.notes ?? []).map((n) => `  (${n})`);
  return [t.title, line(header), rule, ...body.map(line), ...notes].join("\n") + "\n";
}

export function renderMachine(m: Machine, quick: boolean): string {
  return `dossier bench${quick ? " --quick" : ""} — ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, node ${m.node} ${m.platform}, commit ${m.commit}\n`;
}

export function renderSection(s: SectionResult): string {
  return `\n== ${s.id}: ${s.title}\n\n${s.tables.map(renderTable).join("\n")}`;
}
