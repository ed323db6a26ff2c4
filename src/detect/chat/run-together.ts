/**
 * Self-harm and threat words run together into one word, as letters spaced out over a whole sentence
 * become ("m u o n c h e t" is read as one spelled word, "muonchet"), or typed without spaces
 * ("muonchetqua"). No everyday word holds these sequences, so such a word is read for them; the wish
 * alone is review, as "muốn chết" is.
 */
import type { Hit } from './lexicon-match';
import type { Token } from './tokenize';

const SELF =
  /(?:muon|mun|mon)(?:chet|chit|chec|tutu|tusat|bienmat)|(?:khong|ko|k|hong|hok)(?:muon|mun)song|tutu(?:chet|di|thoi|cho)/;
const THREAT = /(?:giet|dam|chem)(?:may|chetmay|chetm)|taogiet|(?:ill|iwill|imgonna)kill(?:you|u)/;

export function runTogetherHits(tokens: Token[], hits: Hit[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.forms.fold;
    if (w.length < 7) continue;
    if (SELF.test(w))
      hits.push({ cat: 'self-harm', sev: 2, tier: 'review', ruleId: 'chat.self-harm.run-together', first: i, last: i });
    else if (THREAT.test(w))
      hits.push({ cat: 'threat', sev: 2, tier: 'review', ruleId: 'chat.threat.run-together', first: i, last: i });
  }
}
