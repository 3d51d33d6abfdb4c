import { shortId } from "../core/hash.js";

/** A statement's id: stable for the same words at the same place of the same document. */
export const statementId = (documentId: string, s: { start: number; end: number }): string =>
  shortId("s", `${documentId}:${s.start}:${s.end}`);
