import { decodeCursor } from "../store/cursor.js";
import { badParameter } from "./errors.js";

// Query parameters, checked before any query runs: each reader names the parameter and says why a value is refused.

// The most rows one JSON page returns: bounds the work one request can ask of the store.
export const MAX_LIMIT = 500;
// The longest text filter or search query accepted (characters): longer ones are mistakes or abuse.
export const MAX_TEXT = 300;

// Control characters (C0 and DEL): no form field or script has a reason to send one, and NUL is cut short or refused
// by the layers below (a C string, PostgreSQL's text), so they are refused here, by name, before any query sees them.
const CONTROLS = /[\u0000-\u001f\u007f]/g;
const CONTROL = new RegExp(CONTROLS.source);

/** A parameter's name as an error message can show it: control characters written as \u escapes. */
const shown = (name: string): string => name.replace(CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * Every query value of a request, whatever the endpoint: no control characters. `emptyIsAny`: pages read their
 * forms, where a field left blank means "any"; the API refuses an empty value, because a script that sent
 * `speaker=` meant to filter, and would otherwise get everyone's statements without a word.
 */
export function checkValues(q: URLSearchParams, opts: { emptyIsAny: boolean }): void {
  for (const [name, value] of q) {
    if (CONTROL.test(name) || CONTROL.test(value)) throw badParameter(shown(name), "contains a control character; send plain text");
    if (!value && !opts.emptyIsAny) throw badParameter(name, "is empty; give a value or leave the parameter out");
  }
}

/** Refuse parameters the endpoint does not know, so a typo ("stnce=closed") is an error, not a silent no-op. */
export function onlyKnown(q: URLSearchParams, known: readonly string[]): void {
  for (const name of new Set(q.keys())) {
    if (!known.includes(name)) throw badParameter(name, `unknown parameter; this endpoint takes ${known.join(", ") || "none"}`);
  }
}

/** A parameter given at most once; empty means absent (an empty form field). */
export function one(q: URLSearchParams, name: string): string | undefined {
  const all = q.getAll(name).filter((v) => v !== "");
  if (all.length > 1) throw badParameter(name, "given more than once");
  return all[0];
}

/** Every non-empty value of a repeatable parameter. */
export const many = (q: URLSearchParams, name: string): string[] => q.getAll(name).filter((v) => v !== "");

export function intParam(q: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const v = one(q, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) throw badParameter(name, `wants a whole number from ${min} to ${max}, not '${v}'`);
  return n;
}

export const limitParam = (q: URLSearchParams, fallback: number): number => intParam(q, "limit", 1, MAX_LIMIT) ?? fallback;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A date at any precision the store keeps: YYYY, YYYY-MM or YYYY-MM-DD. */
export function dateParam(q: URLSearchParams, name: string): string | undefined {
  const v = one(q, name);
  if (v === undefined) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  const month = m?.[2] ? Number(m[2]) : 1;
  const day = m?.[3] ? Number(m[3]) : 1;
  if (!m || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) {
    throw badParameter(name, `wants a date as YYYY, YYYY-MM or YYYY-MM-DD, not '${v}'`);
  }
  return v;
}

export function enumParam<T extends string>(q: URLSearchParams, name: string, values: readonly T[]): T | undefined {
  const v = one(q, name);
  if (v === undefined) return undefined;
  if (!(values as readonly string[]).includes(v)) throw badParameter(name, `wants one of ${values.join(", ")}, not '${v}'`);
  return v as T;
}

export function textParam(q: URLSearchParams, name: string): string | undefined {
  const v = one(q, name)?.trim();
  if (!v) return undefined;
  if (v.length > MAX_TEXT) throw badParameter(name, `is ${v.length} characters long; at most ${MAX_TEXT}`);
  return v;
}

/** A side is a country code as the pack writes it (RU, JP, SU); matched upper-case. */
export function sideParam(q: URLSearchParams, name = "side"): string | undefined {
  const v = one(q, name);
  if (v === undefined) return undefined;
  if (!/^[A-Za-z]{2,3}$/.test(v)) throw badParameter(name, `wants a country code such as RU or JP, not '${v}'`);
  return v.toUpperCase();
}

/** An opaque cursor from a previous page's `next`; checked here so a damaged one is the client's error. */
export function cursorParam(q: URLSearchParams, name = "cursor"): string | undefined {
  const v = one(q, name);
  if (v === undefined) return undefined;
  try {
    decodeCursor(v);
  } catch {
    throw badParameter(name, "is not a cursor this server made; use the `next` value of the previous page");
  }
  return v;
}

export type Format = "json" | "csv";
export const formatParam = (q: URLSearchParams): Format => enumParam(q, "format", ["json", "csv"] as const) ?? "json";

/** `from` must not come after `to` (compared at their common precision). */
export function checkRange(from: string | undefined, to: string | undefined): void {
  if (from && to && from.slice(0, to.length) > to.slice(0, from.length)) {
    throw badParameter("from", `${from} comes after to=${to}`);
  }
}
