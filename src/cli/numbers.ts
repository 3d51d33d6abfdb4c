import { UsageError } from "./io.js";

/** A positive integer option, or undefined when absent; anything else is a usage error naming the option. */
export function positiveInt(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} wants a positive whole number, not '${String(value)}'`);
  return n;
}
