import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { projectPath } from "../src/core/paths.js";
import { withUsage } from "./readme.js";

test("the README's usage section is the CLI's own help (run node dist/scripts/readme.js to refresh it)", () => {
  const readme = readFileSync(projectPath("README.md"), "utf8");
  assert.equal(readme, withUsage(readme));
});

test("the README names the two set-up commands and .ci/run runs exactly the test one", () => {
  const readme = readFileSync(projectPath("README.md"), "utf8");
  const ci = readFileSync(projectPath(".ci", "run"), "utf8");
  const testCmd = readme.match(/^(npm ci && npm test)$/m)?.[1];
  assert.ok(testCmd, "README shows `npm ci && npm test` on a line of its own");
  assert.match(ci, /^npm ci && npm test$/m);
  assert.match(readme, /^npm ci && npx dossier ingest /m);
});
