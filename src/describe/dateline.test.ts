import { test } from "node:test";
import assert from "node:assert/strict";
import { findDateline } from "./dateline.js";

interface Row {
  text: string;
  want: { raw: string; city: string | null; agency: string | null; year: number | null; month: number | null; day: number | null; ruleId: string } | null;
}

const rows: Row[] = [
  {
    text: "MOSCOW, February 10. /TASS/. The issue of the possibility of signing a peace treaty remains closed.",
    want: { raw: "MOSCOW, February 10. /TASS/.", city: "MOSCOW", agency: "TASS", year: null, month: 2, day: 10, ruleId: "dateline/city-date" },
  },
  {
    text: "Moscow, Oct 24 The Kremlin spokesperson Dmitry Peskov on Friday affirmed commitment to peace.",
    want: { raw: "Moscow, Oct 24", city: "Moscow", agency: null, year: null, month: 10, day: 24, ruleId: "dateline/city-date" },
  },
  {
    text: "TOKYO (Reuters) - Japan's prime minister said on Monday that talks would continue.",
    want: { raw: "TOKYO (Reuters) -", city: "TOKYO", agency: "Reuters", year: null, month: null, day: null, ruleId: "dateline/city-agency" },
  },
  {
    text: "WASHINGTON, March 3 (Xinhua) -- U.S. officials said on Friday that the meeting was postponed.",
    want: { raw: "WASHINGTON, March 3 (Xinhua) --", city: "WASHINGTON", agency: "Xinhua", year: null, month: 3, day: 3, ruleId: "dateline/city-date" },
  },
  {
    text: "NEW DELHI, Jan. 5, 2024 (IANS) -- The minister arrived in Tokyo.",
    want: { raw: "NEW DELHI, Jan. 5, 2024 (IANS) --", city: "NEW DELHI", agency: "IANS", year: 2024, month: 1, day: 5, ruleId: "dateline/city-date" },
  },
  {
    text: "Tokyo, 10 February (TASS) – Japan's foreign minister said talks are frozen.",
    want: { raw: "Tokyo, 10 February (TASS) –", city: "Tokyo", agency: "TASS", year: null, month: 2, day: 10, ruleId: "dateline/city-date" },
  },
  {
    text: "MOSCOW, Russia – Signing a peace treaty is the reason Russia continues its dialogue with Japan.",
    want: { raw: "MOSCOW, Russia –", city: "MOSCOW", agency: null, year: null, month: null, day: null, ruleId: "dateline/caps-city-dash" },
  },
  // Not datelines: a weekday read as a city, prose after a comma, a mixed-case city with a bare dash,
  // a date that does not exist, an agency only mentioned.
  { text: "On Friday, March 3 the ministers met in Tokyo.", want: null },
  { text: "Meanwhile, Moscow recently banned the association.", want: null },
  { text: "Moscow – a city of contrasts – is hosting the talks.", want: null },
  { text: "Moscow, February 30 The talks resumed.", want: null },
  { text: "During an interview with Russia's TASS news agency, Nozdrev said the term is misleading.", want: null },
];

test("dateline forms at the start of the body", () => {
  for (const { text, want } of rows) {
    const found = findDateline(text);
    if (want === null) {
      assert.equal(found, null, text);
      continue;
    }
    assert.ok(found, text);
    const { dateline, ruleId } = found;
    assert.deepEqual(
      { raw: dateline.raw, city: dateline.city, agency: dateline.agency, year: dateline.year, month: dateline.month, day: dateline.day, ruleId },
      want,
      text,
    );
    assert.equal(text.slice(dateline.start, dateline.end), want.raw);
  }
});

test("dateline offsets point into the cleaned text, in the first paragraphs only", () => {
  const text = "A standfirst that is not a dateline.\n\nMOSCOW, February 10. /TASS/. The issue remains closed.";
  const found = findDateline(text);
  assert.equal(found?.dateline.start, text.indexOf("MOSCOW"));
  assert.equal(text.slice(found!.dateline.start, found!.dateline.end), "MOSCOW, February 10. /TASS/.");
  const late = ["One.", "Two.", "Three.", "MOSCOW, February 10. /TASS/. Too late to be a dateline."].join("\n\n");
  assert.equal(findDateline(late), null);
});
