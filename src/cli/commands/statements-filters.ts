import { dayRange } from "../../core/pack-dates.js";
import { packIndex, type Pack } from "../../core/pack.js";
import type { Stance } from "../../extract/types.js";
import type { StatementQuery } from "../../store/store.js";
import { UsageError } from "../io.js";
import { positiveInt } from "../numbers.js";

// The `statements` options turned into a store query; every bad value is a usage error that says what is wanted.

export const STANCES: readonly Stance[] = ["open", "conditional", "closed", "neutral"];

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date at year, month or day precision, checked against the calendar. */
export function partialDate(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  const given = String(value).trim();
  const m = DATE_SHAPE.exec(given);
  if (!m) throw new UsageError(`${option} wants a date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023, 2023-02, 2023-02-10), not '${given}'`);
  if (dayRange(given)) return given;
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new UsageError(`${option} '${given}': there is no month ${m[2]}; months run from 01 to 12`);
  const last = dayRange(`${m[1]}-${m[2]}`)!.to.slice(8);
  throw new UsageError(`${option} '${given}': ${m[1]}-${m[2]} has days 01 to ${last}`);
}

/** A side given as its code (RU) or, with a pack, its name (Russia, Japanese, Moscow). */
export function sideCode(value: unknown, pack: Pack | null): string | undefined {
  if (value === undefined) return undefined;
  const given = String(value).trim();
  if (pack) {
    const index = packIndex(pack);
    const side = index.side(given.toUpperCase()) ?? index.sideByName(given);
    if (side) return side.id;
    const known = pack.sides.map((s) => `${s.id} (${s.name})`).join(", ");
    throw new UsageError(`--side '${given}' is not a side of the pack: choose one of ${known}`);
  }
  if (!/^[A-Za-z]{2,3}$/.test(given)) throw new UsageError(`--side wants a country code such as RU or JP, not '${given}'`);
  return given.toUpperCase();
}

export function stanceValue(value: unknown): Stance | undefined {
  if (value === undefined) return undefined;
  const given = String(value).trim().toLowerCase();
  if ((STANCES as readonly string[]).includes(given)) return given as Stance;
  throw new UsageError(`--stance wants one of ${STANCES.join(", ")}, not '${String(value)}'`);
}

/** The query every option but --speaker makes (speakers need the store to resolve). */
export function statementFilters(values: Record<string, unknown>, pack: Pack | null): StatementQuery {
  const from = partialDate(values.from, "--from");
  const to = partialDate(values.to, "--to");
  // "--from 2023-02 --to 2023" is fine (February lies in 2023); only a start after every day of the end is wrong
  if (from && to && dayRange(from)!.from > dayRange(to)!.to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const side = sideCode(values.side, pack);
  const stance = stanceValue(values.stance);
  const text = typeof values.text === "string" ? values.text.replace(/\s+/g, " ").trim() : undefined;
  if (values.text !== undefined && !text) throw new UsageError("--text wants words to look for in the statements");
  const limit = positiveInt(values.limit, "--limit");
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(side ? { side } : {}),
    ...(stance ? { stance } : {}),
    ...(text ? { text } : {}),
    ...(limit ? { limit } : {}),
  };
}
