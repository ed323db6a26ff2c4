import { describe, expect, it } from 'vitest';
import type { Finding } from '../../common/model';
import { adviceFor, childFinding } from './rules';

const f = (category: Finding['category'], text = '', tier: Finding['tier'] = 'alert'): Finding => ({
  ruleId: `chat.${category}.x`,
  category,
  severity: 2,
  tier,
  subject: { name: 'Anh Tuấn', messageId: 'm1' },
  evidence: { text },
});

describe('advice to a child taking part in a class', () => {
  it('grooming, even at review tier, a move to Zalo/Messenger/phone, a pupil sharing, a stranger', () => {
    expect(adviceFor(f('grooming', 'đừng nói với ai nhé', 'review'))).toBe('grooming');
    expect(adviceFor(f('personal-info', 'kết bạn zalo anh 0987 654 321 nhé'))).toBe('move');
    expect(adviceFor(f('link', 'nhắn anh qua m.me/anh.tuan'))).toBe('move');
    expect(adviceFor(f('screen-share'))).toBe('share');
    expect(adviceFor(f('unknown-participant'))).toBe('stranger');
  });

  it('not for what a child needs no advice about: the class group link, a rude word', () => {
    expect(adviceFor(f('link', 'tài liệu ở https://thcs.edu.vn/bai-5'))).toBeNull();
    expect(adviceFor(f('profanity', 'vl'))).toBeNull();
    expect(adviceFor(f('spam', 'aaaa', 'review'))).toBeNull();
  });

  it('the parent is told with a child.* rule, the original words kept', () => {
    const c = childFinding('grooming', f('grooming', 'đừng nói với ai nhé'));
    expect(c).toMatchObject({ ruleId: 'child.grooming', tier: 'alert', evidence: { text: 'đừng nói với ai nhé' } });
  });
});
