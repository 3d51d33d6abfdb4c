// Every bench section, in the order they run and print. Add yours here (scripts/bench-<name>.ts exporting a
// Section, see scripts/bench-kit.ts).
import type { Section } from "./bench-kit.js";
import { jobsSection } from "./bench-jobs.js";
import { linkSection } from "./bench-link.js";
import { htmlSection, textSection } from "./bench-pipeline.js";
import { queriesSection } from "./bench-queries.js";
import { storesSection, workersSection } from "./bench-stores.js";
import { streamSection } from "./bench-stream.js";

export const sections: Section[] = [textSection, htmlSection, jobsSection, linkSection, storesSection, workersSection, queriesSection, streamSection];
