import { test } from "node:test";
import assert from "node:assert/strict";
import { classifyLine, ruleSpecs, textRules } from "./text-rules.js";
import { lineView } from "./text-shape.js";

// One table per line rule: `valid` lines are furniture that rule must remove (first-match order
// included); `invalid` lines are body sentences that look alike and no rule may remove.

interface Case {
  valid: string[];
  invalid: string[];
  /** The rule applies only to the input's first line. */
  top?: boolean;
}

const table: Record<string, Case> = {
  "text/crawl-header": {
    top: true,
    valid: [" date 2025-05-05 403", "crawled 2024-01-31T10:22:05Z 200 https://example.com/news/1"],
    invalid: ["On 2025-05-05 the court released 403 pages of documents."],
  },
  "text/error-label": {
    valid: ["Sorry!!", "404", "Page not found", "Oops!"],
    invalid: ["Sorry, we cannot comment on that, the spokesman said.", "The error was corrected in 2019."],
  },
  "text/error-banner": {
    valid: ["Error! We're sorry, but the page you were looking for doesn't exist.", "Oops! The page you requested could not be found."],
    invalid: [
      "Peskov said he was sorry that the link between the two summits no longer exists.",
      "The page of the 1956 declaration that Tokyo cited does not exist in Russian archives.",
    ],
  },
  "text/photo-credit": {
    valid: ["Vladimir Putin at the Kremlin. Photo: Reuters", "© Alexander Zemlianichenko/AP", "Kunashir seen from Hokkaido (Photo by Jane Doe)", "Image: Getty"],
    invalid: ["The photo by the ministry was published on Tuesday, the agency said.", "Photographs taken by satellites showed new barracks on Iturup."],
  },
  "text/agency-credit": {
    valid: ["Russian Foreign Minister Sergey Lavrov Alexander Shcherbak/TASS", "REUTERS/Issei Kato", "Prime Minister Fumio Kishida AP Photo/Eugene Hoshiko"],
    invalid: [
      "MOSCOW, February 10. /TASS/. The issue remains closed for now, the diplomat said.",
      "MOSCOW, February 10. /TASS/.",
      "A Reuters/Ipsos poll found that 60% of voters backed the plan.",
    ],
  },
  "text/credit-label": {
    valid: ["Getty Images", "File photo"],
    invalid: ["Getty Images said it had removed the photo."],
  },
  "text/date-stamp": {
    valid: [
      "Published 3 April 2024",
      "Updated: October 24, 2025 20:35 IST",
      "By Staff Reporter | Published: Monday, 5 May 2025, 10:12 GMT",
      "Last updated 2 hours ago",
      "(Posted on Nov. 18, 2019)",
    ],
    invalid: ["Published in 2019, the report found that talks had stalled.", "Updated figures released on 3 April 2024 show a rise."],
  },
  "text/date-line": {
    valid: ["Monday, 5 May 2025 12:30 GMT", "May 5, 2025", "2025-05-05"],
    invalid: ["In March 2022, Moscow halted the talks.", "5 May 2025 was a Monday.", "29 November 2018 | 20 January 2019"],
  },
  "text/byline": {
    valid: [
      "By IANS",
      "By Jane Doe and John Roe | Reuters",
      "Written by Anna Petrova",
      "By Jane Doe Feb 8, 2020 5 min read",
      "(Reporting by Jane Doe; Editing by John Roe)",
    ],
    invalid: [
      "By Friday, the talks had collapsed.",
      "By contrast, Japan insists on the return of all four islands.",
      "By Japanese standards the islands are small.",
      "Reporting by Reuters and AP showed that the talks had stalled.",
    ],
  },
  "text/disclaimer-label": {
    valid: ["Legal Disclaimer:", "Disclaimer"],
    invalid: ["The disclaimer was added by the court."],
  },
  "text/disclaimer-prefix": {
    valid: ["Disclaimer: This post has been published automatically and has not been reviewed by an editor"],
    invalid: ["Disclaimers are common in legal texts, the lawyer said."],
  },
  "text/disclaimer-warranty": {
    valid: ["The agency provides the information “as is” without warranty of any kind."],
    invalid: ["The car was sold as is, without warranty, the court heard."],
  },
  "text/disclaimer-feed": {
    valid: ["This story has not been edited by our staff and is auto-generated from a syndicated feed."],
    invalid: ["The agency feed was interrupted for two hours on Friday."],
  },
  "text/disclaimer-views": {
    valid: ["The views expressed in this article are the author's own and do not necessarily reflect the editorial policy of the outlet."],
    invalid: ["Views expressed by the author of the report were shared by the ministry."],
  },
  "text/syndication-note": {
    valid: ["This article was originally published on The Conversation. Read the original article.", "Republished with permission from the Kyiv Independent."],
    invalid: [
      "This story first appeared in 1998, the novelist recalled, and was soon forgotten by almost everyone who had read it then.",
      "The ministry said the map was republished with permission from Moscow.",
    ],
  },
  "text/rights-notice": {
    valid: ["© 2024 Example News. All rights reserved.", "Reproduction without permission is prohibited."],
    invalid: ["The reproduction of the treaty text was prohibited by Soviet censors in 1956."],
  },
  "text/app-prompt": {
    valid: ["Open in app", "Download the app for the latest news"],
    invalid: ["Open in April, the new consulate will serve residents of the islands."],
  },
  "text/newsletter-prompt": {
    valid: ["Subscribe to our newsletter", "Sign up here to get the latest news and analysis delivered directly to your inbox."],
    invalid: ["The ministry urged citizens to subscribe to its newsletter on border issues."],
  },
  "text/newsletter-short": {
    valid: ["GET THE DAILY BRIEF NEWSLETTER"],
    invalid: ["Newsletter editors were summoned to the ministry."],
  },
  "text/email-prompt": {
    valid: ["Enter your email address to subscribe to this blog and receive notifications of new posts by email."],
    invalid: ["Lavrov said his email address had been hacked."],
  },
  "text/subscribe-label": {
    valid: ["Subscribe now", "Already a subscriber? Log in"],
    invalid: ["Subscribers were told the service would end."],
  },
  "text/share-widget": {
    valid: ["• google plus", "Share this", "WhatsApp Telegram Email", "Share 12"],
    invalid: ["Share prices fell 3% in Tokyo on Monday.", "Twitter users mocked the proposal."],
  },
  "text/share-prompt": {
    valid: ["Follow us on Telegram for breaking news", "Click to share on Telegram (Opens in new window)"],
    invalid: ["Share this view, Lavrov told his counterpart, and we can talk."],
  },
  "text/comment-counter": {
    valid: ["CommentsNo comment", "12 Comments", "Post with no comments.", "View comments (3)"],
    invalid: ["No comment.", "Comments by Peskov drew criticism in Tokyo."],
  },
  "text/comment-prompt": {
    valid: ["Leave a reply", "Be the first to comment"],
    invalid: ["Peskov declined to comment."],
  },
  "text/comment-policy": {
    valid: ["This site uses Akismet to reduce spam. Learn how your comment data is processed.", "Your email address will not be published. Required fields are marked *"],
    invalid: ["The ministry will not publish the names, officials said."],
  },
  "text/advert": {
    valid: ["- Advertisement -", "ADVERTISEMENT", "Story continues below advertisement"],
    invalid: ["Advertisement revenue fell sharply in 2023."],
  },
  "text/nav-label": {
    valid: ["All news", "• Live", "Read more", "Back to top"],
    invalid: ["Live coverage of the summit continued into the night."],
  },
  "text/nav-label-prefix": {
    valid: ["Read more: Japan protests Russian drills near the Kurils", "ALSO READ | Kishida vows to resolve territorial issue"],
    invalid: ["Read more carefully, the declaration promises two islands."],
  },
  "text/nav-words": {
    valid: ["Newer Post Older Post Home", "Previous article Next article"],
    invalid: ["Next year the talks may resume."],
  },
  "text/post-meta": {
    valid: ["This entry was posted in News. Bookmark the permalink."],
    invalid: ["The entry was posted to the archive in 1956."],
  },
  "text/reading-time": {
    valid: ["5 min read", "Reading time: 4 minutes"],
    invalid: ["Read."],
  },
  "text/nav-path": {
    valid: ["News > Russia", "Home » World » Asia-Pacific"],
    invalid: ["Exports > imports in 2023, the ministry said.", "GET / HTTP/1.1", "Kunashir / Kunashiri"],
  },
  "text/nav-menu": {
    valid: ["Home | World | Business | Sport", "Home / World / Asia"],
    invalid: ["Kremlin | Peace treaty talks remain closed | Russia"],
  },
};

for (const [id, { valid, invalid, top = false }] of Object.entries(table)) {
  test(`line rule ${id}`, () => {
    for (const line of valid) assert.equal(classifyLine(lineView(line), top)?.rule.id ?? null, id, `should remove: ${line}`);
    for (const line of invalid) {
      const hit = classifyLine(lineView(line), top);
      assert.equal(hit, null, `should keep: ${line} (matched ${hit?.rule.id} on "${hit?.evidence}")`);
    }
  });
}

test("top-only rules do not fire below the first line", () => {
  assert.notEqual(classifyLine(lineView(" date 2025-05-05 403"), false)?.rule.id, "text/crawl-header");
});

test("every line rule in the lexicons has a table", () => {
  const lineIds = textRules().line.map((r) => r.spec.id);
  assert.deepEqual(lineIds.filter((id) => !(id in table)), []);
  assert.deepEqual(Object.keys(table).filter((id) => !lineIds.includes(id)), []);
});

test("every rule has an id, a description and a known kind", () => {
  for (const spec of ruleSpecs()) {
    assert.match(spec.id, /^text\/[a-z-]+$/);
    assert.ok(spec.description.length > 20, spec.id);
  }
  assert.ok(textRules().line.length > 20);
});
