import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The package root: the nearest folder above this file holding package.json (works from src/ and dist/). */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("package.json not found above " + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

export const projectRoot = findRoot();
export const projectPath = (...parts: string[]): string => join(projectRoot, ...parts);
/** The shared material that sits beside the checkout (seeds, gold, data); tests read it from there. */
export const sharedPath = (...parts: string[]): string => resolve(projectRoot, "..", "shared", ...parts);
