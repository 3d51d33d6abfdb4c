import type { Removal } from "../core/types.js";
import { excerpt } from "./html-removal.js";
import type { TextBlock } from "./html-text.js";
import { blockRules, type BlockContext } from "./html-block-rules.js";
import { forgetWords } from "./html-block-vocab.js";

// After main-content selection, drop the furniture blocks that came along inside the article
// container: repeated title, labels, share rows, credits, stamps, bylines, related-link runs.
// Each rule marks blocks with its id; the first rule to claim a block wins.

export interface PostcleanResult {
  kept: TextBlock[];
  removed: Removal[];
}

export function postcleanBlocks(blocks: readonly TextBlock[], ctx: BlockContext, disabled: ReadonlySet<string> = new Set()): PostcleanResult {
  const verdict: (string | null)[] = blocks.map(() => null);
  try {
    for (const rule of blockRules) {
      if (disabled.has(rule.ruleId)) continue;
      rule.mark(blocks, verdict, ctx);
    }
  } finally {
    forgetWords();
  }
  const kept: TextBlock[] = [];
  const removed: Removal[] = [];
  blocks.forEach((block, i) => {
    const ruleId = verdict[i];
    if (ruleId) removed.push({ text: excerpt(block.text), ruleId });
    else kept.push(block);
  });
  return { kept, removed };
}
