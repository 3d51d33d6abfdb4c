import { test } from "node:test";
import assert from "node:assert/strict";
import { loadPack, type Pack } from "../core/pack.js";
import { findEvents, resolveEvents } from "./events.js";
import { findMentions } from "./mentions.js";
import { splitSentences } from "./sentences.js";
import type { TimeAnchor } from "./time-anchor.js";
import { findTimes } from "./times.js";
import type { TextEvent } from "./types.js";

// Table tests for the events extractor, on sentences written for them (not copied from any article), each read
// against a fixed reference date: Wednesday 13 March 2024 unless the case says otherwise.

const pack = loadPack();
const REFERENCE = "2024-03-13";
const anchorOn = (date: string | null): TimeAnchor => ({ published: date ? { date, precision: "day" } : null, dateline: null });

function eventsOf(text: string, opts: { date?: string | null; pack?: Pack | null } = {}): TextEvent[] {
  const date = opts.date === undefined ? REFERENCE : opts.date;
  const p = opts.pack === undefined ? pack : opts.pack;
  const sentences = splitSentences(text);
  const mentions = findMentions(text, sentences, { pack: p, date });
  const anchor = anchorOn(date);
  return findEvents({ text, sentences, mentions, times: findTimes(text, anchor), anchor, pack: p });
}

interface Case {
  name: string;
  text: string;
  expect: { date: string | null; precision?: string | null; ruleId?: string; packEventId?: string | null; actors?: string[]; notActors?: string[]; basis?: RegExp; words?: string }[];
}

const cases: Case[] = [
  {
    name: "a dated act by a named institution",
    text: "In June 2019, the Japanese Foreign Ministry announced new limits on fishing near the islands.",
    expect: [{ date: "2019-06", precision: "month", ruleId: "event/clause-time", actors: ["pack:JP-MOFA"], basis: /'in June 2019' with 'announced'/ }],
  },
  {
    name: "a dated visit told of a pack event's actors is linked to it",
    text: "Prime Minister Shinzo Abe travelled to Moscow in April 2013 and met Vladimir Putin.",
    expect: [{ date: "2013-04", packEventId: "abe-moscow-visit-2013", actors: ["pack:JP-ABE", "pack:RU-PUTIN"] }],
  },
  {
    name: "a pack event named with its year keeps the year the words give",
    text: "Diplomats on both sides still cite the 1956 declaration as a starting point.",
    expect: [{ date: "1956", precision: "year", ruleId: "event/pack-name", packEventId: "joint-declaration-1956" }],
  },
  {
    name: "a pack event named without a date is dated by the pack",
    text: "The ministry once more pointed to the Potsdam Declaration.",
    expect: [{ date: "1945-07-26", precision: "day", packEventId: "potsdam-declaration-1945", basis: /pack/ }],
  },
  {
    name: "a weekday read against the reference, and a city after 'in' is the place, not an actor",
    text: "A protest organised by former islanders was held in Tokyo on Monday.",
    expect: [{ date: "2024-03-11", precision: "day", notActors: ["pack:JP-GOV"], basis: /'on Monday' with 'held' — read against/ }],
  },
  {
    name: "a planned event says so",
    text: "Sergei Lavrov will visit Tokyo next month, the ministry said.",
    expect: [{ date: "2024-04", precision: "month", actors: ["pack:RU-LAVROV"], basis: /^planned: / }],
  },
  {
    name: "a time that only bounds the clause dates nothing",
    text: "Talks between the two governments have been frozen since 2022.",
    expect: [],
  },
  {
    name: "a vague time with nothing the pack knows makes no event",
    text: "Officials recently inspected a new pier on the coast.",
    expect: [],
  },
  {
    name: "a vague time that tells a pack event takes the pack's date",
    text: "Moscow recently banned the Northern Territories Issue Association.",
    expect: [{ date: "2025-04-07", packEventId: "ntia-undesirable-2025", basis: /'recently' gives no date/ }],
    // read against a later day, when the ban had happened
  },
  {
    name: "a document noun with a date attached",
    text: "The agreement of May 5, 2017 set out fishing quotas for the season.",
    expect: [{ date: "2017-05-05", precision: "day", ruleId: "event/noun-time" }],
  },
  {
    name: "two events in one sentence: the agreement of that November and the older declaration it rests on",
    text: "In November 2018, Putin and Abe agreed to speed up talks on the basis of the 1956 declaration.",
    expect: [
      { date: "2018-11", packEventId: "singapore-agreement-2018", actors: ["pack:RU-PUTIN", "pack:JP-ABE"] },
      { date: "1956", packEventId: "joint-declaration-1956", words: "1956 declaration" },
    ],
  },
];

for (const c of cases) {
  test(`events: ${c.name}`, () => {
    const date = c.name.includes("pack event takes the pack's date") ? "2025-05-05" : REFERENCE;
    const found = eventsOf(c.text, { date });
    assert.equal(found.length, c.expect.length, JSON.stringify(found, null, 1));
    for (const want of c.expect) {
      const e = found.find((x) => x.date === want.date);
      assert.ok(e, `no event dated ${want.date}: ${JSON.stringify(found.map((x) => x.date))}`);
      assert.equal(c.text.slice(e.start, e.end), e.text, "the words point into the text");
      if (want.precision !== undefined) assert.equal(e.precision, want.precision);
      if (want.ruleId) assert.equal(e.ruleId, want.ruleId);
      if (want.packEventId !== undefined) assert.equal(e.packEventId, want.packEventId);
      for (const a of want.actors ?? []) assert.ok(e.actors.includes(a), `${a} among ${e.actors.join(", ")}`);
      for (const a of want.notActors ?? []) assert.ok(!e.actors.includes(a), `${a} not among ${e.actors.join(", ")}`);
      if (want.basis) assert.match(e.basis, want.basis);
      if (want.words) assert.equal(e.text, want.words);
    }
  });
}

test("events: one sentence's events never share the same words (they are stored by their offsets)", () => {
  const found = eventsOf("In November 2018, Putin and Abe agreed to speed up talks on the basis of the 1956 declaration.");
  assert.equal(new Set(found.map((e) => `${e.start}:${e.end}`)).size, found.length);
});

test("events: without a pack, events still come from the words, linked to nothing", () => {
  const found = eventsOf("In March 2022, the Russian Foreign Ministry announced that it would stop the talks.", { pack: null });
  assert.equal(found.length, 1);
  assert.equal(found[0]!.date, "2022-03");
  assert.equal(found[0]!.packEventId, null);
});

test("events: relative time words are kept and read again once the document's date is known", () => {
  const text = "Japan's foreign minister visited Moscow last week.";
  const [undated] = eventsOf(text, { date: null });
  assert.ok(undated, "the event is found even before the document has a date");
  assert.equal(undated.date, null);
  assert.deepEqual(undated.expr, { shift: { unit: "week", n: -1 } });
  const [dated] = resolveEvents([undated], anchorOn(REFERENCE));
  // the week before Wednesday 13 March 2024 is 4–10 March: within March
  assert.equal(dated!.date, "2024-03");
  assert.equal(dated!.precision, "month");
  assert.match(dated!.basis, /^'last week' with 'visited' — read against published date 2024-03-13$/);
});
