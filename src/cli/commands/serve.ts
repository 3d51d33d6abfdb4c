import { existsSync } from "node:fs";
import { isIP } from "node:net";
import { startServer } from "../../serve/server.js";
import { isPostgresUrl, openStore, redactUrl } from "../../store/open.js";
import { UsageError, type Io } from "../io.js";
import type { Parsed } from "../main.js";
import { loadCtx } from "../pack-option.js";
import { optionValue } from "../settings.js";
import { storeLocation } from "../store-option.js";

// `dossier serve`: the pages and the API over a store, on loopback unless another address is asked for.
// The server only reads: the store is opened read-only (never created, migrated or written), and ingest can keep
// adding to it while it runs.

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

function port(p: Parsed, io: Io): number {
  const v = optionValue("port", p.values, io.env) ?? "8080";
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new UsageError(`--port wants a port number from 0 to 65535 (0: any free port), not '${v}'`);
  return n;
}

function host(p: Parsed, io: Io): string {
  const v = optionValue("host", p.values, io.env) ?? "127.0.0.1";
  if (v !== "localhost" && !isIP(v)) throw new UsageError(`--host wants an IP address to listen on (127.0.0.1, ::1, 0.0.0.0), not '${v}'`);
  return v;
}

/** Resolves on Ctrl-C or a termination request. */
const shutdownSignal = (): Promise<string> =>
  new Promise((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve(signal));
  });

/** Serve until `stop` settles; tests pass their own promise. */
export async function serveUntil(p: Parsed, io: Io, stop: Promise<unknown>): Promise<number> {
  if (p.positionals.length) throw new UsageError(`serve takes no arguments (got ${p.positionals.join(" ")})`);
  const listen = { host: host(p, io), port: port(p, io) };
  const ctx = loadCtx(p, io);
  const log = (line: string) => io.stderr.write(`dossier serve: ${line}\n`);
  const location = storeLocation(p, io);
  if (!isPostgresUrl(location) && !existsSync(location)) {
    throw new UsageError(`no store at ${location}: ingest something first (dossier ingest FILES --db ${location})`);
  }
  const store = await openStore(location, { readonly: true });
  try {
    const server = await startServer({ store, pack: ctx.pack, log }, listen);
    if (!LOOPBACK.test(listen.host)) log(`listening on ${listen.host}: anyone who can reach this address can read the store`);
    io.stdout.write(`serving ${redactUrl(location)} at ${server.url} (Ctrl-C to stop)\n`);
    await stop;
    await server.close();
    return 0;
  } finally {
    await store.close();
  }
}

export const serveCommand = (p: Parsed, io: Io): Promise<number> => serveUntil(p, io, shutdownSignal());
