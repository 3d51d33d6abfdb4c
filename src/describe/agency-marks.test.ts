import { test } from "node:test";
import assert from "node:assert/strict";
import { findAgencyMark } from "./agency-marks.js";
import type { PageLine } from "./lines.js";

const lead = (text: string): PageLine => ({ text, where: "text paragraph 1", lead: true });
const tail = (text: string): PageLine => ({ text, where: "text paragraph 9", tail: true });
const removed = (text: string): PageLine => ({ text, where: "removed (text/byline)" });

test("agency credits in marker positions, by rule", () => {
  const rows: [PageLine, string | null, string | null][] = [
    [lead("(MENAFN) Kremlin spokesperson Dmitry Peskov stated that dialogue is unfeasible."), "MENAFN", "outlet/lead-parentheses"],
    [lead("MOSCOW, February 10. /TASS/. The issue remains closed."), "TASS", "outlet/slashes"],
    [lead("TOKYO (Reuters) - Japan's prime minister said talks would continue."), "Reuters", "outlet/lead-parentheses"],
    [lead("WASHINGTON, March 3 (Xinhua) -- U.S. officials said."), "Xinhua", "outlet/lead-parentheses"],
    [removed("By IANS | Updated: October 24, 2025 20:35 IST"), "IANS", "outlet/byline"],
    [removed("By The Associated Press"), "AP", "outlet/byline"],
    [tail("— AP"), "AP", "outlet/credit-line"],
    [tail("KYODO"), "Kyodo", "outlet/credit-line"],
    // Mentions are not credits.
    [lead("During an interview with Russia's TASS news agency, Nozdrev said the term is misleading."), null, null],
    [lead("\"We welcome this statement,\" Russian state-run news agency TASS quoted Peskov as saying."), null, null],
    [lead("© Russian Foreign Ministry/TASS"), null, null],
    [removed("By Apollo Jones"), null, null],
    // A bare name is a credit only at the edges of the page, not inside removed menus.
    [removed("Reuters"), null, null],
    [lead("MENAFN provides the information “as is” without warranty of any kind."), null, null],
  ];
  for (const [line, agency, ruleId] of rows) {
    const mark = findAgencyMark([line]);
    assert.equal(mark?.agency ?? null, agency, line.text);
    assert.equal(mark?.ruleId ?? null, ruleId, line.text);
  }
});
