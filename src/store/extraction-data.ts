import type { EntityRef, Extraction } from "../extract/types.js";

// What both stores keep of a document's extraction besides its mentions, statements and events.

/**
 * The entities a document names or quotes, each once (its first sighting names it), in key order so that
 * concurrent writers take the keys' locks in one order. A page names the same few entities many times over: one
 * upsert per entity instead of one per mention is most of the difference in storing time.
 */
export function documentEntities(x: Extraction): EntityRef[] {
  const entities = new Map<string, EntityRef>();
  for (const m of x.mentions) if (!entities.has(m.entity.key)) entities.set(m.entity.key, m.entity);
  for (const s of x.statements) if (!entities.has(s.speaker.entity.key)) entities.set(s.speaker.entity.key, s.speaker.entity);
  return [...entities.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The sentences and times of the extraction, by offsets into the stored text: their words are in the text
 * already, and stored again they made the row two and a half times the size of the text.
 */
export function extractionData(x: Extraction): { sentences: unknown[]; times: unknown[] } {
  return {
    sentences: x.sentences.map(({ text: _text, ...rest }) => rest),
    times: x.times.map(({ text: _text, ...rest }) => rest),
  };
}
