import Database from "better-sqlite3";
import { migrations } from "./migrations.js";

/** For tests: a store as a dossier of schema `version` left it (only its first migrations applied). */
export function writeOldStore(path: string, version: number): void {
  const raw = new Database(path);
  for (const [v, sql] of migrations.slice(0, version).entries()) (raw.exec(sql), raw.pragma(`user_version = ${v + 1}`));
  raw.close();
}
