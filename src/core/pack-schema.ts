import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { projectPath } from "./paths.js";

// Structural validation of a pack against data/packs/pack.schema.json (JSON Schema draft-07, ajv).

export const PACK_SCHEMA_PATH = projectPath("data", "packs", "pack.schema.json");

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(PACK_SCHEMA_PATH, "utf8")) as object;
    // allErrors: report every problem at once, so one run of `pack validate` lists them all.
    compiled = new Ajv({ allErrors: true, strict: true }).compile(schema);
  }
  return compiled;
}

/** One readable line per schema error: the JSON path, what is wrong, and the offending detail. */
function describe(error: ErrorObject): string {
  const path = error.instancePath === "" ? "/" : error.instancePath;
  const p = error.params as Record<string, unknown>;
  let detail = "";
  if (error.keyword === "additionalProperties") detail = `: "${String(p["additionalProperty"])}"`;
  else if (error.keyword === "enum") detail = `: one of ${JSON.stringify(p["allowedValues"])}`;
  return `${path}: ${error.message ?? error.keyword}${detail}`;
}

/** Schema errors of a parsed pack, or [] when it conforms. */
export function schemaErrors(json: unknown): string[] {
  const validate = validator();
  if (validate(json)) return [];
  // "if/then" wrappers repeat the inner error ("must match then schema"); the inner one says it better.
  return (validate.errors ?? []).filter((e) => e.keyword !== "if").map(describe);
}
