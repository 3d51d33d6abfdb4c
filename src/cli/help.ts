import { commands, options, type CommandSpec, type OptionSpec } from "./settings.js";

const optionLine = (name: string, spec: OptionSpec): string => {
  const flag = `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.value ? ` ${spec.value}` : ""}`;
  const extra = [spec.env ? `env ${spec.env}` : "", spec.default || spec.defaultLabel ? `default ${spec.default ?? spec.defaultLabel}` : ""].filter(Boolean);
  return `  ${flag.padEnd(24)} ${spec.help}${extra.length ? ` (${extra.join("; ")})` : ""}`;
};

export function commandHelp(cmd: CommandSpec): string {
  const lines = [`usage: dossier ${cmd.name}${cmd.args ? ` ${cmd.args}` : ""} [options]`, "", cmd.summary + "."];
  if (cmd.details.length) lines.push("", ...cmd.details);
  lines.push("", "options:", ...[...cmd.options, "help" as const].map((o) => optionLine(o, options[o])));
  return lines.join("\n") + "\n";
}

export function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    "dossier — who said what, and when: a sourced record of a long-running story from raw news pages.",
    "",
    "usage: dossier <command> [options]",
    "",
    "commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)} ${c.summary}`),
    "",
    "Run `dossier <command> --help` for a command's options.",
    "",
  ].join("\n");
}

/** The README's usage section: every command's help, made from the same declarations. */
export const readmeUsage = (): string =>
  ["```text", mainHelp().trimEnd(), "```", "", ...commands.flatMap((c) => ["```text", commandHelp(c).trimEnd(), "```", ""])].join("\n");
