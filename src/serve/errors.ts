// One error shape for every endpoint, JSON or page:
//   { "error": { "status": 400, "code": "bad_parameter", "parameter": "from", "message": "…" } }
// Messages say what the client can change; server faults say only that the log has the details.

export type ErrorCode = "bad_parameter" | "not_found" | "method_not_allowed" | "internal";

export interface ErrorBody {
  error: { status: number; code: ErrorCode; message: string; parameter?: string };
}

/** A failure the client caused or can act on; anything else thrown is a server fault. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 404 | 405,
    readonly code: ErrorCode,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

/** A query or path parameter the server cannot use, and why. */
export const badParameter = (parameter: string, why: string): HttpError =>
  new HttpError(400, "bad_parameter", `${parameter}: ${why}`, parameter);

export const notFound = (what: string): HttpError => new HttpError(404, "not_found", what);

/** The methods every URL of the server answers: it only reads. */
export const ALLOWED_METHODS = ["GET", "HEAD"] as const;

export const methodNotAllowed = (method: string): HttpError =>
  new HttpError(405, "method_not_allowed", `${method}: this server only reads; every address answers ${ALLOWED_METHODS.join(" and ")}`);

/** The body for an error; server faults get a fixed message so no path or stack leaves the process. */
export function errorBody(err: unknown): ErrorBody {
  if (err instanceof HttpError) {
    return { error: { status: err.status, code: err.code, message: err.message, ...(err.parameter ? { parameter: err.parameter } : {}) } };
  }
  return { error: { status: 500, code: "internal", message: "internal error: the server log has the details" } };
}
