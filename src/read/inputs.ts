// What the analyst passed on the command line → the files to read → pages. Files, directories (walked
// recursively, sorted, hidden entries skipped), globs, and `-` for stdin.
import { createReadStream } from "node:fs";
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import type { ReadFailure, ReadItem } from "../core/types.js";
import { READ_CHUNK_BYTES, SMALL_FILE_BYTES } from "./settings.js";
import { readSource } from "./source.js";

export interface ReadOptions {
  /** Stream read for `-` (defaults to process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Called as each file starts, with its size in bytes (0 for stdin). */
  onFile?: (path: string, bytes: number) => void;
  /** Called as raw bytes are read, with the running total over all files. */
  onProgress?: (bytesDone: number) => void;
}

export interface Expanded {
  /** Files in reading order, without duplicates; `-` stands for stdin. */
  files: string[];
  failures: ReadFailure[];
  /** Sum of the files' sizes on disk (stdin not counted): what a progress bar fills up to. */
  totalBytes: number;
}

/** The files named by the arguments, with a failure for each argument that names nothing. */
export async function expandInputs(args: readonly string[]): Promise<Expanded> {
  const { files, failures, totalBytes } = await expand(args);
  return { files, failures, totalBytes };
}

/** expandInputs, plus each file's size (so reading need not stat it again). */
async function expand(args: readonly string[]): Promise<Expanded & { sizes: Map<string, number> }> {
  const files: string[] = [];
  const failures: ReadFailure[] = [];
  const sizes = new Map<string, number>();
  let totalBytes = 0;
  const add = (path: string, size: number): void => {
    if (sizes.has(path)) return;
    sizes.set(path, size);
    files.push(path);
    totalBytes += size;
  };
  for (const arg of args) {
    if (arg === "-") {
      add("-", 0);
      continue;
    }
    const info = await stat(arg).catch((err: NodeJS.ErrnoException) => err);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) await walk(arg, add, new Set([await realpath(arg)]));
      else add(arg, info.size);
      continue;
    }
    if (info.code === "ENOENT" && isDynamicPattern(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(arg) })).sort();
      if (matches.length === 0) failures.push({ source: arg, reason: "no files match this pattern" });
      for (const m of matches) add(m, (await stat(m)).size);
      continue;
    }
    failures.push({ source: arg, reason: info.code === "ENOENT" ? "no such file or directory" : accessProblem(info) });
  }
  return { files, failures, totalBytes, sizes };
}

/** Depth-first, entries sorted by name, hidden entries skipped; symlinked folders followed once. */
async function walk(dir: string, add: (path: string, size: number) => void, visited: Set<string>): Promise<void> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => !n.startsWith(".")).sort();
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (!info) continue; // a dangling symlink
    if (info.isDirectory()) {
      const real = await realpath(path);
      if (visited.has(real)) continue;
      visited.add(real);
      await walk(path, add, visited);
    } else if (info.isFile()) add(path, info.size);
  }
}

/** Every page the arguments hold, in order; failures for missing paths come first. */
export async function* readInputs(args: readonly string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const { files, failures, sizes } = await expand(args);
  for (const failure of failures) yield { failure };
  let done = 0;
  const counted = async function* (stream: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream) {
      done += chunk.byteLength;
      opts.onProgress?.(done);
      yield chunk;
    }
  };
  for (const path of files) {
    if (path === "-") {
      opts.onFile?.("-", 0);
      const stdin = (opts.stdin ?? process.stdin) as AsyncIterable<Uint8Array | string>;
      yield* readSource("-", counted(asBytes(stdin)), null);
      continue;
    }
    const size = sizes.get(path) ?? 0;
    opts.onFile?.(path, size);
    if (size <= SMALL_FILE_BYTES) {
      const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => err);
      if (bytes instanceof Error) {
        yield { failure: { source: path, reason: accessProblem(bytes) } };
        continue;
      }
      done += bytes.length;
      opts.onProgress?.(done);
      yield* readSource(path, bytes, size);
      continue;
    }
    yield* readSource(path, counted(createReadStream(path, { highWaterMark: READ_CHUNK_BYTES })), size);
  }
}

async function* asBytes(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) yield typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
}

function accessProblem(err: NodeJS.ErrnoException): string {
  if (err.code === "ENOENT") return "no such file or directory (it went away before it was read)";
  if (err.code === "EACCES" || err.code === "EPERM") return "permission denied";
  return `cannot be read (${err.code ?? err.message})`;
}
