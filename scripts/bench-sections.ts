// Every bench section, in the order they run and print. Add yours here (scripts/bench-<name>.ts exporting a
// Section, see scripts/bench-kit.ts): SQLite vs PostgreSQL, query latency at 1M statements, …
import type { Section } from "./bench-kit.js";
import { jobsSection } from "./bench-jobs.js";
import { htmlSection, textSection } from "./bench-pipeline.js";

export const sections: Section[] = [textSection, htmlSection, jobsSection];
