import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { domainOf, draftOf, problemsOf } from './draft';

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
});
