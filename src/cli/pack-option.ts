import type { Ctx } from "../core/doc.js";
import { DEFAULT_PACK_PATH, loadPack } from "../core/pack.js";
import type { Parsed } from "./main.js";
import { optionValue } from "./settings.js";
import { UsageError, type Io } from "./io.js";

/**
 * The run's context: the pack named by --pack (or DOSSIER_PACK), validated; the Russia–Japan pack when none is
 * named; no pack at all for `--pack none` (names then come from the text alone and stance stays neutral).
 */
export function loadCtx(p: Parsed, io: Io): Ctx {
  const path = optionValue("pack", p.values, io.env) ?? DEFAULT_PACK_PATH;
  if (path === "none") return { pack: null };
  try {
    return { pack: loadPack(path) };
  } catch (err) {
    throw new UsageError(`cannot use the pack ${path}: ${(err as Error).message}\n(check it with: dossier pack validate ${path})`);
  }
}
