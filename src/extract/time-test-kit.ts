import type { Mention, Sentence, Span, Statement } from "./types.js";

// Hand-built sentences, mentions and statement spans for the time, said-on and date-inference tests, so
// they run on real text without the sentence, mention and quote extractors. Test support only.

/** Paragraphs split on blank lines, sentences on a stop followed by a capital (good enough for test texts). */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const block of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) {
    const base = block.index ?? 0;
    const re = /[^]*?(?:[.!?]["”’)]?(?=\s+["“‘]?\p{Lu})|$)/gu;
    for (const m of block[0].matchAll(re)) {
      const raw = m[0];
      if (!raw.trim()) continue;
      const lead = raw.length - raw.trimStart().length;
      const start = base + (m.index ?? 0) + lead;
      const sentenceText = raw.trim();
      out.push({ start, end: start + sentenceText.length, text: sentenceText, paragraph });
    }
    paragraph++;
  }
  return out;
}

/** The span of the n-th occurrence (0-based) of `words` in `text`; throws when absent so tests fail loudly. */
export function spanOf(text: string, words: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(words, at + 1);
    if (at < 0) throw new Error(`'${words}' (occurrence ${nth}) not in the text`);
  }
  return { start: at, end: at + words.length };
}

/** A mention of a pack actor, optionally with the title words in front of the name. */
export function mentionOf(text: string, name: string, actorId: string, title?: string, nth = 0): Mention {
  const at = spanOf(text, title ? `${title} ${name}` : name, nth);
  const nameStart = title ? at.start + title.length + 1 : at.start;
  const m: Mention = {
    start: nameStart,
    end: at.end,
    text: name,
    entity: { key: `pack:${actorId}`, name, kind: "person", country: null, actorId },
    form: "name",
    ruleId: "test/hand-built",
  };
  if (title) m.title = { text: title, officeId: null, start: at.start, end: at.start + title.length };
  return m;
}

/** The parts of a statement the said-on rules read: its words, cue, sentence and speaker key. */
export function statementOf(
  text: string,
  sentences: readonly Sentence[],
  words: string,
  cue: string,
  speakerKey: string,
): Pick<Statement, "start" | "end" | "cue" | "sentence" | "speaker"> {
  const st = spanOf(text, words);
  const own = sentences.findIndex((s) => st.start >= s.start && st.start < s.end);
  // The cue nearest the statement within its paragraph; the statement's sentence is the cue's.
  const paragraph = sentences[own]!.paragraph;
  const hits = sentences
    .filter((s) => s.paragraph === paragraph)
    .flatMap((s) => [...s.text.matchAll(new RegExp(cue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"))].map((m) => s.start + (m.index ?? 0)));
  if (hits.length === 0) throw new Error(`cue '${cue}' not in the paragraph of '${words}'`);
  const gap = (at: number): number => (at >= st.end ? at - st.end : at < st.start ? st.start - at : 0);
  const cueStart = hits.sort((a, b) => gap(a) - gap(b))[0]!;
  const sentence = sentences.findIndex((s) => cueStart >= s.start && cueStart < s.end);
  const entity = { key: speakerKey, name: speakerKey, kind: "person" as const, country: null };
  return {
    start: st.start,
    end: st.end,
    cue: { start: cueStart, end: cueStart + cue.length, text: cue },
    sentence,
    speaker: { entity, mention: { start: 0, end: 0, text: speakerKey }, ruleId: "test/hand-built" },
  };
}
