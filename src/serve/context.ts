import type { Pack } from "../core/pack.js";
import type { Store } from "../store/store.js";
import type { StoreFacts } from "./story.js";

/**
 * The store as the server sees it: reading methods only, so no route can write by mistake.
 * The server answers from whatever the store holds; ingest and link run elsewhere.
 */
export type ReadStore = Pick<
  Store,
  | "dialect"
  | "getDocument"
  | "listDocuments"
  | "countDocuments"
  | "search"
  | "listStatements"
  | "getStatements"
  | "countStatements"
  | "speakerCountries"
  | "findEntities"
  | "getEntity"
  | "getDocumentLinks"
  | "getDocumentGroup"
  | "countDocumentGroups"
  | "listMergedStatements"
  | "iterateMergedStatements"
  | "countMergedStatements"
  | "listEvents"
  | "countEvents"
  | "countEventDocuments"
>;

export interface ServeContext {
  store: ReadStore;
  /** The story pack: offices and aliases on actor pages, side names in filters; null without one. */
  pack: Pack | null;
  /** The server's own log: failures with their stacks go here, never into a response. */
  log: (line: string) => void;
}

/** What the routes are given: the context, and the whole-store facts (story.ts), kept per state of the store. */
export interface AppContext extends ServeContext {
  facts: () => Promise<StoreFacts>;
}

/** The views (src/views) ask for a Store in their signatures but only read: they are given the reading store. */
export const viewStore = (store: ReadStore): Store => store as Store;
