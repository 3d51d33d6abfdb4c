import type { Published } from "../core/types.js";

/** Cut a string to `n` characters on one line, with an ellipsis when cut. */
export function clip(s: string | null | undefined, n: number): string {
  const one = (s ?? "").replace(/\s+/g, " ").trim();
  return one.length <= n ? one : one.slice(0, Math.max(0, n - 1)) + "…";
}

/** "2023-02-10 (day, dateline)" style: the date, its precision, and whether it was inferred or a crawl date. */
export function publishedLabel(p: Published): string {
  if (!p.date) return "—";
  const notes = [p.precision ?? "", p.inferred ? "inferred" : "", p.crawl ? "crawl date" : ""].filter(Boolean);
  return `${p.date}${notes.length ? ` (${notes.join(", ")})` : ""}`;
}

export function humanBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

/** A plain text table: columns padded to their widest cell, the last column left free. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}

export const json = (value: unknown): string => JSON.stringify(value, null, 2) + "\n";

/** "1 timeline entry", "3 timeline entries", "2 pages": English plurals of the nouns the commands count. */
export const plural = (n: number, word: string): string => `${n} ${n === 1 ? word : word.replace(/([^aeiou])y$/, "$1ie") + "s"}`;
