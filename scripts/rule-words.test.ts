import { describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import vi from '../public/_locales/vi/messages.json';
import { PARTICIPANT_RULES } from '../src/detect/participants/rules';
import { childFinding, type AdviceKind } from '../src/content/child/rules';
import { fillMessage } from '../src/common/messages';
import { ruleWhy, whyKey } from '../src/common/rule-words';

const ADVICE: readonly AdviceKind[] = ['grooming', 'move', 'share', 'stranger', 'private'];
const RULES = [
  ...Object.keys(PARTICIPANT_RULES),
  ...ADVICE.map(
    (k) =>
      childFinding(k, { ruleId: 'x', category: 'grooming', severity: 2, tier: 'alert', subject: {}, evidence: {} })
        .ruleId,
  ),
];
const TABLES = { en, vi } as Parameters<typeof fillMessage>[0];

describe('why a rule fired, in words', () => {
  it.each(['en', 'vi'] as const)('every participant, share and child-advice rule has its sentence in %s', (lang) => {
    const t = (key: string) => fillMessage(TABLES, lang, key, []);
    for (const id of RULES) expect(ruleWhy(t, id), id).toMatch(/^\p{Lu}.*\.$/u);
  });

  it('a rule without a sentence says so, and ids map to keys as written in the tables', () => {
    const t = (key: string) => fillMessage(TABLES, 'vi', key, []);
    expect(ruleWhy(t, 'chat.profanity.lexicon')).toBeNull();
    expect(whyKey('participant.unknown.raid-member')).toBe('why_participant_unknown_raid_member');
    expect(ruleWhy(t, 'participant.unknown')).toBe('Không có trong danh sách lớp.');
  });
});
