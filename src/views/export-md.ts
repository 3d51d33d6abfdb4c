import type { Pack } from "../core/pack.js";
import type { Store, StoredDocument } from "../store/store.js";
import { gatherBrief, sideLabel, type SideStory } from "./brief.js";
import { mdLink, mdText } from "./export-escape.js";
import type { Sink } from "./export-json.js";
import type { StancePoint } from "./shifts.js";
import { timeline } from "./timeline.js";
import type { EntrySource, TimelineEntry } from "./timeline-types.js";

// The Markdown brief an analyst can send: the issue, where each side stands now and how it moved, the timeline,
// and the sources. Every text from the documents is escaped; statements are quoted, never rendered as Markdown.
// The pack's background events that no document names are left off the timeline (the timeline command has them).

// Characters of a statement or event quoted in the brief before it is cut with "…".
const QUOTE_CHARS = 400;
// Documents named under one timeline entry before "and N more".
const SOURCES_SHOWN = 3;

const cut = (s: string): string => (s.length > QUOTE_CHARS ? `${s.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : s);
const quote = (s: string): string => `“${mdText(cut(s))}”`;
const docRef = (s: EntrySource): string => `${mdText(s.outlet ?? "outlet unknown")} \`${s.document}\``;
/** The first few documents, and how many more (`count`: all of them, when only some were read). */
const refs = (sources: EntrySource[], count = sources.length): string => {
  const shown = sources.slice(0, SOURCES_SHOWN);
  return shown.map(docRef).join("; ") + (count > shown.length ? `; and ${count - shown.length} more` : "");
};
const said = (p: StancePoint): string => `${p.date}, ${mdText(p.speaker.name)}: ${quote(p.text)} (${refs(p.sources)})`;

function sideSection(s: SideStory, pack: Pack | null): string {
  const lines = [`### ${mdText(sideLabel(s.subject, pack))}`, ""];
  if (s.now) lines.push(`Now **${s.now.stance}**, since ${said(s.now.first)}.${s.now.count > 1 ? ` Latest: ${said(s.now.last)}.` : ""}`, "");
  if (s.shifts.length) {
    lines.push("How it moved:", "");
    for (const x of s.shifts) {
      const order = x.certain ? "" : " (order uncertain: the dates overlap)";
      lines.push(`- ${x.after.date}: **${x.from} → ${x.to}**${order}. Before: ${said(x.before)}. After: ${said(x.after)}.`);
    }
  } else lines.push("No change of stance in the dated statements.");
  return lines.join("\n") + "\n\n";
}

function entryLine(e: TimelineEntry): string {
  const when = `**${e.date}** (${e.precision ?? "date"})`;
  if (e.type === "statement") {
    const who = `${mdText(e.speaker.name)}${e.speaker.country ? ` \\[${e.speaker.country}\\]` : ""}`;
    return `- ${when} · ${e.stance} · ${who}: ${quote(e.text)} — ${refs(e.sources, e.sourceCount)}`;
  }
  const what = e.origin === "pack" ? `${mdText(e.title)} (pack): ${mdText(cut(e.text))}` : quote(e.text);
  return `- ${when} · event · ${what} — ${e.origin === "pack" ? "named in " : ""}${refs(e.sources, e.sourceCount)}`;
}

function sourceLine(d: StoredDocument): string {
  const title = d.meta.title?.value ?? d.title ?? "untitled";
  const facts = [d.meta.outlet?.value ?? d.outlet ?? "outlet unknown", d.published.date ? `published ${d.published.date}${d.published.inferred ? " (inferred)" : ""}` : "date unknown"];
  return `- \`${d.id}\` **${mdText(title)}** — ${facts.map(mdText).join(", ")}. ${mdLink(d.url, d.source)}`;
}

export async function writeMarkdown(store: Store, sink: Sink, opts: { pack: Pack | null }): Promise<{ entries: number; documents: number }> {
  const brief = await gatherBrief(store, opts.pack);
  await sink.write(`# ${mdText(brief.title)}: brief\n\n`);
  await sink.write(
    `Made by dossier from ${brief.documents} documents and ${brief.statements} statements. Dates are when things were said or ` +
      "happened, at the precision the sources support (a year, a month or a day), not when they were published.\n\n",
  );
  if (brief.issue) await sink.write(`## The issue\n\n${mdText(brief.issue)}\n\n`);
  await sink.write("## Where each side stands\n\n");
  await sink.write("Each side is every speaker of that country; neutral statements neither continue nor break a stance.\n\n");
  for (const s of brief.sides) await sink.write(sideSection(s, opts.pack));
  if (!brief.sides.length) await sink.write("No dated statement takes a stance.\n\n");
  await sink.write("## Timeline\n\n");
  let entries = 0;
  let background = 0;
  for await (const e of timeline(store, opts.pack, {}, { sourceLimit: SOURCES_SHOWN })) {
    if (e.type === "event" && e.origin === "pack" && !e.sources.length) {
      background++;
      continue;
    }
    entries++;
    await sink.write(entryLine(e) + "\n");
  }
  if (background) await sink.write(`\n${background} more events the pack knows are named in no document and left out here.\n`);
  await sink.write("\n## Sources\n\n");
  let documents = 0;
  for await (const d of store.iterateDocuments()) {
    documents++;
    await sink.write(sourceLine(d) + "\n");
  }
  return { entries, documents };
}
