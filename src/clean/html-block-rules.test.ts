import { test } from "node:test";
import assert from "node:assert/strict";
import { postcleanBlocks } from "./html-postclean.js";
import type { TextBlock } from "./html-text.js";

// Table tests of the block rules: lines as real pages in ../shared/data left them inside the
// article container, each with the rule that must drop it (null: it must stay).
const block = (text: string, tag = "P", linkChars = 0): TextBlock => ({ text, tag, element: null, linkChars });
const linked = (text: string, tag = "P"): TextBlock => block(text, tag, text.length);

const ctx = { titles: ["New car sales plunge 10 percent in October - Houston Chronicle"], url: "https://www.chron.com/business/article/x-14847624.php" };
const prose = block(
  "New vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and clearance deals, according to a report.",
);

const cases: [TextBlock, string | null][] = [
  [block("Advertisement"), "html/boilerplate"],
  [block("Continue Reading Below"), "html/boilerplate"],
  [block("Whatsapp Facebook Pint Baixar"), "html/share"],
  [block("+81 158-23-2012"), null],
  [block("https://www.chron.com/business/article/x-14847624.php"), "html/url"],
  [block("http://amzn.to/2hXQPDr"), null],
  [block("Photo: David Zalubowski, STF / Associated Press"), "html/credit"],
  [block("The protests kicked off in June and have strengthened in size (Image: GETTY )"), "html/credit"],
  [block("Published 1 day ago"), "html/stamp"],
  [block("By Justine Coleman - 11/18/19 11:04 PM EST"), "html/byline"],
  [block("By the time Buckley learned who had written the song, she was only half-surprised."), null],
  [block("Nov. 20, 2019, 9:28 AM UTC"), "html/date"],
  [block("sexta-feira, 22 de outubro de 2010 às 20:13"), "html/date"],
  [block("Tempo de leitura: 1 minuto"), "html/counter"],
  [block("30 minutes before bed"), null],
  [block("Read more: Alibaba poised to launch record-breaking $13.4bn Hong Kong listing"), "html/teaser"],
  [block("Tags\ncalendario stock car 2018, stock car brasil"), "html/teaser"],
  [block("(Reporting by Greg Roumeliotis; editing by Martin Howell.)"), "html/contributors"],
  [block("Copyright 2019 Hawaii News Now. All rights reserved."), "html/copyright"],
  [block("Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters."), "html/promo"],
  [block("KOBE – A total of 6,000 surgical masks have been lost at a hospital in Kobe, it was learned Monday."), null],
];

for (const [b, want] of cases) {
  test(`${JSON.stringify(b.text.slice(0, 50))} → ${want}`, () => {
    const { removed } = postcleanBlocks([prose, b, prose], ctx);
    assert.deepEqual(
      removed.map((r) => r.ruleId),
      want ? [want] : [],
    );
  });
}

test("the page title at the top is dropped, the same words later are kept", () => {
  const title = block("New car sales plunge 10 percent in October - Houston Chronicle", "H1");
  const { kept, removed } = postcleanBlocks([title, prose, prose, prose, prose, title], ctx);
  assert.deepEqual(removed.map((r) => r.ruleId), ["html/title"]);
  assert.equal(kept.length, 5);
});

test("a related heading takes the linked headlines after it, and stops at prose", () => {
  const blocks = [
    prose,
    block("You may also like..."),
    linked("Who will make the Rock Hall in 2020?"),
    linked("Climate impacts to cost world US$7.9 trillion by 2050: report", "H2"),
    prose,
  ];
  const { kept, removed } = postcleanBlocks(blocks, ctx);
  assert.deepEqual(removed.map((r) => r.ruleId), ["html/boilerplate", "html/related", "html/related"]);
  assert.deepEqual(kept, [prose, prose]);
});

test("linked lines after the last paragraph of prose go; a linked line between paragraphs stays", () => {
  const middle = linked("Kuril Islands dispute explained");
  const { kept, removed } = postcleanBlocks([prose, middle, prose, linked("Another story"), linked("And one more")], ctx);
  assert.deepEqual(removed.map((r) => r.ruleId), ["html/tail-links", "html/tail-links"]);
  assert.deepEqual(kept, [prose, middle, prose]);
});

test("a rule switched off keeps its blocks", () => {
  assert.equal(postcleanBlocks([prose, block("Advertisement")], ctx, new Set(["html/boilerplate"])).removed.length, 0);
});
