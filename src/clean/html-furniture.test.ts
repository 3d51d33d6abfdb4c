import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHtml } from "../core/html.js";
import { attributeWords, CONTENT, furnitureRule } from "./html-furniture.js";

// Class and id values as real pages in ../shared/data write them.
const ruleFor = (html: string): string | null => furnitureRule(parseHtml(html).body.firstElementChild);

test("class and id values split at separators and camelCase humps", () => {
  assert.deepEqual(attributeWords("subMenuContainer site-nav"), ["sub", "menu", "container", "site", "nav"]);
  assert.deepEqual(attributeWords("sdc-article-related-stories__list"), ["sdc", "article", "related", "stories", "list"]);
});

const cases: [string, string | null][] = [
  ['<nav class="site-nav menu-slide"><a>Sports</a></nav>', "html/nav"],
  ['<div class="subMenuContainer"><a>Jobs</a></div>', "html/nav"],
  ['<div class="sdc-article-related-stories"><a>x</a></div>', "html/related"],
  ['<div class="article__media-caption">A caption</div>', "html/caption"],
  ['<figcaption>A caption</figcaption>', "html/caption"],
  ['<div class="social-media-share">Facebook</div>', "html/share"],
  ['<div role="complementary">Most read</div>', "html/aside"],
  ['<div style="display: none">hidden</div>', "html/hidden"],
  // A layout word: the wrapper has a right rail, it is not one.
  ['<section class="l-grid lm-grid--with-right-rail"><p>Article</p></section>', null],
  // A BEM variant: a report section that carries ads, not an ad.
  ['<section class="TestReport__Section TestReport__Section--Ads"><p>Fazit</p></section>', null],
  // CBC's links to similar stories; Business Insider's anchor made from a slide's first sentence names no component.
  ['<ul class="similarLinks"><li class="similarListItem"><a>Who is he?</a></li></ul>', "html/related"],
  ['<div id="the-actor-wore-a-similar-style-at-the-2021-venice-international-film-festival-3"><p>Slide</p></div>', null],
  ['<section class="advertiser-disclosure-body"><p>Many of the offers …</p></section>', "html/disclosure"],
  // A heading's class names its anchor.
  ['<h3 class="subheading nav_nur_die_folie__1">Nur die Folie</h3>', null],
  // Embedded posts and live tickers are content, whatever else their classes say.
  ['<blockquote class="twitter-tweet share">Yes this is real</blockquote>', CONTENT],
  ['<div class="live-match-comments">96\' Fin du match</div>', CONTENT],
  ['<div class="article-body">Text</div>', null],
];

for (const [html, want] of cases) {
  test(`furniture rule of ${html.slice(0, 60)} is ${want}`, () => assert.equal(ruleFor(html), want));
}

test("a rule switched off no longer fires", () => {
  const el = parseHtml('<div class="sharebar">Tweet</div>').body.firstElementChild;
  assert.equal(furnitureRule(el), "html/share");
  assert.equal(furnitureRule(el, new Set(["html/share"])), null);
});
