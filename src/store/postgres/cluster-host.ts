// What this machine offers for a throwaway PostgreSQL server: where its programs are, and which OS account runs it.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { delimiter, join } from "node:path";

export interface ServerBinaries {
  initdb: string;
  postgres: string;
}

export interface OsUser {
  uid: number;
  gid: number;
  home: string;
}

// Debian installs every major version side by side here; pg_config (from libpq-dev) may exist without a server.
const DEBIAN_ROOT = "/usr/lib/postgresql";

export const INSTALL_HINT =
  "install the PostgreSQL server: `apt-get install postgresql-15` on Debian/Ubuntu (or any version ≥ 13 with initdb and postgres on PATH)";

/** Where to look, in order: pg_config's bindir, Debian's folders (newest version first), then PATH. */
export const serverFolders = (): string[] =>
  [pgConfigBindir(), ...debianBindirs(), ...(process.env.PATH ?? "").split(delimiter)].filter((f): f is string => Boolean(f));

/** initdb and postgres from the first folder that has both. */
export function serverBinaries(folders: readonly string[] = serverFolders()): ServerBinaries {
  for (const folder of folders) {
    const initdb = join(folder, "initdb");
    const postgres = join(folder, "postgres");
    if (existsSync(initdb) && existsSync(postgres)) return { initdb, postgres };
  }
  throw new Error(`PostgreSQL's server programs (initdb, postgres) were not found in ${folders.join(", ")}: ${INSTALL_HINT}`);
}

function pgConfigBindir(): string | null {
  try {
    return execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

function debianBindirs(): string[] {
  if (!existsSync(DEBIAN_ROOT)) return [];
  return readdirSync(DEBIAN_ROOT)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => join(DEBIAN_ROOT, v, "bin"));
}

/** The account the server runs as: null to run as ourselves; `postgres` when we are root (postgres refuses root). */
export function serverUser(): OsUser | null {
  if (process.getuid?.() !== 0) return null;
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error(`running as root needs a 'postgres' OS account to run the server as: ${INSTALL_HINT} (it creates one)`);
  const [, , uid, gid, , home] = line.split(":");
  return { uid: Number(uid), gid: Number(gid), home: home || "/" };
}
