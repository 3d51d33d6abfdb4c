import type { ServeContext } from "./context.js";

// Views that read the whole store (the story page's chart and counts, the shifts) are computed once per state of
// the store and kept. The server never writes, but `dossier ingest` may run beside it: the counts of documents,
// statements, merged statements, wire-copy groups and events tell when the store changed (the link pass re-dates
// documents only when it groups them, so a change of dates comes with a change of groups).

async function storeVersion(ctx: ServeContext): Promise<string> {
  const counts = await Promise.all([
    ctx.store.countDocuments(),
    ctx.store.countStatements(),
    ctx.store.countMergedStatements(),
    ctx.store.countDocumentGroups(),
    ctx.store.countEvents(),
  ]);
  return counts.join(":");
}

/** A cached whole-store view, recomputed when the store changed. */
export function storeMemo<T>(ctx: ServeContext, compute: () => Promise<T>): () => Promise<T> {
  let cached: { version: string; value: T } | null = null;
  // concurrent requests for a state not computed yet share one computation
  let inflight: { version: string; promise: Promise<T> } | null = null;
  const recompute = (version: string): Promise<T> => {
    if (inflight?.version === version) return inflight.promise;
    const promise = compute().then(
      (value) => {
        cached = { version, value };
        return value;
      },
    ).finally(() => {
      if (inflight?.promise === promise) inflight = null;
    });
    inflight = { version, promise };
    return promise;
  };
  return async () => {
    const version = await storeVersion(ctx);
    if (!cached || cached.version !== version) return recompute(version);
    return cached.value;
  };
}

/** storeMemo per key (an actor's chart), the `size` most recently used kept; `args` only matter on a miss. */
export function keyedMemo<T, A extends unknown[]>(
  ctx: ServeContext,
  size: number,
  compute: (key: string, ...args: A) => Promise<T>,
): (key: string, ...args: A) => Promise<T> {
  const memos = new Map<string, () => Promise<T>>();
  return (key, ...args) => {
    let memo = memos.get(key);
    if (memo) memos.delete(key);
    else memo = storeMemo(ctx, () => compute(key, ...args));
    memos.set(key, memo);
    // a Map iterates in insertion order: the first key is the one used longest ago
    if (memos.size > size) memos.delete(memos.keys().next().value!);
    return memo();
  };
}

/** A value derived once per object (a chart's SVG per model): the model is cached, so is what is drawn from it. */
export function perObject<K extends object, V>(derive: (k: K) => V): (k: K) => V {
  const cache = new WeakMap<K, V>();
  return (k) => {
    if (!cache.has(k)) cache.set(k, derive(k));
    return cache.get(k)!;
  };
}
