import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../common/protocol';
import { translator } from '../i18n';
import { sentence } from './sentences';

const ev = (type: string, payload: Record<string, unknown>): StoredEvent => ({
  id: '00000000-0000-4000-8000-000000000002',
  type: type as StoredEvent['type'],
  time: '2026-12-01T08:00:00+07:00',
  payload,
  sessionId: 's',
  seq: 4,
  prevHash: '',
  hash: '',
});

describe('what the teacher did in the meeting, in the report', () => {
  const en = translator('en');
  const vi = translator('vi');

  it('reads each panel, popup and notification action as a sentence, not as a raw action name', () => {
    const act = (payload: Record<string, unknown>) =>
      ev('teacher.action', { findingId: '', findingIds: [], ...payload });
    expect(sentence(act({ action: 'in-my-class', words: 'Phạm Thu Hà', className: 'Lớp 7A' }), en)).toBe(
      'The teacher confirmed “Phạm Thu Hà” is in the class and added the name to the roster of Lớp 7A.',
    );
    expect(sentence(act({ action: 'in-my-class', words: 'Phạm Thu Hà' }), vi)).toBe(
      'Giáo viên xác nhận “Phạm Thu Hà” thuộc lớp và đã thêm tên vào danh sách lớp này.',
    );
    expect(sentence(act({ action: 'dismissed', words: 'Khách 12' }), en)).toBe(
      'The teacher dismissed the alert about “Khách 12”.',
    );
    expect(sentence(act({ action: 'paused', source: 'popup' }), vi)).toBe(
      'Giáo viên tạm dừng cảnh báo của Class Guard cho buổi học này.',
    );
    expect(sentence(act({ action: 'resumed' }), en)).toBe('The teacher resumed the guard’s alerts.');
    expect(sentence(act({ action: 'note', note: 'Đã xóa khỏi lớp' }), en)).toBe('The teacher noted: “Đã xóa khỏi lớp”');
    for (const action of ['in-my-class', 'dismissed', 'paused', 'resumed', 'note', 'shown-in-list'])
      expect(sentence(act({ action, words: 'X' }), en)).not.toContain(`(${action})`);
  });

  it('an attacker’s name in an action stays inert, capped text', () => {
    const s = sentence(ev('teacher.action', { action: 'dismissed', words: '\u202e<b>x</b>'.repeat(200) }), en);
    expect(s).toContain('⟦U+202E⟧');
    expect(s.length).toBeLessThan(3_000);
  });

  it('people who joined unseen while the list was closed are counted', () => {
    expect(sentence(ev('participants.unnamed', { count: 3, total: 17 }), en)).toBe(
      '3 people joined while the list of people was closed (now 17 in the meeting); their names were not shown.',
    );
    expect(sentence(ev('participants.unnamed', { count: 'x' }), vi)).toContain('? người');
  });
});
