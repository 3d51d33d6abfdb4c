import { test } from "node:test";
import assert from "node:assert/strict";
import { isSiteSegment, stripSiteAffixes, titleSegments } from "./site-affixes.js";

test("site names, dates and bylines are cut from the ends of a title; headline dashes stay", () => {
  const rows: [string, string[], string][] = [
    ["Israeli tank 'likely' fired machine gun | Reuters", ["Reuters"], "Israeli tank 'likely' fired machine gun"],
    ["Palestinians say his appointment could ruin talks | CBC News", ["cbc.ca", "cbc"], "Palestinians say his appointment could ruin talks"],
    ["Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung", ["boersen-zeitung"], "Steigende US-Zinsen setzen Dax zu"],
    ["Ukrainische Gegenoffensive: Ziele, Chancen, Risiken | DW | 28.04.2023", ["DW"], "Ukrainische Gegenoffensive: Ziele, Chancen, Risiken"],
    ["New Plot Twist in Idaho Case | The Gateway Pundit | by Cristina Laila", ["The Gateway Pundit"], "New Plot Twist in Idaho Case"],
    ["津波注意報 気象庁：朝日新聞デジタル", ["朝日新聞デジタル"], "津波注意報 気象庁"],
    ["TASS: Issue of peace treaty remains closed", ["TASS"], "Issue of peace treaty remains closed"],
    // Not cut: the headline's own dash, a colon kicker that only contains the site's name.
    ["Russia - Japan talks stall again", ["Reuters"], "Russia - Japan talks stall again"],
    ["Kate Moss auf dem VOGUE-Cover: Was ich nicht will", ["Vogue"], "Kate Moss auf dem VOGUE-Cover: Was ich nicht will"],
  ];
  for (const [title, names, want] of rows) assert.equal(stripSiteAffixes(title, names), want, title);
});

test("a short host label counts only as a segment's first or last word", () => {
  assert.equal(isSiteSegment("CBC News", ["cbc"]), true);
  assert.equal(isSiteSegment("Neubau WSL Birmensdorf", ["wsl"]), false);
  assert.equal(isSiteSegment("Wir sind NEOS", ["neos"], true), false);
});

test("titleSegments splits at spaced separators only", () => {
  assert.deepEqual(titleSegments("Site » Blog Archive » A Headline: With Colon"), ["Site", "Blog Archive", "A Headline: With Colon"]);
  assert.deepEqual(titleSegments("Anti-war talks | Site"), ["Anti-war talks", "Site"]);
});
