// How a store is opened. A reader (the web server) opens it read-only: it never creates, migrates or writes, so it
// cannot damage a store that `dossier ingest` is writing at the same time.

export interface OpenOptions {
  /** Read only: refuse a store whose schema is older than this dossier's rather than bringing it up to date. */
  readonly?: boolean;
}

/** The URL with its password masked, for messages. */
export const redactUrl = (location: string): string => location.replace(/(\/\/[^:/@]*:)[^@/]*@/, "$1***@");

/** Why a read-only open refused a store, and what to run so it will not. */
export const schemaBehind = (location: string, version: number, needed: number): string =>
  `the store at ${location} is at schema version ${version} and this dossier reads version ${needed}; opened read-only, ` +
  `it is not brought up to date here: run an ingest on it first (dossier ingest FILES --db ${location} migrates it), then try again`;
