/**
 * Name-calling with an obscene or hateful word: "thằng lồn", "đồ óc lợn", "stupid bitch", "thang bede".
 * The word is then used as a name for someone, so beside the profanity or slur it is an insult: a
 * person word or an insulting adjective right before it, and nothing after it but the end of the
 * sentence, a pointing word or a particle ("thằng lồn kia", "con đĩ à"). "thằng đó đéo biết gì" (the
 * word goes on into a sentence) is not name-calling; a group called by a slur ("bọn …") is hate alone.
 */
import type { Hit } from './lexicon-match';
import type { Token } from './tokenize';

const CALLERS = new Set([
  ...['thằng', 'thang', 'thg', 'tk', 'con', 'đồ', 'do', 'đứa', 'dua'],
  ...['mày', 'may', 'm', 'mi', 'you', 'u', 'ya', 'ur'],
  ...['stupid', 'dumb', 'fat', 'ugly', 'little', 'silly', 'dirty', 'lazy', 'fucking'],
]);
const AFTER = new Set([
  ...['kia', 'này', 'nay', 'đó', 'do', 'đấy', 'day', 'ấy', 'à', 'a', 'ạ', 'hả', 'ha', 'ơi', 'oi', 'ê', 'e'],
  ...['thế', 'the', 'vậy', 'vay', 'đi', 'di', 'lol', 'haha', 'kìa', 'kia'],
]);

function ends(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.boundaryBefore || ',.!?;'.includes(tokens[last]!.next || ' ')) return true;
  return AFTER.has(next.forms.acc) && (!tokens[last + 2] || tokens[last + 2]!.boundaryBefore);
}

export function nameCallingHits(tokens: Token[], hits: Hit[]): void {
  const n = hits.length;
  for (let h = 0; h < n; h++) {
    const hit = hits[h]!;
    if ((hit.cat !== 'profanity' && hit.cat !== 'hate') || hit.tier !== 'alert' || hit.first === 0) continue;
    const before = tokens[hit.first - 1]!;
    if (tokens[hit.first]!.boundaryBefore || !CALLERS.has(before.forms.acc)) continue;
    if (!ends(tokens, hit.last)) continue;
    hits.push({
      cat: 'insult',
      sev: 2,
      tier: 'alert',
      ruleId: 'chat.insult.name-calling',
      first: hit.first - 1,
      last: hit.last,
    });
  }
}
