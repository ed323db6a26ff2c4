import type { Analysis } from './tokenize';
import type { Verdict } from './types';

/**
 * One message that is itself a flood: a 2,000+ character wall, one word or block of words repeated
 * over and over ("lag lag lag…", "sub kênh t đi mn" ×4), or one long run of a couple of characters.
 */
export function spamShape(a: Analysis): Verdict | null {
  const end = a.text.length;
  if (end > 2000) return { category: 'spam', severity: 1, tier: 'review', span: [0, end], ruleId: 'chat.spam.long' };
  if (a.norm.length < 16) return null;
  const chunks = a.norm.split(/[\s,.!?]+/).filter(Boolean);
  for (const c of chunks) {
    if (c.length >= 30 && new Set(c).size <= 3)
      return { category: 'spam', severity: 1, tier: 'review', span: [0, end], ruleId: 'chat.spam.repeated-word' };
  }
  if (chunks.length < 8) return null;
  for (let b = 1; b <= 8; b++) {
    let same = 0;
    for (let i = 0; i + b < chunks.length; i++) if (chunks[i] === chunks[i + b]) same++;
    // At least three copies of a short block, or two of a long one.
    if (same >= 7 && same >= b)
      return { category: 'spam', severity: 1, tier: 'review', span: [0, end], ruleId: 'chat.spam.repeated-word' };
  }
  return null;
}
