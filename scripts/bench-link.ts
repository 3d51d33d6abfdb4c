// Section "link": the link stage (near-duplicate groups, merged statements, dates from wire copies) over every real
// page in ../shared/data and the seeds. The store is filled without the seeds and every twentieth fundus page, then
// linked from nothing (relinkAll: a full pass) and timed; then the held-out pages are ingested and linked
// incrementally (linkNew, what `dossier ingest` runs after each batch) and timed.
import { availableParallelism } from "node:os";
import type { Ctx } from "../src/core/doc.js";
import { loadPack } from "../src/core/pack.js";
import { sharedPath } from "../src/core/paths.js";
import { linkNew, relinkAll, type LinkSummary } from "../src/link/link-pass.js";
import { ingestItems } from "../src/pipeline/ingest.js";
import { expandInputs, readInputs } from "../src/read/index.js";
import type { CaseResult, Section, Table } from "./bench-kit.js";
import { tempSqlite } from "./bench-pipeline.js";

interface LinkMeasure extends CaseResult {
  documents: number;
  statements: number;
  full: LinkSummary;
  added: number;
  incremental: LinkSummary;
  copies: number;
}

export const linkSection: Section = {
  id: "link",
  title: "The link stage over every real page: a full pass, and an incremental one for a new batch",
  cases: () => ["sqlite"],
  async runCase(_id, opts) {
    const ctx: Ctx = { pack: loadPack() };
    const all = (await expandInputs([sharedPath("data"), sharedPath("seeds")])).files;
    const isLater = (f: string, i: number): boolean => f.includes("/seeds/") || (f.includes("fundus-news-html") && i % 20 === 0);
    const files = opts.quick ? all.filter((_, i) => i % 10 === 0 || all[i]!.includes("/seeds/")) : all;
    const first = files.filter((f, i) => !isLater(f, i));
    const later = files.filter((f, i) => isLater(f, i));
    const { store, dispose } = tempSqlite();
    try {
      const jobs = availableParallelism();
      await ingestItems(readInputs(first), store, ctx, undefined, { jobs });
      const full = await relinkAll(store, ctx);
      const batch = await ingestItems(readInputs(later), store, ctx, undefined, { jobs });
      const ids = batch.documents.filter((d) => d.status === "ingested" && d.id).map((d) => d.id!);
      const incremental = await linkNew(store, ctx, ids);
      let copies = 0;
      for (let after: string | undefined; ; ) {
        const page = await store.listDocumentGroups({ limit: 500, ...(after ? { after } : {}) });
        copies += page.rows.reduce((n, g) => n + g.members.filter((m) => m.role === "copy").length, 0);
        if (!page.next) break;
        after = page.next;
      }
      return {
        documents: await store.countDocuments(),
        statements: await store.countStatements(),
        full,
        added: ids.length,
        incremental,
        copies,
      } satisfies LinkMeasure;
    } finally {
      await dispose();
    }
  },
  tables(results): Table[] {
    const r = results.sqlite as LinkMeasure | undefined;
    if (!r) return [];
    const row = (pass: string, s: LinkSummary) => ({
      pass,
      documents: s.documents,
      groups: s.groups,
      groupsChanged: s.groupsChanged,
      redated: s.redated,
      statements: s.statements,
      merged: s.merged,
      seconds: s.seconds,
      docsPerSec: s.seconds > 0 ? s.documents / s.seconds : null,
    });
    return [
      {
        title: "dossier's link stage on SQLite",
        columns: [
          { key: "pass", title: "pass" },
          { key: "documents", title: "docs linked" },
          { key: "groups", title: "groups after" },
          { key: "groupsChanged", title: "groups written" },
          { key: "redated", title: "redated" },
          { key: "statements", title: "statements regrouped" },
          { key: "merged", title: "multi-source statements" },
          { key: "seconds", title: "seconds", digits: 2 },
          { key: "docsPerSec", title: "docs/s", digits: 0 },
        ],
        rows: [row("full (relinkAll)", r.full), row(`incremental (${r.added} new)`, r.incremental)],
        notes: [
          `store: ${r.documents.toLocaleString("en-US")} documents, ${r.statements.toLocaleString("en-US")} statements; ${r.copies} documents are copies in a group`,
          "the new batch: the five seeds and every twentieth fundus page, ingested after the full pass",
        ],
      },
    ];
  },
};
