import { alternation } from "../core/lexicon.js";
import type { PageLine } from "./lines.js";
import { agencies, agencyName, roleWords } from "./vocab.js";

// Where copy credits a news agency. An agency counts only in one of these positions, never when the
// text merely mentions it ("Russia's TASS news agency reported").

export interface AgencyMark {
  agency: string;
  ruleId: string;
  /** The words that credit it and the line they stand in. */
  evidence: string;
  where: string;
}

interface MarkRule {
  id: string;
  /** Which lines the mark may stand in. */
  applies: (line: PageLine) => boolean;
  source: (agency: string) => string;
}

const anyLine = (): boolean => true;
const edgeLine = (l: PageLine): boolean => Boolean(l.lead || l.tail);

// In order: the first mark found (by rule, then by line) decides.
const rules: MarkRule[] = [
  // "MOSCOW, February 10. /TASS/." — slashes around the name only ever credit an agency.
  { id: "outlet/slashes", applies: (l) => Boolean(l.lead), source: (a) => `^[^\\n]{0,80}?/(${a})/` },
  // "(MENAFN) Kremlin …", "TOKYO (Reuters) -", "WASHINGTON, March 3 (Xinhua) --": parentheses at the opening.
  { id: "outlet/lead-parentheses", applies: (l) => Boolean(l.lead), source: (a) => `^\\s*[^()\\n]{0,60}?\\((${a})\\)` },
  // "By IANS | Updated: …", "By Reuters Staff" is not listed, "By The Associated Press".
  {
    id: "outlet/byline",
    applies: anyLine,
    source: (a) => `^\\s*(?:${alternation(roleWords("bylines", "cue"))})\\s+(${a})(?=\\s*(?:$|[|,;·•/\\-–—]|\\d))`,
  },
  // "— AP", "(Reuters)", "KYODO": a closing or opening line that is only the credit.
  { id: "outlet/credit-line", applies: edgeLine, source: (a) => `^\\s*(?:[-–—]{1,2}\\s*)?\\(?(${a})\\)?\\s*\\.?\\s*$` },
];

let agencyAlt: string | undefined;
const compiled = new Map<MarkRule, RegExp>();

/** The agency alternation: every alias as written and in capitals ("Kyodo", "KYODO"); case matters. */
function agencyAlternation(): string {
  agencyAlt ??= alternation(agencies().flatMap((e) => e.aliases.flatMap((a) => [a, a.toUpperCase()])));
  return agencyAlt;
}

/** The first agency credited in a marker position of the lines, or null. */
export function findAgencyMark(lines: PageLine[]): AgencyMark | null {
  for (const rule of rules) {
    let re = compiled.get(rule);
    if (!re) compiled.set(rule, (re = new RegExp(rule.source(agencyAlternation()), "u")));
    for (const line of lines) {
      if (!rule.applies(line)) continue;
      const m = re.exec(line.text);
      const name = m?.[1] ? agencyName(m[1]) : null;
      if (m && name) return { agency: name, ruleId: rule.id, evidence: m[0].trim(), where: line.where };
    }
  }
  return null;
}
