import { parseArgs } from "node:util";
import { commands, options, type OptionName, type OptionSpec } from "./settings.js";
import { commandHelp, mainHelp } from "./help.js";
import { OutputClosed, processIo, UsageError, type Io } from "./io.js";
import { ingestCommand } from "./commands/ingest.js";
import { docsCommand } from "./commands/docs.js";
import { showCommand } from "./commands/show.js";
import { searchCommand } from "./commands/search.js";
import { exportCommand } from "./commands/export.js";
import { timelineCommand } from "./commands/timeline.js";
import { stanceCommand } from "./commands/stance.js";
import { shiftsCommand } from "./commands/shifts.js";
import { statementsCommand } from "./commands/statements.js";
import { whoCommand } from "./commands/who.js";
import { packCommand } from "./commands/pack.js";
import { serveCommand } from "./commands/serve.js";
import { workerCommand } from "./commands/worker.js";

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

const parseSpec = (o: OptionName): { type: "string" | "boolean"; short?: string } => {
  const spec: OptionSpec = options[o];
  return spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
};

type Handler = (p: Parsed, io: Io) => Promise<number>;

const handlers: Record<string, Handler> = {
  ingest: ingestCommand,
  docs: docsCommand,
  show: showCommand,
  search: searchCommand,
  export: exportCommand,
  timeline: timelineCommand,
  stance: stanceCommand,
  shifts: shiftsCommand,
  statements: statementsCommand,
  who: whoCommand,
  pack: packCommand,
  serve: serveCommand,
  worker: workerCommand,
};

/**
 * The whole CLI as a function: arguments and streams in, exit status out. Tested in-process. Output cut short by
 * its reader (`| head`) ends the command with status 0: the reader had what it wanted, and 141 (SIGPIPE) would
 * fail every `set -o pipefail` script that pipes dossier into head.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof OutputClosed) return 0;
    throw err;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(mainHelp());
    return name ? 0 : 2;
  }
  if (name === "--version") {
    io.stdout.write("dossier 0.1.0\n");
    return 0;
  }
  const cmd = commands.find((c) => c.name === name);
  const handler = handlers[name];
  if (!cmd || !handler) {
    io.stderr.write(`dossier: unknown command '${name}'\n\n${mainHelp()}`);
    return 2;
  }
  try {
    const parsed = parseArgs({
      args: rest,
      options: Object.fromEntries([...cmd.options, "help" as const].map((o: OptionName) => [o, parseSpec(o)])),
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) {
      io.stdout.write(commandHelp(cmd));
      return 0;
    }
    return await handler(parsed as Parsed, io);
  } catch (err) {
    const e = err as Error & { code?: string };
    if (err instanceof OutputClosed) throw err;
    if (err instanceof UsageError || e.code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr.write(`dossier ${name}: ${e.message}\n\n${commandHelp(cmd)}`);
      return 2;
    }
    io.stderr.write(`dossier ${name}: ${e.message}\n`);
    return 1;
  }
}

/** Entry point for bin/dossier.js. */
export function main(): void {
  run(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (err: Error) => {
      process.stderr.write(`dossier: ${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
