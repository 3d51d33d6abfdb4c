/** Where a command reads and writes: the real process, or buffers in tests. */
export interface Io {
  stdout: { write(chunk: string): unknown; columns?: number };
  stderr: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
}

export const processIo = (): Io => ({
  stdout: closableOutput(process.stdout),
  stderr: quietOnClose(process.stderr),
  stdin: process.stdin,
  env: process.env,
});

/** A usage error: printed with a hint, exit status 2. */
export class UsageError extends Error {}

/**
 * Thrown by a write to stdout once its reader has gone (`dossier statements | head` after ten lines). It unwinds
 * the command like any error, so stores are closed on the way out, and `run` ends the command quietly there.
 */
export class OutputClosed extends Error {
  constructor() {
    super("the reader of the output has closed it");
  }
}

const isClosedPipe = (err: unknown): boolean => (err as NodeJS.ErrnoException | null)?.code === "EPIPE";

/**
 * Stdout that stops the command when the reader goes away. A failed write to a pipe destroys the stream at once
 * and emits its EPIPE a tick later; without a listener that event kills the process with a stack trace. Here it
 * is expected, and the next write throws OutputClosed. Other errors still surface as they did.
 */
export function closableOutput(stream: NodeJS.WriteStream): Io["stdout"] {
  quietOnClose(stream);
  return {
    write(chunk: string): boolean {
      if (isClosedPipe(stream.errored)) throw new OutputClosed();
      return stream.write(chunk);
    },
    get columns(): number | undefined {
      return stream.columns;
    },
  };
}

/** A stream whose closed pipe is ignored (stderr: a progress bar or a message nobody reads any more). */
function quietOnClose<S extends NodeJS.WriteStream>(stream: S): S {
  if (!stream.listeners("error").includes(ignoreClosedPipe)) stream.on("error", ignoreClosedPipe);
  return stream;
}

function ignoreClosedPipe(err: Error): void {
  if (!isClosedPipe(err)) throw err;
}
