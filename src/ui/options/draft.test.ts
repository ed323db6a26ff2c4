import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { domainOf, draftOf, followSettings, problemsOf, sameDraft } from './draft';

describe('the settings form', () => {
  it('reads a domain out of what a teacher pastes', () => {
    expect(domainOf('https://www.THCS-NguyenDu.edu.vn/lop-7a?x=1')).toBe('www.thcs-nguyendu.edu.vn');
    expect(domainOf('*.school.edu.vn')).toBe('school.edu.vn');
    expect(domainOf('trường.vn')).toBe('trường.vn');
    expect(domainOf('not a domain')).toBeNull();
    expect(domainOf('localhost')).toBeNull();
  });

  it('says what keeps it from being saved, and nothing of what policy locks', () => {
    const draft = { ...draftOf(DEFAULT_SETTINGS), retentionDays: '0', domains: ['school.edu.vn', 'hello world'] };
    expect(problemsOf(draft, new Set()).map((p) => [p.field, p.subs])).toEqual([
      ['retentionDays', ['3650']],
      ['domains', ['hello world']],
    ]);
    expect(problemsOf(draft, new Set(['retention', 'chat']))).toEqual([]);
    expect(problemsOf({ ...draft, retentionDays: '2.5', domains: [] }, new Set())[0]?.field).toBe('retentionDays');
    expect(problemsOf({ ...draft, retentionDays: '90', domains: [] }, new Set())).toEqual([]);
  });

  it('a policy set, changed or removed while the page is open is not an unsaved change of the teacher', () => {
    const own = {
      ...DEFAULT_SETTINGS,
      language: 'en' as const,
      chat: { ...DEFAULT_SETTINGS.chat, blockedWords: ['lời của cô'] },
    };
    const school = { ...own, language: 'vi' as const, chat: { ...own.chat, blockedWords: ['đồ ngu', 'cút'] } };
    const none = new Set<string>();
    const policy = new Set(['language', 'chat']);
    // Loaded under the policy, then the policy goes: the page and what is saved follow alike.
    const saved = draftOf(school);
    let draft = saved;
    let baseline = saved;
    draft = followSettings(draft, draftOf(own), none, policy);
    baseline = followSettings(baseline, draftOf(own), none, policy);
    expect(draft.blocked).toEqual(['lời của cô']);
    expect(sameDraft(draft, baseline)).toBe(true);
    // The policy comes back: still nothing of the teacher's to save.
    draft = followSettings(draft, draftOf(school), policy, none);
    baseline = followSettings(baseline, draftOf(school), policy, none);
    expect(sameDraft(draft, baseline)).toBe(true);
    // The teacher's own edit of a key the policy leaves free stays unsaved through a policy change.
    draft = { ...draft, retentionDays: '45' };
    draft = followSettings(draft, draftOf(own), none, policy);
    baseline = followSettings(baseline, draftOf(own), none, policy);
    expect(sameDraft(draft, baseline)).toBe(false);
    expect(sameDraft({ ...draft, retentionDays: baseline.retentionDays }, baseline)).toBe(true);
  });
});
