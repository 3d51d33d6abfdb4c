// JSON-LD as pages ship it: often valid, sometimes with trailing commas, raw newlines inside strings,
// HTML comment or CDATA wrappers. A lenient second attempt repairs only those; anything else is skipped.

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** The value of one <script type="application/ld+json"> block, or null when it cannot be read. */
export function parseJsonLd(raw: string): unknown {
  const text = raw.trim();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    const repaired = text
      .replace(/^(?:\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[))+/, "")
      .replace(/(?:\s*(?:-->|\/\/\s*\]\]>|\]\]>))+\s*$/, "")
      .replace(/[\u0000-\u001f]+/g, " ")
      .replace(/,\s*([}\]])/g, "$1")
      .replace(/;\s*$/, "");
    try {
      return JSON.parse(repaired);
    } catch {
      return null;
    }
  }
}

/** Every object a JSON-LD value describes: top-level arrays and `@graph` lists flattened, in order. */
export function flattenJsonLd(value: unknown, out: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(value)) {
    for (const v of value) flattenJsonLd(v, out);
  } else if (isObject(value)) {
    const graph = value["@graph"];
    const own = Object.keys(value).filter((k) => k !== "@context" && k !== "@graph");
    if (own.length > 0) out.push(value);
    if (graph !== undefined) flattenJsonLd(graph, out);
  }
  return out;
}

/** The `@type`s of a JSON-LD object ("NewsArticle", or several). */
export function jsonLdTypes(obj: JsonObject): string[] {
  const t = obj["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === "string").map((x) => x.replace(/^https?:\/\/schema\.org\//, ""));
}

/** Strings in a JSON-LD field: a string, `{name}` / `{@value}` objects, or a list of those. */
export function jsonLdStrings(value: unknown, key = "name"): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((v) => jsonLdStrings(v, key));
  if (isObject(value)) {
    const v = value[key] ?? value["@value"];
    return typeof v === "string" ? [v] : [];
  }
  return [];
}
