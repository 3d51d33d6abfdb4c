// node dist/scripts/readme.js: rewrites the README's usage section from the CLI's declarations
// (src/cli/settings.ts), so --help and the README cannot drift apart. A test checks they agree.
import { readFileSync, writeFileSync } from "node:fs";
import { projectPath } from "../src/core/paths.js";
import { readmeUsage } from "../src/cli/help.js";

export const START = "<!-- usage:start (made by scripts/readme.ts from src/cli/settings.ts) -->";
export const END = "<!-- usage:end -->";

export function withUsage(readme: string): string {
  const a = readme.indexOf(START), b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error("README.md has no usage markers");
  return readme.slice(0, a + START.length) + "\n" + readmeUsage() + "\n" + readme.slice(b);
}

if (process.argv[1]?.endsWith("readme.js")) {
  const path = projectPath("README.md");
  writeFileSync(path, withUsage(readFileSync(path, "utf8")));
  console.log("README.md usage section rewritten");
}
