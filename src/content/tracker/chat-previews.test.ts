/** Chat previews read while the panel is closed, and their upgrade once it opens (chat-previews.ts), through createTracker. */
import { describe, expect, it } from 'vitest';
import type { ChatMessage, Observation } from '../../common/model';
import { createTracker } from '../tracker';
import { HIDDEN, msg, snap } from './test-helpers';

const chatOf = (obs: Observation[]): ChatMessage[] =>
  obs.flatMap((o) => (o.kind === 'chat.message' ? [o.message] : []));

const closed = (previews: ChatMessage[]) => snap({ chat: [], chatPreviews: previews, coverage: HIDDEN });
const open = (chat: ChatMessage[]) => snap({ chat });

describe('tracker: chat previews', () => {
  it('reports a preview at once, marked, and only once while the toast stays', () => {
    const t = createTracker();
    const p = msg('preview:1', 'đồ ngu', { senderName: 'Khách 7' });
    expect(chatOf(t.update(closed([p]), 0))).toEqual([{ ...p, preview: true }]);
    expect(chatOf(t.update(closed([p]), 100))).toEqual([]);
    expect(chatOf(t.update(closed([]), 5_000))).toEqual([]);
  });

  it('adds nothing when the panel opens on the same message, whatever its id, spacing or case', () => {
    const t = createTracker();
    t.update(closed([msg('preview:1', 'đồ  ngu', { senderName: 'Khách 7' })]), 0);
    const full = msg('1714476309237', 'Đồ ngu', { senderName: 'Khách 7', time: '10:42' });
    expect(chatOf(t.update(open([full]), 60_000))).toEqual([]);
    // A later message is news.
    const next = msg('1714476309999', 'Đồ ngu', { senderName: 'Khách 7' });
    expect(chatOf(t.update(open([full, next]), 61_000))).toEqual([next]);
  });

  it('logs the full text of a cut preview once, linked to the preview', () => {
    const t = createTracker();
    t.update(closed([msg('preview:1', 'mở camera lên đi rồi tao…', { senderName: 'Khách 7' })]), 0);
    const full = msg('m1', 'mở camera lên đi rồi tao sẽ cho cả lớp xem', { senderName: 'Khách 7' });
    expect(chatOf(t.update(open([full]), 1_000))).toEqual([{ ...full, upgradeOf: 'preview:1' }]);
    expect(chatOf(t.update(open([full]), 2_000))).toEqual([]);
  });

  it('takes a message that merely ends in an ellipsis for its preview, with nothing new', () => {
    const t = createTracker();
    t.update(closed([msg('preview:1', 'để em nghĩ đã...', { senderName: 'Lan' })]), 0);
    expect(chatOf(t.update(open([msg('m1', 'để em nghĩ đã...', { senderName: 'Lan' })]), 1_000))).toEqual([]);
  });

  it('does not take another sender’s message, or a different text, for the preview', () => {
    const t = createTracker();
    t.update(closed([msg('preview:1', 'chào cả lớp', { senderName: 'Khách 7' })]), 0);
    const other = msg('m1', 'chào cả lớp', { senderName: 'Lan' });
    const longer = msg('m2', 'chào cả lớp nhé', { senderName: 'Khách 7' });
    expect(chatOf(t.update(open([other, longer]), 1_000))).toEqual([other, longer]);
  });

  it('settles two equal previews with two equal messages, one each', () => {
    const t = createTracker();
    t.update(closed([msg('preview:1', 'spam', { senderName: 'X' }), msg('preview:2', 'spam', { senderName: 'X' })]), 0);
    const a = msg('m1', 'spam', { senderName: 'X' });
    const b = msg('m2', 'spam', { senderName: 'X' });
    const c = msg('m3', 'spam', { senderName: 'X' });
    expect(chatOf(t.update(open([a, b, c]), 1_000))).toEqual([c]);
  });

  it('ignores a preview of a message already read in full (the panel just closed)', () => {
    const t = createTracker();
    const full = msg('m1', 'xin chào', { senderName: 'Lan' });
    t.update(open([full]), 0);
    expect(chatOf(t.update(closed([msg('preview:1', 'xin chào', { senderName: 'Lan' })]), 500))).toEqual([]);
  });

  it('counts a message read long after its preview as new (no guess past the window)', () => {
    const t = createTracker();
    t.update(closed([msg('preview:1', 'hi', { senderName: 'Lan' })]), 0);
    const full = msg('m1', 'hi', { senderName: 'Lan' });
    expect(chatOf(t.update(open([full]), 31 * 60_000))).toEqual([full]);
  });
});
