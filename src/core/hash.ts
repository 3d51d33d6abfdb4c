import { createHash } from "node:crypto";

/** Hex SHA-256 of bytes or a string (UTF-8). */
export const sha256 = (data: Uint8Array | string): string => createHash("sha256").update(data).digest("hex");

/** A short, stable id with a prefix: `d_` + the first 16 hex digits of the content hash. */
export const shortId = (prefix: string, data: Uint8Array | string): string => `${prefix}_${sha256(data).slice(0, 16)}`;
