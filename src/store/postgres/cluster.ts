// A throwaway PostgreSQL server for tests and benchmarks: its own data folder, a free port on 127.0.0.1 and a
// socket in that folder, fsync off. It never touches a server that is already running, and it goes away when
// stopped, when this process exits, or (through a small guard process) when this process is killed.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { chownSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { serverBinaries, serverUser, type OsUser } from "./cluster-host.js";

// How long the server may take to say it accepts connections before we give up (ms).
const START_TIMEOUT_MS = 30_000;
// How long a fast shutdown may take before the server is killed outright (ms).
const STOP_TIMEOUT_MS = 10_000;
// Ports are picked free, then bound by the server a moment later; another process may win the race. Tries:
const PORT_ATTEMPTS = 5;
// Settings for speed: nothing here needs to survive a power cut.
const SERVER_SETTINGS = ["fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=200"];

const run = promisify(execFile);

export interface Cluster {
  readonly port: number;
  /** The postmaster's process id (its backends are its children): for benchmarks that count the server's CPU. */
  readonly pid: number;
  /** The server's folder (data and socket); gone once the server is. */
  readonly dir: string;
  /** Milliseconds from the call to startCluster() to the first accepted connection. */
  readonly startMs: number;
  /** URL of a database on this server (`postgres` when none is named). */
  url(database?: string): string;
  /** A new, empty database; its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** Start a fresh server. Throws, saying what to install, when PostgreSQL's server programs are missing. */
export async function startCluster(): Promise<Cluster> {
  const started = performance.now();
  const bin = serverBinaries();
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), "dossier-pg-"));
  const data = join(dir, "data");
  if (user) chownSync(dir, user.uid, user.gid);
  const removeDir = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    await run(bin.initdb, ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"], {
      ...asUser(user),
      cwd: dir,
    }).catch((err: Error & { stderr?: string }) => {
      throw new Error(`initdb failed: ${err.stderr?.trim() || err.message}`);
    });
    const sockets = join(dir, "sockets");
    mkdirSync(sockets);
    if (user) chownSync(sockets, user.uid, user.gid);
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const server = spawn(bin.postgres, ["-D", data, "-p", String(port), "-k", sockets, "-h", "127.0.0.1", ...SERVER_SETTINGS.flatMap((s) => ["-c", s])], {
        ...asUser(user),
        cwd: dir,
        stdio: ["ignore", "ignore", "pipe"],
      });
      const outcome = await readiness(server);
      if (outcome.ready) return running(server, port, dir, started);
      if (!/already in use|could not bind|could not create any TCP/i.test(outcome.log) || attempt >= PORT_ATTEMPTS) {
        throw new Error(`PostgreSQL did not start: ${outcome.log.trim().split("\n").slice(-5).join("\n")}`);
      }
    }
  } catch (err) {
    removeDir();
    throw err;
  }
}

function asUser(user: OsUser | null): { uid?: number; gid?: number; env: NodeJS.ProcessEnv } {
  // postgres refuses to run as root; it runs as the `postgres` account the Debian package created
  const env = { ...process.env, LC_ALL: "C", TZ: "UTC" };
  return user ? { uid: user.uid, gid: user.gid, env: { ...env, HOME: user.home } } : { env };
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Waits for the server's "ready to accept connections", or its exit. */
function readiness(server: ChildProcess): Promise<{ ready: boolean; log: string }> {
  return new Promise((resolve) => {
    let log = "";
    const done = (ready: boolean): void => {
      clearTimeout(timer);
      server.stderr!.removeListener("data", onData);
      server.removeListener("exit", onExit);
      if (!ready) server.kill("SIGKILL");
      resolve({ ready, log });
    };
    const onData = (chunk: Buffer): void => {
      log += chunk.toString("utf8");
      if (/ready to accept connections/.test(log)) done(true);
    };
    const onExit = (): void => done(false);
    const timer = setTimeout(() => {
      log += `\n(no answer after ${START_TIMEOUT_MS} ms)`;
      done(false);
    }, START_TIMEOUT_MS);
    server.stderr!.on("data", onData);
    server.once("exit", onExit);
  });
}

function running(server: ChildProcess, port: number, dir: string, started: number): Cluster {
  const tail: string[] = [];
  // keep reading the server's log (a full pipe would stall it) and keep the last lines for error reports
  server.stderr!.on("data", (chunk: Buffer) => {
    tail.push(chunk.toString("utf8"));
    if (tail.length > 50) tail.shift();
  });
  const onExit = (): void => {
    // this process is going away without stop(): immediate shutdown, synchronously
    server.kill("SIGQUIT");
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", onExit);
  guard(server.pid!, dir);
  // the server must not keep this process alive by itself: stop() or the exit hook ends it
  server.unref();
  (server.stderr as unknown as { unref(): void }).unref();
  const url = (database = "postgres"): string => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let databases = 0;
  let stopping: Promise<void> | null = null;
  return {
    port,
    pid: server.pid!,
    dir,
    startMs: performance.now() - started,
    url,
    async createDatabase() {
      const name = `db${++databases}`;
      const admin = new pg.Client({ connectionString: url() });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        process.removeListener("exit", onExit);
        if (server.exitCode !== null || server.signalCode !== null) return resolve();
        const kill = setTimeout(() => server.kill("SIGKILL"), STOP_TIMEOUT_MS);
        server.once("exit", () => {
          clearTimeout(kill);
          resolve();
        });
        server.kill("SIGINT"); // fast shutdown: open sessions are ended, nothing is waited for
      }).then(() => rmSync(dir, { recursive: true, force: true }));
      return stopping;
    },
  };
}

/** A detached watcher that shuts the server down and removes its folder if this process dies without cleaning up. */
function guard(serverPid: number, dir: string): void {
  const script = fileURLToPath(new URL("./cluster-guard.js", import.meta.url));
  const child = spawn(process.execPath, [script, String(process.pid), String(serverPid), dir], { detached: true, stdio: "ignore" });
  child.unref();
}
