// Where a problem is in the pack file: JSON pointers ("/actors/3/offices/0") → line numbers, so an analyst
// editing the file can go straight to it. A small scanner over text that JSON.parse has already accepted.

const WHITESPACE = /[ \t\r\n]/;

const escapeToken = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** The 1-based line of every value in the JSON text, by its JSON pointer ("" is the root). */
export function jsonLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skip = (): void => {
    while (i < text.length && WHITESPACE.test(text[i]!)) if (text[i++] === "\n") line++;
  };
  const string = (): string => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (pointer: string): void => {
    skip();
    lines.set(pointer, line);
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      for (let n = 0; ; n++) {
        skip();
        if (text[i] === close) break;
        let token = String(n);
        if (c === "{") {
          token = escapeToken(string());
          skip();
          i++; // the colon
        }
        value(`${pointer}/${token}`);
        skip();
        if (text[i] === ",") i++;
      }
      i++;
    } else if (c === '"') {
      string();
    } else {
      while (i < text.length && !/[,\]}\s]/.test(text[i]!)) i++;
    }
  };
  value("");
  return lines;
}

/**
 * The line of the value a problem names. Problems start with a pointer, sometimes with the item's id after an
 * index ("/actors/3 (RU-PESKOV)/offices/0: …"), or with an item's id alone ("ru-amb-jp: no holder …"); a
 * pointer to something missing falls back to its parent.
 */
export function problemLine(lines: Map<string, number>, ids: Map<string, string>, problem: string): number | null {
  const path = problem.slice(0, problem.indexOf(": ") >= 0 ? problem.indexOf(": ") : problem.length);
  let pointer = path.replace(/ \([^)]*\)/g, "").replace(/\/$/, "");
  if (!pointer.startsWith("/") && pointer !== "") {
    const item = ids.get(pointer);
    if (item === undefined) return null;
    pointer = item;
  }
  for (;;) {
    const line = lines.get(pointer);
    if (line !== undefined) return line;
    if (!pointer) return null;
    pointer = pointer.slice(0, pointer.lastIndexOf("/"));
  }
}

/** The JSON pointer of every item with an id in the pack's sections: "ru-amb-jp" → "/offices/12". */
export function itemPointers(pack: unknown): Map<string, string> {
  const ids = new Map<string, string>();
  const sections = (pack && typeof pack === "object" ? pack : {}) as Record<string, unknown>;
  for (const section of ["sides", "offices", "actors", "places", "events"]) {
    const items = sections[section];
    if (!Array.isArray(items)) continue;
    items.forEach((item: { id?: unknown }, i) => {
      if (typeof item?.id === "string" && !ids.has(item.id)) ids.set(item.id, `/${section}/${i}`);
    });
  }
  return ids;
}
