import { describe, expect, it } from 'vitest';
import type { ChatMessage, Coverage, Observation, Participant, Presenter, Snapshot } from '../shared/model';
import { createTracker } from './tracker';

const FULL: Coverage = {
  roster: 'full',
  rosterReason: null,
  chat: 'visible',
  chatReason: null,
  presenter: 'readable',
  presenterReason: null,
};
const PARTIAL: Coverage = { ...FULL, roster: 'partial', rosterReason: 'virtualized' };
const HIDDEN: Coverage = { ...FULL, roster: 'hidden', rosterReason: 'panel-closed', chat: 'hidden', chatReason: 'panel-closed' };

function person(name: string, extra: Partial<Participant> = {}): Participant {
  return { id: `u:${name}`, idStable: true, name, role: 'participant', self: false, ...extra };
}

function msg(id: string, text: string, extra: Partial<ChatMessage> = {}): ChatMessage {
  return { id, senderId: null, senderName: 'Lan', self: false, text, time: null, privateTo: null, ...extra };
}

function snap(over: Partial<Snapshot> = {}): Snapshot {
  return {
    meeting: { platform: 'meet', code: 'abc-defg-hij', title: 'Lớp 9A2', url: 'https://meet.google.com/abc-defg-hij' },
    state: 'in-call',
    self: { id: 'u:Cô Hoa', name: 'Cô Hoa', host: true },
    participants: [],
    participantCount: null,
    waiting: [],
    presenters: [],
    chat: [],
    coverage: FULL,
    ...over,
  };
}

/** Observations other than the ones every first snapshot carries (state and initial coverage). */
function people(obs: Observation[]): string[] {
  return obs.flatMap((o) => {
    switch (o.kind) {
      case 'participant.joined':
      case 'participant.left':
      case 'waiting.joined':
      case 'waiting.admitted':
      case 'waiting.left':
        return [`${o.kind} ${o.participant.name}`];
      case 'participant.renamed':
        return [`${o.kind} ${o.from} -> ${o.participant.name}`];
      case 'participant.role':
        return [`${o.kind} ${o.participant.name} ${o.from} -> ${o.participant.role}`];
      default:
        return [];
    }
  });
}

const kinds = (obs: Observation[]): string[] => obs.map((o) => o.kind);

const teacher = person('Cô Hoa', { role: 'host', self: true });
const an = person('Nguyễn Văn An');
const binh = person('Trần Thị Bình');
const chi = person('Lê Minh Chi');

describe('tracker: meeting state and coverage', () => {
  it('reports the state and the initial coverage on the first snapshot, then only changes', () => {
    const t = createTracker();
    const first = t.update(snap({ state: 'prejoin', coverage: { ...HIDDEN, rosterReason: 'not-in-call' } }), 0);
    expect(first).toEqual([
      { kind: 'meeting.state', state: 'prejoin', meeting: snap().meeting },
      { kind: 'coverage.changed', coverage: { ...HIDDEN, rosterReason: 'not-in-call' }, previous: null },
    ]);
    expect(t.update(snap({ state: 'prejoin', coverage: { ...HIDDEN, rosterReason: 'not-in-call' } }), 100)).toEqual([]);
    const joined = t.update(snap({ state: 'in-call', coverage: FULL }), 200);
    expect(joined).toEqual([
      { kind: 'meeting.state', state: 'in-call', meeting: snap().meeting },
      { kind: 'coverage.changed', coverage: FULL, previous: { ...HIDDEN, rosterReason: 'not-in-call' } },
    ]);
  });

  it('reports a change of reason alone as a coverage change', () => {
    const t = createTracker();
    t.update(snap({ coverage: HIDDEN }), 0);
    const other = { ...HIDDEN, rosterReason: 'other-panel-open' as const };
    expect(t.update(snap({ coverage: other }), 1)).toEqual([{ kind: 'coverage.changed', coverage: other, previous: HIDDEN }]);
  });

  it('emits nothing for everyone when the call ends, and no share.stopped', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher, an, binh], presenters: [{ participantId: an.id, name: an.name, self: false }] }), 0);
    const ended = t.update(
      snap({ state: 'ended', coverage: { ...HIDDEN, rosterReason: 'not-in-call', presenter: 'unreadable', presenterReason: 'not-in-call' } }),
      1_000,
    );
    expect(kinds(ended)).toEqual(['meeting.state', 'coverage.changed']);
    expect(t.update(snap({ state: 'ended', coverage: { ...HIDDEN, rosterReason: 'not-in-call' } }), 60_000).filter((o) => o.kind !== 'coverage.changed')).toEqual([]);
  });

  it('does not join everyone again when the teacher rejoins the same meeting; a share seen then is new', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher, an], presenters: [{ participantId: an.id, name: an.name, self: false }] }), 0);
    t.update(snap({ state: 'ended', coverage: HIDDEN }), 1_000);
    const back = t.update(snap({ participants: [teacher, an], presenters: [{ participantId: an.id, name: an.name, self: false }] }), 5_000);
    expect(people(back)).toEqual([]);
    expect(back.filter((o) => o.kind === 'share.started')).toHaveLength(1);
  });

  it('starts from scratch when the tab moves to another meeting', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher, an] }), 0);
    const other = snap({ meeting: { ...snap().meeting, code: 'xyz-abcd-efg' }, participants: [teacher, binh] });
    const obs = t.update(other, 1_000);
    expect(kinds(obs).slice(0, 2)).toEqual(['meeting.state', 'coverage.changed']);
    expect(people(obs)).toEqual(['participant.joined Cô Hoa', 'participant.joined Trần Thị Bình']);
    // An is not reported as leaving the new meeting, even after the confirmation time.
    t.update(other, 2_000);
    expect(people(t.update(other, 60_000))).toEqual([]);
  });
});

describe('tracker: participants joining and leaving', () => {
  it('reports everyone visible on the first snapshot as joined, then only newcomers', () => {
    const t = createTracker();
    expect(people(t.update(snap({ participants: [teacher, an] }), 0))).toEqual([
      'participant.joined Cô Hoa',
      'participant.joined Nguyễn Văn An',
    ]);
    expect(people(t.update(snap({ participants: [teacher, an, binh] }), 100))).toEqual(['participant.joined Trần Thị Bình']);
    expect(t.update(snap({ participants: [binh, teacher, an] }), 200)).toEqual([]);
  });

  it('counts a leave only after two full snapshots at least leaveConfirmMs apart', () => {
    const t = createTracker({ leaveConfirmMs: 20_000 });
    t.update(snap({ participants: [teacher, an, binh] }), 0);
    expect(people(t.update(snap({ participants: [teacher, an] }), 1_000))).toEqual([]);
    expect(people(t.update(snap({ participants: [teacher, an] }), 20_999))).toEqual([]);
    const left = t.update(snap({ participants: [teacher, an] }), 21_000);
    expect(left).toEqual([{ kind: 'participant.left', participant: binh }]);
    expect(people(t.update(snap({ participants: [teacher, an] }), 60_000))).toEqual([]);
  });

  it('honours a custom confirmation time', () => {
    const t = createTracker({ leaveConfirmMs: 5_000 });
    t.update(snap({ participants: [teacher, an] }), 0);
    t.update(snap({ participants: [teacher] }), 1_000);
    expect(people(t.update(snap({ participants: [teacher] }), 6_000))).toEqual(['participant.left Nguyễn Văn An']);
  });

  it('cancels a pending leave when the person re-appears, and starts the clock afresh', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher, an] }), 0);
    t.update(snap({ participants: [teacher] }), 1_000);
    expect(t.update(snap({ participants: [teacher, an] }), 10_000)).toEqual([]);
    t.update(snap({ participants: [teacher] }), 15_000);
    expect(people(t.update(snap({ participants: [teacher] }), 30_000))).toEqual([]);
    expect(people(t.update(snap({ participants: [teacher] }), 35_000))).toEqual(['participant.left Nguyễn Văn An']);
  });

  it('a re-appearance in a partial list also cancels the pending leave', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher, an, binh] }), 0);
    t.update(snap({ participants: [teacher, an] }), 1_000);
    t.update(snap({ participants: [binh], coverage: PARTIAL }), 2_000);
    t.update(snap({ participants: [teacher, an, binh] }), 3_000);
    expect(people(t.update(snap({ participants: [teacher, an, binh] }), 40_000))).toEqual([]);
  });
});

describe('tracker: participants the roster cannot show', () => {
  it('never reports left for rows scrolled out of a virtualized (partial) list', () => {
    const t = createTracker();
    const everyone = Array.from({ length: 60 }, (_, i) => person(`Học sinh ${i}`));
    t.update(snap({ participants: everyone.slice(0, 20), coverage: PARTIAL }), 0);
    const all: Observation[] = [];
    // Scroll through the list window by window for ten minutes.
    for (let i = 1; i <= 300; i++) {
      const start = (i * 7) % 41;
      all.push(...t.update(snap({ participants: everyone.slice(start, start + 20), coverage: PARTIAL }), i * 2_000));
    }
    expect(all.filter((o) => o.kind === 'participant.left')).toEqual([]);
    // Everyone who scrolled into view joined exactly once.
    const joined = all.filter((o) => o.kind === 'participant.joined').length + 20;
    expect(joined).toBe(60);
  });

  it('never reports left when the roster panel closes, and does not re-join known people when it reopens', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher, an, binh] }), 0);
    expect(people(t.update(snap({ participants: [], coverage: HIDDEN }), 1_000))).toEqual([]);
    expect(people(t.update(snap({ participants: [], coverage: HIDDEN }), 120_000))).toEqual([]);
    // Reopened: Chi is new; An and Bình still there.
    expect(people(t.update(snap({ participants: [teacher, an, binh, chi] }), 121_000))).toEqual(['participant.joined Lê Minh Chi']);
  });

  it('people missing after the panel reopens go through the same confirmation from the reopening', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher, an, binh] }), 0);
    // Missing once just before the panel closed (a half-dismantled list) ...
    t.update(snap({ participants: [teacher] }), 500);
    t.update(snap({ participants: [], coverage: HIDDEN }), 1_000);
    // ... and in the first frame after it reopens, long after: not yet a leave.
    expect(people(t.update(snap({ participants: [teacher, an] }), 300_000))).toEqual([]);
    expect(people(t.update(snap({ participants: [teacher, an] }), 310_000))).toEqual([]);
    expect(people(t.update(snap({ participants: [teacher, an] }), 320_000))).toEqual(['participant.left Trần Thị Bình']);
  });

  it('a half-dismantled full list (Teams) that comes back within the confirmation time yields no leaves', () => {
    const t = createTracker();
    const everyone = Array.from({ length: 30 }, (_, i) => person(`HS ${i}`));
    t.update(snap({ participants: everyone }), 0);
    const obs: Observation[] = [];
    for (let n = 29; n >= 0; n -= 5) obs.push(...t.update(snap({ participants: everyone.slice(0, n) }), (30 - n) * 100));
    obs.push(...t.update(snap({ participants: everyone }), 10_000));
    obs.push(...t.update(snap({ participants: everyone }), 60_000));
    expect(people(obs)).toEqual([]);
  });
});

describe('tracker: participants renamed, listed twice or in bulk', () => {
  it('reports a rename for a stable id, and a role change', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher, an] }), 0);
    const renamed = { ...an, name: 'Cô Hoa' };
    expect(t.update(snap({ participants: [teacher, renamed] }), 1_000)).toEqual([
      { kind: 'participant.renamed', participant: renamed, from: 'Nguyễn Văn An' },
    ]);
    const promoted = { ...renamed, role: 'cohost' as const };
    expect(t.update(snap({ participants: [teacher, promoted] }), 2_000)).toEqual([
      { kind: 'participant.role', participant: promoted, from: 'participant' },
    ]);
    const both = { ...promoted, name: 'An', role: 'participant' as const };
    expect(people(t.update(snap({ participants: [teacher, both] }), 3_000))).toEqual([
      'participant.renamed Cô Hoa -> An',
      'participant.role An cohost -> participant',
    ]);
  });

  it('reports a rename seen in a partial list, when the row comes back with a new name', () => {
    const t = createTracker();
    t.update(snap({ participants: [an, binh], coverage: PARTIAL }), 0);
    t.update(snap({ participants: [binh], coverage: PARTIAL }), 1_000);
    expect(people(t.update(snap({ participants: [{ ...an, name: 'Bình' }], coverage: PARTIAL }), 2_000))).toEqual([
      'participant.renamed Nguyễn Văn An -> Bình',
    ]);
  });

  it('treats a rename without a stable id as a join now and a confirmed leave later, never as a rename', () => {
    const t = createTracker();
    const byName = (name: string): Participant => ({ id: `name:${name}`, idStable: false, name, role: 'participant', self: false });
    t.update(snap({ participants: [byName('Lan'), byName('Minh')] }), 0);
    const obs = [
      ...t.update(snap({ participants: [byName('Lan'), byName('Giáo viên')] }), 1_000),
      ...t.update(snap({ participants: [byName('Lan'), byName('Giáo viên')] }), 21_000),
    ];
    expect(people(obs)).toEqual(['participant.joined Giáo viên', 'participant.left Minh']);
    expect(obs.some((o) => o.kind === 'participant.renamed')).toBe(false);
  });

  it('a duplicate row of the same id (a presenter row) is not a rename', () => {
    const t = createTracker();
    t.update(snap({ participants: [an] }), 0);
    expect(t.update(snap({ participants: [an, { ...an, name: 'Bản trình bày của An' }] }), 1_000)).toEqual([]);
  });

  it('is not fooled by an adapter that reuses and mutates its Participant objects', () => {
    const t = createTracker();
    const row = { ...an };
    t.update(snap({ participants: [row] }), 0);
    row.name = 'Trùm lớp';
    expect(people(t.update(snap({ participants: [row] }), 1_000))).toEqual(['participant.renamed Nguyễn Văn An -> Trùm lớp']);
  });

  it('handles 1,000 participants: joins once, a few changes, no spurious events', () => {
    const t = createTracker();
    const everyone = Array.from({ length: 1_000 }, (_, i) => person(`Học sinh ${String(i).padStart(4, '0')}`));
    expect(people(t.update(snap({ participants: everyone }), 0))).toHaveLength(1_000);
    expect(t.update(snap({ participants: everyone }), 100)).toEqual([]);
    const next = everyone.slice(1);
    next[499] = { ...next[499]!, name: 'Đổi tên' };
    next.push(person('Người lạ'));
    expect(people(t.update(snap({ participants: next }), 200))).toEqual([
      'participant.renamed Học sinh 0500 -> Đổi tên',
      'participant.joined Người lạ',
    ]);
    expect(people(t.update(snap({ participants: next }), 30_000))).toEqual(['participant.left Học sinh 0000']);
    expect(t.update(snap({ participants: next }), 60_000)).toEqual([]);
  });
});

describe('tracker: waiting room', () => {
  const stranger = person('Người lạ');

  it('reports someone waiting once, and admitted when they appear among participants (same id)', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher] }), 0);
    expect(people(t.update(snap({ participants: [teacher], waiting: [stranger] }), 1_000))).toEqual(['waiting.joined Người lạ']);
    expect(t.update(snap({ participants: [teacher], waiting: [stranger] }), 2_000)).toEqual([]);
    // The frame of admission may list them in both places.
    const obs = t.update(snap({ participants: [teacher, stranger], waiting: [stranger] }), 3_000);
    expect(obs).toEqual([
      { kind: 'waiting.admitted', participant: stranger },
      { kind: 'participant.joined', participant: stranger },
    ]);
    expect(t.update(snap({ participants: [teacher, stranger] }), 4_000)).toEqual([]);
    expect(t.update(snap({ participants: [teacher, stranger] }), 40_000)).toEqual([]);
  });

  it('matches admission by name when the platform gives the waiting row another id', () => {
    const t = createTracker();
    const inLobby: Participant = { id: 'name:Bob Guest', idStable: false, name: 'Bob Guest', role: 'guest', self: false };
    const inCall: Participant = { id: '16778240', idStable: true, name: 'Bob Guest', role: 'guest', self: false };
    t.update(snap({ participants: [teacher], waiting: [inLobby] }), 0);
    expect(people(t.update(snap({ participants: [teacher, inCall], waiting: [inLobby] }), 1_000))).toEqual([
      'waiting.admitted Bob Guest',
      'participant.joined Bob Guest',
    ]);
    expect(t.update(snap({ participants: [teacher, inCall] }), 30_000)).toEqual([]);
  });

  it('reports waiting.left when someone leaves the waiting list without joining, after confirmation', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher], waiting: [stranger] }), 0);
    expect(t.update(snap({ participants: [teacher] }), 1_000)).toEqual([]);
    expect(t.update(snap({ participants: [teacher] }), 21_000)).toEqual([{ kind: 'waiting.left', participant: stranger }]);
    // If they knock again, that is news.
    expect(people(t.update(snap({ participants: [teacher], waiting: [stranger] }), 22_000))).toEqual(['waiting.joined Người lạ']);
  });

  it('does not report waiting.left while the panel holding the waiting list is closed', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher], waiting: [stranger] }), 0);
    expect(t.update(snap({ coverage: HIDDEN }), 1_000)).toEqual([expect.objectContaining({ kind: 'coverage.changed' })]);
    expect(t.update(snap({ coverage: HIDDEN }), 60_000)).toEqual([]);
    expect(t.update(snap({ coverage: PARTIAL, participants: [teacher] }), 61_000).filter((o) => o.kind !== 'coverage.changed')).toEqual([]);
    expect(t.update(snap({ participants: [teacher] }), 62_000).filter((o) => o.kind !== 'coverage.changed')).toEqual([]);
  });

  it('an impostor waiting under a present student\'s name is reported as waiting, then admitted', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher, an] }), 0);
    const copycat: Participant = { ...an, id: 'u:impostor', role: 'guest' };
    expect(people(t.update(snap({ participants: [teacher, an], waiting: [copycat] }), 1_000))).toEqual(['waiting.joined Nguyễn Văn An']);
    const obs = t.update(snap({ participants: [teacher, an, copycat] }), 2_000);
    expect(obs).toEqual([
      { kind: 'waiting.admitted', participant: copycat },
      { kind: 'participant.joined', participant: copycat },
    ]);
  });
});

describe('tracker: screen share', () => {
  const anShare: Presenter = { participantId: an.id, name: an.name, self: false };

  it('reports start and stop with the presenter and the duration', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher, an] }), 0);
    expect(t.update(snap({ participants: [teacher, an], presenters: [anShare] }), 10_000)).toEqual([
      { kind: 'share.started', presenter: anShare },
    ]);
    expect(t.update(snap({ participants: [teacher, an], presenters: [anShare] }), 20_000)).toEqual([]);
    expect(t.update(snap({ participants: [teacher, an] }), 70_000)).toEqual([
      { kind: 'share.stopped', presenter: anShare, durationMs: 60_000 },
    ]);
  });

  it('a share already running on the first look has an unknown duration', () => {
    const t = createTracker();
    expect(kinds(t.update(snap({ presenters: [anShare] }), 0))).toContain('share.started');
    expect(t.update(snap({}), 5_000)).toEqual([{ kind: 'share.stopped', presenter: anShare, durationMs: null }]);
  });

  it('tracks a presenter without an id by name, and keeps the share when the id shows up later', () => {
    const t = createTracker();
    t.update(snap({}), 0);
    const byName: Presenter = { participantId: null, name: 'Lê Minh Chi', self: false };
    expect(t.update(snap({ presenters: [byName] }), 1_000)).toEqual([{ kind: 'share.started', presenter: byName }]);
    expect(t.update(snap({ presenters: [{ ...byName, participantId: chi.id }] }), 2_000)).toEqual([]);
    expect(t.update(snap({}), 4_000)).toEqual([
      { kind: 'share.stopped', presenter: { participantId: chi.id, name: 'Lê Minh Chi', self: false }, durationMs: 3_000 },
    ]);
  });

  it('tracks an anonymous share (presenter unknown) and two simultaneous shares separately', () => {
    const t = createTracker();
    t.update(snap({}), 0);
    const anon: Presenter = { participantId: null, name: null, self: false };
    expect(kinds(t.update(snap({ presenters: [anon, anShare] }), 1_000))).toEqual(['share.started', 'share.started']);
    expect(t.update(snap({ presenters: [anShare, anon] }), 2_000)).toEqual([]);
    expect(t.update(snap({ presenters: [anon] }), 3_000)).toEqual([{ kind: 'share.stopped', presenter: anShare, durationMs: 2_000 }]);
  });

  it('does not stop a share while the presenter cannot be read', () => {
    const t = createTracker();
    t.update(snap({ presenters: [anShare] }), 0);
    const blind = { ...FULL, presenter: 'unreadable' as const, presenterReason: 'selector-missing' as const };
    expect(kinds(t.update(snap({ coverage: blind }), 1_000))).toEqual(['coverage.changed']);
    expect(t.update(snap({ presenters: [anShare] }), 2_000).filter((o) => o.kind !== 'coverage.changed')).toEqual([]);
  });

  it('a share that starts while presenters are unreadable has an unknown duration', () => {
    const t = createTracker();
    const blind = { ...FULL, presenter: 'unreadable' as const, presenterReason: 'selector-missing' as const };
    t.update(snap({ coverage: blind }), 0);
    t.update(snap({ presenters: [anShare] }), 1_000);
    expect(t.update(snap({ coverage: { ...FULL, presenterReason: 'no-share', presenter: 'unreadable' } }), 9_000)).toContainEqual({
      kind: 'share.stopped',
      presenter: anShare,
      durationMs: null,
    });
  });
});

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
      reported += t.update(snap({ chat: all.slice(start, start + 10) }), start).filter((o) => o.kind === 'chat.message').length;
    }
    t.update(snap({ chat: [], coverage: { ...FULL, chat: 'hidden', chatReason: 'panel-closed' } }), 1_000);
    for (let start = 90; start >= 0; start -= 10) {
      reported += t.update(snap({ chat: all.slice(start, start + 10) }), 2_000 + start).filter((o) => o.kind === 'chat.message').length;
    }
    expect(reported).toBe(100);
  });

  it('reads a list kept to a length (new messages appended, the oldest dropped) from where it ended, and misses none inserted earlier', () => {
    const t = createTracker();
    const all = Array.from({ length: 60 }, (_, i) => msg(`m${i}`, `tin ${i}`));
    const chatOf = (obs: Observation[]) => obs.flatMap((o) => (o.kind === 'chat.message' ? [o.message.id] : []));
    const reported: string[] = [];
    // A window of the latest 20, sliding by 3 each update (as Meet's adapter hands over its chat).
    for (let end = 1; end <= 60; end += 3) reported.push(...chatOf(t.update(snap({ chat: all.slice(Math.max(0, end - 20), end) }), end)));
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

describe('tracker: reset', () => {
  it('forgets everything', () => {
    const t = createTracker();
    t.update(snap({ participants: [an], chat: [msg('m1', 'x')] }), 0);
    t.reset();
    const obs = t.update(snap({ participants: [an], chat: [msg('m1', 'x')] }), 1);
    expect(kinds(obs)).toEqual(['meeting.state', 'coverage.changed', 'participant.joined', 'chat.message']);
  });
});

describe('tracker: an unchanged roster handed over again (the same array, as adapters do between changes)', () => {
  it('reports nothing new, yet still confirms a leave that was pending, and catches a change at once', () => {
    const t = createTracker({ leaveConfirmMs: 1_000 });
    t.update(snap({ participants: [teacher, an, binh, chi] }), 0);
    // Bình is gone from the list the adapter now hands over unchanged, flush after flush.
    const list = Object.freeze([teacher, an, chi]);
    expect(people(t.update(snap({ participants: list }), 100))).toEqual([]);
    expect(people(t.update(snap({ participants: list }), 600))).toEqual([]);
    expect(people(t.update(snap({ participants: list }), 1_200))).toEqual(['participant.left Trần Thị Bình']);
    expect(people(t.update(snap({ participants: list }), 5_000))).toEqual([]);
    expect(people(t.update(snap({ participants: [teacher, an, { ...chi, name: 'Chi 9A2' }] }), 5_100))).toEqual(['participant.renamed Lê Minh Chi -> Chi 9A2']);
  });

  it('a partial list that becomes full without changing still starts the leave confirmation', () => {
    const t = createTracker({ leaveConfirmMs: 1_000 });
    t.update(snap({ participants: [teacher, an, binh] }), 0);
    const list = Object.freeze([teacher, an]);
    t.update(snap({ participants: list, coverage: PARTIAL }), 100);
    t.update(snap({ participants: list, coverage: FULL }), 200);
    expect(people(t.update(snap({ participants: list, coverage: FULL }), 1_300))).toEqual(['participant.left Trần Thị Bình']);
  });

  it('someone admitted and still listed as waiting for a while is not reported waiting again', () => {
    const t = createTracker();
    const guest = person('Khách');
    t.update(snap({ participants: [teacher], waiting: [guest] }), 0);
    const inCall = Object.freeze([teacher, guest]);
    expect(people(t.update(snap({ participants: inCall, waiting: [guest] }), 100))).toEqual(['waiting.admitted Khách', 'participant.joined Khách']);
    expect(people(t.update(snap({ participants: inCall, waiting: [guest] }), 200))).toEqual([]);
    expect(people(t.update(snap({ participants: inCall, waiting: [] }), 300))).toEqual([]);
  });
});

describe('tracker: page text that is also the name of an Object property', () => {
  it('treats ids, names and chat ids such as "__proto__" and "constructor" as any other', () => {
    const t = createTracker({ leaveConfirmMs: 1_000 });
    const proto = person('__proto__', { id: '__proto__' });
    const ctor = person('constructor', { id: 'constructor' });
    const chat = [msg('__proto__', 'a'), msg('constructor', 'b'), msg('hasOwnProperty', 'c')];
    const first = t.update(snap({ participants: [teacher, proto], waiting: [{ ...ctor, id: 'w:constructor' }], chat }), 0);
    expect(people(first)).toEqual(['participant.joined Cô Hoa', 'participant.joined __proto__', 'waiting.joined constructor']);
    expect(kinds(first).filter((k) => k === 'chat.message')).toHaveLength(3);
    // Admitted by name under another id; the chat ids are not reported again.
    const admitted = t.update(snap({ participants: [teacher, proto, ctor], chat }), 100);
    expect(people(admitted)).toEqual(['waiting.admitted constructor', 'participant.joined constructor']);
    expect(kinds(admitted)).not.toContain('chat.message');
    expect(people(t.update(snap({ participants: [teacher, { ...proto, name: 'toString' }, ctor] }), 200))).toEqual([
      'participant.renamed __proto__ -> toString',
    ]);
    t.update(snap({ participants: [teacher, ctor] }), 300);
    expect(people(t.update(snap({ participants: [teacher, ctor] }), 1_400))).toEqual(['participant.left toString']);
  });
});
