/** The chat part of the tracker (chat.ts), through createTracker. */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../common/model';
import { createTracker } from '../tracker';
import { FULL, msg, snap } from './test-helpers';

describe('tracker: chat', () => {
  it('reports each message once, in order, with sender and private recipient', () => {
    const t = createTracker();
    const a = msg('m1', 'Chào cô');
    const b = msg('m2', 'gửi riêng', { senderName: 'Người lạ', privateTo: 'Lan' });
    expect(t.update(snap({ chat: [a, b] }), 0).filter((o) => o.kind === 'chat.message')).toEqual([
      { kind: 'chat.message', message: a },
      { kind: 'chat.message', message: b },
    ]);
    expect(t.update(snap({ chat: [a, b] }), 100)).toEqual([]);
    const c = msg('m3', 'ba');
    expect(t.update(snap({ chat: [a, b, c] }), 200)).toEqual([{ kind: 'chat.message', message: c }]);
  });

  it('does not repeat a message scrolled out of a virtualized list and back, or re-rendered when the panel reopens', () => {
    const t = createTracker();
    const all = Array.from({ length: 100 }, (_, i) => msg(`m${i}`, `tin ${i}`));
    let reported = 0;
    for (let start = 0; start <= 90; start += 3) {
      reported += t
        .update(snap({ chat: all.slice(start, start + 10) }), start)
        .filter((o) => o.kind === 'chat.message').length;
    }
    t.update(snap({ chat: [], coverage: { ...FULL, chat: 'hidden', chatReason: 'panel-closed' } }), 1_000);
    for (let start = 90; start >= 0; start -= 10) {
      reported += t
        .update(snap({ chat: all.slice(start, start + 10) }), 2_000 + start)
        .filter((o) => o.kind === 'chat.message').length;
    }
    expect(reported).toBe(100);
  });

  it('reads a list kept to a length (new messages appended, the oldest dropped) from where it ended, and misses none inserted earlier', () => {
    const t = createTracker();
    const all = Array.from({ length: 60 }, (_, i) => msg(`m${i}`, `tin ${i}`));
    const chatOf = (obs: Observation[]) => obs.flatMap((o) => (o.kind === 'chat.message' ? [o.message.id] : []));
    const reported: string[] = [];
    // A window of the latest 20, sliding by 3 each update (as Meet's adapter hands over its chat).
    for (let end = 1; end <= 60; end += 3)
      reported.push(...chatOf(t.update(snap({ chat: all.slice(Math.max(0, end - 20), end) }), end)));
    reported.push(...chatOf(t.update(snap({ chat: all.slice(40) }), 100)));
    expect(reported).toEqual(all.map((m) => m.id));
    // A message inserted before the last one, the window sliding at the same time: the ends no longer line up.
    const late = msg('late', 'chen giữa');
    const slid = [...all.slice(42, 59), late, all[59]!];
    expect(chatOf(t.update(snap({ chat: slid }), 200))).toEqual(['late']);
    // The same message objects, the last one found but the first out of place: looked at whole, nothing repeated.
    expect(chatOf(t.update(snap({ chat: [all[10]!, ...slid] }), 300))).toEqual([]);
  });

  it('keeps its memory bounded but never forgets a message that is still rendered', () => {
    const t = createTracker({ chatMemory: 50 });
    // Meet keeps the whole chat in the DOM: 200 rendered messages with a memory of 50.
    const all = Array.from({ length: 200 }, (_, i) => msg(`m${i}`, `tin ${i}`));
    let reported = 0;
    for (let n = 1; n <= 200; n++) reported += t.update(snap({ chat: all.slice(0, n) }), n).length;
    reported += t.update(snap({ chat: all }), 1_000).length;
    expect(reported - 2).toBe(200); // minus the first snapshot's state and coverage
    // A virtualized window far from the start: old ids are forgotten, recent ones are not.
    const recent = all.slice(190);
    expect(t.update(snap({ chat: recent }), 2_000)).toEqual([]);
    const many = Array.from({ length: 100 }, (_, i) => msg(`n${i}`, `mới ${i}`));
    for (let i = 0; i < 100; i += 10) t.update(snap({ chat: many.slice(i, i + 10) }), 3_000 + i);
    expect(t.update(snap({ chat: many.slice(90) }), 4_000)).toEqual([]);
    // The memory is bounded: m0, out of view for more than `chatMemory` messages, is forgotten.
    expect(t.update(snap({ chat: [all[0]!] }), 5_000)).toHaveLength(1);
  });
});
