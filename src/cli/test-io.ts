import { Readable } from "node:stream";
import type { Io } from "./io.js";

/** An Io that records what a command prints, for in-process CLI tests. */
export function bufferIo(opts: { stdin?: string | Buffer; env?: Record<string, string> } = {}): Io & { out: () => string; err: () => string } {
  let out = "", err = "";
  return {
    stdout: { write: (s: string) => ((out += s), true) },
    stderr: { write: (s: string) => ((err += s), true), isTTY: false },
    stdin: Readable.from(opts.stdin !== undefined ? [Buffer.from(opts.stdin)] : []),
    env: opts.env ?? {},
    out: () => out,
    err: () => err,
  };
}
