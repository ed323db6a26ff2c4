import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../common/protocol';
import { translator } from '../i18n';
import { storedFinding } from './sample-log';
import { sentence } from './sentences';

/** "Trần Minh Anh" with a Cyrillic А, and a name with a zero-width space and a right-to-left override. */
const LOOKALIKE = 'Trần Minh \u0410nh';
const HIDDEN = 'Đỗ Văn\u200bHùng\u202e';

const finding = (category: string, name: string, evidence: Record<string, unknown> = {}): StoredEvent =>
  storedFinding({ ruleId: 'r', category, name, evidence });

describe('a finding on a name, in the report', () => {
  it('names the look-alike letter, in the report language', () => {
    const vi = sentence(finding('impersonation', LOOKALIKE, { matched: 'Trần Minh Anh' }), translator('vi'));
    expect(vi).toContain('“А” là chữ Kirin (U+0410) trông giống chữ Latinh “A”');
    const en = sentence(finding('suspicious-name', LOOKALIKE), translator('en'));
    expect(en).toContain('“А” is a Cyrillic letter (U+0410)');
  });

  it('names invisible and direction-changing characters once each', () => {
    const t = translator('en');
    const en = sentence(finding('suspicious-name', `${HIDDEN}\u200b`), t);
    expect(en.split(t('popup_why_invisible', 'U+200B')).length - 1).toBe(1);
    expect(en.split(t('popup_why_bidi', 'U+202E')).length - 1).toBe(1);
  });

  it('leaves a plain name and a chat finding as they were', () => {
    const t = translator('en');
    const plain = finding('unknown-participant', 'Kẻ Lạ Mặt');
    expect(sentence(plain, t)).toBe(
      t('report_ev_finding', 'Alert (high): person not on the class list', '“Kẻ Lạ Mặt”'),
    );
    expect(sentence(finding('profanity', LOOKALIKE, { text: 'đm' }), t)).not.toContain('U+0410');
  });
});
