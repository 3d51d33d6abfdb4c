// Keyset pagination: a cursor is the sort key of the last row seen, opaque to clients (base64url JSON).

/** Sorts after every date string, so undated statements come last. */
export const UNDATED = "~";

export const encodeCursor = (when: string, id: string): string => Buffer.from(JSON.stringify([when, id])).toString("base64url");

export function decodeCursor(cursor: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === "string" && typeof v[1] === "string") return [v[0], v[1]];
  } catch {
    // fall through to the error below
  }
  throw new RangeError(`not a cursor this store made: '${cursor}'`);
}
