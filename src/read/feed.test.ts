import assert from "node:assert/strict";
import { test } from "node:test";
import { Readable } from "node:stream";
import type { RawPage, ReadFailure } from "../core/types.js";
import { decodePage } from "./decode.js";
import { readSource } from "./source.js";

async function collect(bytes: Buffer | Iterable<Buffer>, name = "feed.xml"): Promise<{ pages: RawPage[]; failures: ReadFailure[] }> {
  const pages: RawPage[] = [];
  const failures: ReadFailure[] = [];
  const chunks = Buffer.isBuffer(bytes) ? [bytes] : bytes;
  for await (const item of readSource(name, Readable.from(chunks), null)) {
    if ("page" in item) pages.push(item.page);
    else failures.push(item.failure);
  }
  return { pages, failures };
}

const body = (p: RawPage): string => decodePage(p).text;

/** Text → bytes in a single-byte charset (Node encodes only UTF-8), by inverting its decoder. */
function encodeSingleByte(text: string, charset: string): Buffer {
  const decoder = new TextDecoder(charset);
  const table = new Map(Array.from({ length: 256 }, (_, b) => [decoder.decode(Uint8Array.of(b)), b] as const));
  return Buffer.from([...text].map((c) => table.get(c) ?? 0x3f));
}

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Kyodo News &amp; Wire</title>
  <link>https://example.org/</link>
  <image><title>logo</title></image>
  <item>
    <title>Japan, Russia talks on &quot;peace treaty&quot;</title>
    <link>https://example.org/2019/01/22/talks</link>
    <dc:creator>Taro Yamada</dc:creator>
    <pubDate>Tue, 22 Jan 2019 18:00:00 +0900</pubDate>
    <description>Short teaser</description>
    <content:encoded><![CDATA[<p>Abe and Putin met in Moscow. The item ends with </item> inside CDATA.</p>]]></content:encoded>
  </item>
  <item>
    <title>Escaped HTML description</title>
    <guid isPermaLink="true">https://example.org/2</guid>
    <description>&lt;p&gt;Lavrov said &amp;quot;no&amp;quot; &amp;amp; left.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Link only</title>
    <link>https://example.org/3</link>
  </item>
</channel>
</rss>
`;

test("feed: RSS 2.0 items with content:encoded, CDATA, escaped HTML and the channel as outlet", async () => {
  const { pages, failures } = await collect(Buffer.from(rss, "utf8"));
  assert.equal(pages.length, 2);
  const [a, b] = pages as [RawPage, RawPage];
  assert.equal(a.source, "feed.xml#1");
  assert.equal(a.kind, "html");
  assert.equal(a.url, "https://example.org/2019/01/22/talks");
  assert.deepEqual(a.given, {
    title: 'Japan, Russia talks on "peace treaty"',
    published: "Tue, 22 Jan 2019 18:00:00 +0900",
    authors: ["Taro Yamada"],
    outlet: "Kyodo News & Wire",
  });
  assert.equal(body(a), "<p>Abe and Putin met in Moscow. The item ends with </item> inside CDATA.</p>");
  assert.equal(b.url, "https://example.org/2");
  assert.equal(body(b), "<p>Lavrov said &quot;no&quot; &amp; left.</p>");
  assert.deepEqual(failures, [
    { source: "feed.xml#3", reason: "feed item has no content, only a link (https://example.org/3); fetch the page and read it as HTML" },
  ]);
});

test("feed: a windows-1251 RSS is decoded by its XML declaration", async () => {
  const xml = '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>ТАСС</title>' +
    "<item><title>Курилы</title><description>Южные Курилы и мирный договор</description></item></channel></rss>";
  const bytes = encodeSingleByte(xml, "windows-1251");
  const { pages } = await collect(bytes);
  assert.equal(pages[0]!.given.outlet, "ТАСС");
  assert.equal(pages[0]!.given.title, "Курилы");
  assert.equal(body(pages[0]!), "Южные Курилы и мирный договор");
});

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">NHK World</title>
  <entry>
    <title>Kishida on the Northern Territories</title>
    <link rel="self" href="https://example.jp/feed/1"/>
    <link rel="alternate" href="https://example.jp/news/1"/>
    <author><name>A. Writer</name></author>
    <author><name>B. Writer</name></author>
    <published>2023-02-07T10:00:00+09:00</published>
    <updated>2023-02-08T10:00:00+09:00</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Kishida spoke <b>today</b>.</p></div></content>
  </entry>
  <entry>
    <title>Escaped</title>
    <link href="https://example.jp/news/2"/>
    <updated>2023-02-09T00:00:00Z</updated>
    <content type="html">&lt;p&gt;Habomai &amp;amp; Shikotan&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain</title>
    <summary>Iturup is called Etorofu in Japan.</summary>
  </entry>
</feed>`;

test("feed: Atom entries with xhtml, html and text content", async () => {
  const { pages, failures } = await collect(Buffer.from(atom, "utf8"), "nhk.atom");
  assert.deepEqual(failures, []);
  assert.equal(pages.length, 3);
  const [a, b, c] = pages as [RawPage, RawPage, RawPage];
  assert.equal(a.url, "https://example.jp/news/1");
  assert.deepEqual(a.given, {
    title: "Kishida on the Northern Territories",
    published: "2023-02-07T10:00:00+09:00",
    authors: ["A. Writer", "B. Writer"],
    outlet: "NHK World",
  });
  assert.equal(body(a), '<div xmlns="http://www.w3.org/1999/xhtml"><p>Kishida spoke <b>today</b>.</p></div>');
  assert.equal(b.kind, "html");
  assert.equal(b.url, "https://example.jp/news/2");
  assert.equal(b.given.published, "2023-02-09T00:00:00Z");
  assert.equal(body(b), "<p>Habomai &amp; Shikotan</p>");
  assert.equal(c.kind, "text");
  assert.equal(body(c), "Iturup is called Etorofu in Japan.");
});

test("feed: a long feed is read item by item across chunk boundaries", async () => {
  const items = Array.from({ length: 5000 }, (_, i) => `<item><title>T${i}</title><link>https://x/${i}</link><description><![CDATA[<p>Item ${i} body</p>]]></description></item>`);
  const xml = Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items.join("\n")}</channel></rss>`, "utf8");
  // Odd-sized chunks so tags and CDATA markers are split between reads.
  const chunks = Array.from({ length: Math.ceil(xml.length / 777) }, (_, i) => xml.subarray(i * 777, (i + 1) * 777));
  const { pages, failures } = await collect(chunks);
  assert.deepEqual(failures, []);
  assert.equal(pages.length, 5000);
  assert.equal(pages[4999]!.url, "https://x/4999");
  assert.equal(body(pages[1234]!), "<p>Item 1234 body</p>");
});

test("feed: an empty feed is a failure", async () => {
  const { pages, failures } = await collect(Buffer.from('<rss version="2.0"><channel><title>x</title></channel></rss>'));
  assert.equal(pages.length, 0);
  assert.deepEqual(failures, [{ source: "feed.xml", reason: "an RSS feed without any <item>" }]);
});
