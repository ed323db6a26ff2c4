import { describe, expect, it } from 'vitest';
import type { Finding } from '../common/model';
import type { EventDraft } from '../common/protocol';
import { chatMessageOf, createChatMonitor, sessionChat, type ChatMonitorDeps } from './chat-monitor';
import type { ChatOptions } from '../detect/chat';
import { createRosterIndex } from '../common/names/roster-index';

const T0 = Date.parse('2026-11-28T09:00:00.000+07:00');
let n = 0;
const ids = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');

function chat(
  text: string,
  opts: { sender?: string; name?: string; self?: boolean; at?: number; privateTo?: string } = {},
): EventDraft {
  const sender = opts.sender ?? 'p1';
  return {
    id: ids(),
    type: 'chat.message',
    time: iso(opts.at ?? T0),
    payload: {
      message: {
        id: `msg-${n}`,
        senderId: sender,
        senderName: opts.name ?? `Khách ${sender}`,
        self: opts.self ?? false,
        text,
        time: null,
        privateTo: opts.privateTo ?? null,
      },
    },
  };
}
const findings = (drafts: EventDraft[]): Finding[] => drafts.map((d) => d.payload['finding'] as Finding);

/** A worker's monitor over a fake log: `stored` is what the log holds for the session. */
function monitor(stored: EventDraft[] = [], options: () => ChatOptions = () => ({})) {
  const calls = { options: 0, replays: 0 };
  const deps: ChatMonitorDeps = {
    options: async () => {
      calls.options++;
      return options();
    },
    recentChat: async (_session, since, max) => {
      calls.replays++;
      return stored.filter((e) => e.type === 'chat.message' && Date.parse(e.time) >= since).slice(-max);
    },
    now: () => T0 + 120_000,
    newId: ids,
  };
  return { m: createChatMonitor(deps), calls };
}

describe('chat findings in the worker', () => {
  it('a category the teacher switched off raises nothing; the others still do', async () => {
    const bad = 'ê mày ngu vãi';
    const on = findings((await monitor().m.prepare('s1'))(chat(bad)));
    const categories = [...new Set(on.map((f) => f.category))];
    expect(categories.length).toBeGreaterThan(0);
    const off = monitor([], () => ({ detection: { off: categories, sensitivity: 'standard' } }) as ChatOptions);
    expect(findings((await off.m.prepare('s1'))(chat(bad)))).toEqual([]);
    const link = monitor([], () => ({ detection: { off: ['link'], sensitivity: 'standard' } }) as ChatOptions);
    expect(findings((await link.m.prepare('s1'))(chat(bad))).map((f) => f.category)).toEqual(on.map((f) => f.category));
  });

  it('a harmful message yields a finding event linked to it, at its time; a classroom message yields none', async () => {
    const { m } = monitor();
    const derive = await m.prepare('s1');
    const bad = chat('ê mày ngu vãi');
    const out = derive(bad);
    expect(out.length).toBeGreaterThan(0);
    for (const d of out) {
      expect(d).toMatchObject({ type: 'finding', time: bad.time, payload: { observationId: bad.id } });
      expect(d.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(findings(out).find((f) => f.category === 'insult')).toMatchObject({
      tier: 'alert',
      subject: { messageId: (bad.payload['message'] as { id: string }).id, participantId: 'p1' },
      evidence: { text: 'ngu vãi' },
    });
    expect(derive(chat('em chào cô ạ, em nộp bài rồi'))).toEqual([]);
    expect(
      derive({ ...bad, id: ids(), type: 'participant.joined', payload: { participant: { name: 'ngu vãi' } } }),
    ).toEqual([]);
  });

  it("the user's own harmful message is logged for review, never as an alert", async () => {
    const derive = await monitor().m.prepare('s1');
    const own = findings(derive(chat('ê mày ngu vãi', { self: true })));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((f) => f.tier === 'review')).toBe(true);
  });

  it('grooming split across a worker restart still escalates: the log is replayed into the new guard', async () => {
    const first = chat('em năm nay bao nhiêu tuổi rồi', { sender: 'stranger', at: T0 });
    const before = findings((await monitor().m.prepare('s1'))(first));
    expect(before.map((f) => f.ruleId)).not.toContain('chat.grooming.escalated');
    // The worker stopped; the message is in the log. A new worker's monitor replays it.
    const second = chat('kết bạn zalo với anh nhé', { sender: 'stranger', at: T0 + 60_000 });
    const { m, calls } = monitor([first]);
    const after = findings((await m.prepare('s1'))(second));
    expect(after.find((f) => f.ruleId === 'chat.grooming.escalated')).toMatchObject({
      tier: 'alert',
      subject: { participantId: 'stranger' },
    });
    // Without the replay it would not have escalated.
    const fresh = findings((await monitor([]).m.prepare('s1'))(second));
    expect(fresh.map((f) => f.ruleId)).not.toContain('chat.grooming.escalated');
    // The replay happens once per session, not per batch.
    await m.prepare('s1');
    expect(calls.replays).toBe(1);
  });

  it('replayed messages raise nothing again: a flood already reported is not reported twice', async () => {
    const burst = Array.from({ length: 7 }, (_, i) => chat(`tin ${i}`, { sender: 'f', at: T0 + i * 500 }));
    const { m } = monitor(burst);
    const next = findings((await m.prepare('s1'))(chat('tin 8', { sender: 'f', at: T0 + 4_000 })));
    expect(next.filter((f) => f.ruleId === 'chat.spam.flood')).toEqual([]);
  });

  it("the teacher's lists apply after a settings change", async () => {
    let allowed: string[] = [];
    const { m } = monitor([], () => ({ allowedWords: allowed }));
    expect(findings((await m.prepare('s1'))(chat('ê mày ngu vãi'))).some((f) => f.category === 'insult')).toBe(true);
    allowed = ['ngu vãi'];
    // Still the old guard until told.
    expect(
      findings((await m.prepare('s1'))(chat('ê mày ngu vãi', { sender: 'p2' }))).some((f) => f.category === 'insult'),
    ).toBe(true);
    m.invalidate();
    expect(
      findings((await m.prepare('s1'))(chat('ê mày ngu vãi', { sender: 'p3' }))).some((f) => f.category === 'insult'),
    ).toBe(false);
  });

  it('the full text of a cut preview raises only what the preview did not; replayed, the same', () => {
    const preview = chat('thằng kia địt mẹ mày, tao sẽ', { sender: 'x' });
    (preview.payload['message'] as Record<string, unknown>)['preview'] = true;
    const previewId = (preview.payload['message'] as { id: string }).id;
    const full = chat('thằng kia địt mẹ mày, tao sẽ giết mày', { sender: 'x', at: T0 + 60_000 });
    (full.payload['message'] as Record<string, unknown>)['upgradeOf'] = previewId;
    const derive = sessionChat({}, [], { now: () => T0, newId: ids });
    const first = findings(derive(preview)).map((f) => f.category);
    expect(first).toContain('profanity');
    const second = findings(derive(full)).map((f) => f.category);
    expect(second).not.toContain('profanity');
    expect(second).toContain('threat');
    // A worker started after both were stored knows what the preview raised.
    const later = sessionChat({}, [preview], { now: () => T0, newId: ids });
    expect(findings(later(full)).map((f) => f.category)).toEqual(second);
    // Without the link it is another message, judged on its own.
    delete (full.payload['message'] as Record<string, unknown>)['upgradeOf'];
    expect(findings(later(full)).map((f) => f.category)).toContain('profanity');
  });

  it('forged payloads are ignored, oversized text is capped before classification', () => {
    const derive = sessionChat({}, [], { now: () => T0, newId: ids });
    const forged = (payload: Record<string, unknown>): EventDraft => ({
      id: ids(),
      type: 'chat.message',
      time: iso(T0),
      payload,
    });
    expect(derive(forged({}))).toEqual([]);
    expect(derive(forged({ message: 'địt mẹ' }))).toEqual([]);
    expect(derive(forged({ message: { id: 7, text: 'địt mẹ' } }))).toEqual([]);
    expect(
      chatMessageOf(forged({ message: { id: 'x', text: 'a'.repeat(100_000), senderName: { toString: 1 } } })),
    ).toMatchObject({ text: 'a'.repeat(4_000), senderName: '', senderId: null, self: false });
    // Cut at 4,000 characters: the words after the cut are not classified (nor stored by a real content script).
    const long = findings(derive(forged({ message: { id: 'y', text: '\u202e'.repeat(60_000) + 'địt mẹ' } })));
    expect(long.map((f) => f.ruleId)).toEqual(['chat.spam.long']);
    expect(long[0]!.evidence.span).toEqual([0, 4_000]);
    expect(
      findings(derive(forged({ message: { id: 'z', text: '\u202e'.repeat(3_000) + 'địt mẹ' } }))).some(
        (f) => f.category === 'profanity',
      ),
    ).toBe(true);
  });
});

describe("a link to the class's own meeting", () => {
  it('is kept for review; a link to another meeting stays an alert', () => {
    const derive = sessionChat({}, [], { now: () => T0, newId: ids }, 'abc-defg-hij');
    const own = findings(derive(chat('Link họp: meet.google.com/abc-defg-hij', { sender: 'ph' })));
    expect(own.map((f) => [f.category, f.tier, f.ruleId])).toEqual([
      ['link', 'review', 'chat.link.meeting-invite.meet.own'],
    ]);
    const other = findings(derive(chat('vào đây: meet.google.com/xyz-wxyz-xyz', { sender: 'x' })));
    expect(other.map((f) => [f.category, f.tier])).toEqual([['link', 'alert']]);
  });

  it('knows the code inside an escaped Teams link, and is not fooled by a short code', () => {
    const code = '19:meeting_UGFuZWxWaQ@thread.v2';
    const link = `teams.microsoft.com/l/meetup-join/${encodeURIComponent(code)}/0`;
    const derive = sessionChat({}, [], { now: () => T0, newId: ids }, code);
    expect(findings(derive(chat(link))).map((f) => f.tier)).toEqual(['review']);
    const short = sessionChat({}, [], { now: () => T0, newId: ids }, '123');
    expect(findings(short(chat('zoom.us/j/81234567890 vào nhanh'))).map((f) => f.tier)).toEqual(['alert']);
  });
});

describe('personal information in the class chat', () => {
  const members = createRosterIndex([{ name: 'Nguyễn Văn An' }, { name: 'Trần Thị Bình' }, { name: 'Cô Lan' }]);
  const derive = () => sessionChat({}, [], { now: () => T0, newId: ids }, null, members);
  const tiers = (e: EventDraft, d = derive()) =>
    findings(d(e))
      .filter((f) => f.category === 'personal-info')
      .map((f) => f.tier);
  const PHONE = 'số mẹ em là 0912 345 678 ạ';

  it('is worth a look when a student gives it to everyone, or privately to a member of the class', () => {
    expect(tiers(chat(PHONE, { name: 'Nguyễn Văn An' }))).toEqual(['review']);
    // Names as the client shows them: another order, no diacritics.
    expect(tiers(chat(PHONE, { name: 'An Nguyen Van', privateTo: 'Cô Lan' }))).toEqual(['review']);
  });

  it('alerts for a number from outside the class, anything given privately to an outsider, or no class', () => {
    expect(tiers(chat('add zalo anh 0912 345 678 nhé', { name: 'Người Lạ' }))).toEqual(['alert']);
    expect(tiers(chat(PHONE, { name: 'Trần Thị Bình', privateTo: 'anh Tuấn' }))).toEqual(['alert']);
    const noClass = sessionChat({}, [], { now: () => T0, newId: ids });
    expect(tiers(chat(PHONE, { name: 'Nguyễn Văn An' }), noClass)).toEqual(['alert']);
  });

  it('an address is worth a look among the class, an alert given privately to an outsider', () => {
    const ADDRESS = 'nhà em ở số 12 ngõ 45 phố Huế';
    expect(tiers(chat(ADDRESS, { name: 'Nguyễn Văn An' }))).toEqual(['review']);
    expect(tiers(chat(ADDRESS, { name: 'Nguyễn Văn An', privateTo: 'anh Tuấn' }))).toEqual(['alert']);
    // A stranger's own address to everyone is what the classifier says: worth a look.
    expect(tiers(chat(ADDRESS, { name: 'Người Lạ' }))).toEqual(['review']);
  });
});
