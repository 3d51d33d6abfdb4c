// The CLI as a separate process, for tests that must kill it (crash safety, workers). The entry is found beside
// this compiled file, so it runs the same build the test comes from (dist/, or a helper's own output folder).
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const CLI_ENTRY = fileURLToPath(new URL("./cli-entry.js", import.meta.url));

/** `dossier ARGS…` in a child process; stdout and stderr are piped. */
export function spawnCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [CLI_ENTRY, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Collects a child's output until it exits. */
export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
  child.stderr?.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs `dossier ARGS…` to the end. */
export const runCli = (args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Finished> => finished(spawnCli(args, env));
