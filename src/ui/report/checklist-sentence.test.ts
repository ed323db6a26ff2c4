import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../common/protocol';
import { translator } from '../i18n';
import { sentence } from './sentences';

const ev = (payload: Record<string, unknown>): StoredEvent => ({
  id: '00000000-0000-4000-8000-000000000001',
  type: 'checklist.item',
  time: '2026-12-01T08:00:00+07:00',
  payload,
  sessionId: 's',
  seq: 3,
  prevHash: '',
  hash: '',
});

describe('a checklist tick in the report', () => {
  it('says which safeguard was on or off and who said so, in both languages', () => {
    const en = translator('en');
    const vi = translator('vi');
    expect(sentence(ev({ item: 'waiting-room', done: true, by: 'page', source: 'lobby-list' }), en)).toBe(
      'Safeguard on: “Waiting room on: you admit each person” (read from the page)',
    );
    expect(sentence(ev({ item: 'link-private', done: true, by: 'teacher' }), vi)).toBe(
      'Biện pháp bảo vệ bật: “Không đăng đường link công khai” (thầy cô đánh dấu)',
    );
    expect(sentence(ev({ item: 'lock', done: false, by: 'teacher' }), en)).toBe(
      'Safeguard off: “Lock the meeting once everyone is in” (unticked by the teacher)',
    );
  });

  it('an item it does not know reads as an unknown event, never as page text', () => {
    const s = sentence(ev({ item: '<img src=x>', done: true, by: 'page' }), translator('en'));
    expect(s).not.toContain('<img');
  });

  it('says when the teacher closed the checklist card or brought it back', () => {
    const card = (shown: boolean): StoredEvent => ({ ...ev({ shown }), type: 'checklist.card' });
    expect(sentence(card(false), translator('en'))).toBe('The teacher closed the safety checklist on the meeting tab');
    expect(sentence(card(true), translator('vi'))).toBe(
      'Thầy cô đã mở lại danh sách kiểm tra an toàn trên thẻ cuộc họp',
    );
  });
});
