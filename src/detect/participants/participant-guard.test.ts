import { beforeEach, describe, expect, it } from 'vitest';
import { classSchema, type ClassInput } from '../../common/classes';
import type { Finding, MeetingIdentity, Observation, Participant, Presenter, Role } from '../../common/model';
import { createParticipantGuard, type ParticipantGuardOptions, type SelfInfo } from './index';
import { createChatGuard } from '../chat';

const MEETING: MeetingIdentity = {
  platform: 'zoom',
  code: '81234567890',
  title: null,
  url: 'https://app.zoom.us/wc/81234567890/start',
};
const TEACHER = 'Nguyễn Thị Lan';
const ROSTER = [
  'Nguyễn Văn An',
  'Trần Thị Bích',
  'Lê Hoàng Nam',
  'Phạm Minh Anh',
  'Đỗ Đức Duy',
  'Lê Thị Hoa',
  'Lê Thị Hoa',
];

let t = 0;
const SELF_HOST: SelfInfo = { id: 'me', name: TEACHER, host: true };

const P = (id: string, name: string, role: Role = 'participant', self = false): Participant => ({
  id,
  idStable: true,
  name,
  role,
  self,
});
const joined = (p: Participant): Observation => ({ kind: 'participant.joined', participant: p });
const left = (p: Participant): Observation => ({ kind: 'participant.left', participant: p });
const waits = (p: Participant): Observation => ({ kind: 'waiting.joined', participant: p });
const admitted = (p: Participant): Observation => ({ kind: 'waiting.admitted', participant: p });
const renamed = (p: Participant, from: string): Observation => ({ kind: 'participant.renamed', participant: p, from });
const role = (p: Participant, from: Role): Observation => ({ kind: 'participant.role', participant: p, from });
const shares = (presenter: Partial<Presenter>): Observation => ({
  kind: 'share.started',
  presenter: { participantId: null, name: null, self: false, ...presenter },
});
const stops = (presenter: Partial<Presenter>): Observation => ({
  kind: 'share.stopped',
  presenter: { participantId: null, name: null, self: false, ...presenter },
  durationMs: null,
});

const rules = (fs: Finding[]): string[] => fs.map((f) => f.ruleId);

interface Setup {
  cls?: Partial<ClassInput> | null;
  self?: SelfInfo;
  opts?: Partial<ParticipantGuardOptions>;
}

/** A class in progress: the teacher (self, host) is in the call and the start-up grace has passed. */
function startClass({
  cls = { teachers: [TEACHER], roster: ROSTER.map((name) => ({ name })) },
  self = SELF_HOST,
  opts = {},
}: Setup = {}) {
  t = 1_000_000;
  const guard = createParticipantGuard({
    classConfig: cls === null ? null : classSchema.parse({ id: 'c1', name: '10A1', ...cls }),
    now: () => t,
    ...opts,
  });
  const all: Finding[] = [];
  const see = (obs: Observation): Finding[] => {
    const fs = guard.observe(obs, self);
    all.push(...fs);
    return fs;
  };
  see({ kind: 'meeting.state', state: 'in-call', meeting: MEETING });
  if (self.id) see(joined(P(self.id, self.name ?? '', self.host ? 'host' : 'participant', true)));
  t += 5000;
  return { guard, see, all };
}

describe('unknown participants', () => {
  it('flags someone not on the roster who joins', () => {
    const { see } = startClass();
    const fs = see(joined(P('x1', 'Hacker Man')));
    expect(fs).toEqual([
      expect.objectContaining({
        ruleId: 'participant.unknown',
        category: 'unknown-participant',
        severity: 2,
        tier: 'alert',
        subject: { participantId: 'x1', name: 'Hacker Man' },
      }),
    ]);
  });

  it('flags an unknown person in the waiting room before admission, and not again when admitted', () => {
    const { see } = startClass();
    const bob = P('w1', 'Bob (Guest)');
    expect(rules(see(waits(bob)))).toEqual(['participant.unknown.waiting']);
    t += 3000;
    expect(see(admitted(bob))).toEqual([]);
    expect(see(joined(P('p9', 'Bob (Guest)')))).toEqual([]);
  });

  it('does not double-report when the join is seen before the admission', () => {
    const { see } = startClass();
    const bob = P('w1', 'Bob');
    see(waits(bob));
    expect(see(joined(bob))).toEqual([]);
    expect(see(admitted(bob))).toEqual([]);
  });

  it.each([
    'Nguyen Van An',
    'An Nguyễn Văn',
    'Ngyuen Van An (Guest)',
    '10A1 - Trần Thị Bích',
    'Bích',
    'HS Lê Hoàng Nam (Khách)',
    'pham minh anh',
    'Do Duc Duy',
  ])('does not flag the roster spelling variant %j', (name) => {
    const { see, guard } = startClass();
    expect(see(joined(P('s1', name)))).toEqual([]);
    expect(['roster', 'similar']).toContain(guard.badgeFor('s1'));
  });

  it('treats a device name as unknown, noting the device', () => {
    const { see } = startClass();
    const [f] = see(joined(P('d1', 'iPhone của An')));
    expect(f).toMatchObject({
      ruleId: 'participant.unknown',
      evidence: { detail: expect.stringContaining('device name') },
    });
    expect(f?.evidence.detail).toContain('Nguyễn Văn An');
  });

  it('without a roster, notes device names for review only', () => {
    const { see } = startClass({ cls: null, opts: { learningMinutes: 0 } });
    expect(see(joined(P('d1', 'Galaxy A12')))).toEqual([
      expect.objectContaining({ ruleId: 'participant.device-name', severity: 1, tier: 'review' }),
    ]);
  });
});

describe('impersonation', () => {
  it('flags a homoglyph of the teacher (Cyrillic а) and marks the badge', () => {
    const { see, guard } = startClass();
    const fs = see(joined(P('x1', 'Nguyễn Thị Lаn')));
    expect(rules(fs)).toContain('participant.impersonation.teacher');
    expect(rules(fs)).toContain('participant.name.confusable');
    expect(fs.find((f) => f.ruleId === 'participant.impersonation.teacher')).toMatchObject({
      severity: 3,
      category: 'impersonation',
      evidence: { matched: TEACHER },
    });
    expect(guard.badgeFor('x1')).toBe('impostor');
    expect(guard.badgeFor('me')).toBe('teacher');
  });

  it('flags an exact copy of the teacher name while the teacher is here', () => {
    const { see } = startClass();
    expect(rules(see(joined(P('x1', 'Nguyen Thi Lan (Guest)'))))).toEqual(['participant.impersonation.teacher']);
  });

  it('flags a copy of the teacher waiting to be admitted', () => {
    const { see } = startClass();
    expect(rules(see(waits(P('w1', 'Nguyễn Thị Lan'))))).toEqual(['participant.impersonation.teacher']);
  });

  it('with no class configured, the host is the teacher and a look-alike of the host is flagged', () => {
    const { see } = startClass({ cls: null, self: { id: 'me', name: 'Cô Mai Anh', host: true } });
    expect(rules(see(joined(P('x1', 'Cô Mаi Anh'))))).toContain('participant.impersonation.teacher');
  });

  it('on a student laptop: an early copy of the teacher is exposed when the real teacher (host) joins', () => {
    const { see, guard } = startClass({ self: { id: 'kid', name: 'Nguyễn Văn An', host: false } });
    expect(see(joined(P('fake', TEACHER)))).toEqual([]);
    expect(guard.badgeFor('fake')).toBe('teacher');
    const fs = see(joined(P('real', TEACHER, 'host')));
    expect(fs).toEqual([
      expect.objectContaining({
        ruleId: 'participant.impersonation.teacher',
        subject: { participantId: 'fake', name: TEACHER },
      }),
    ]);
    expect(guard.badgeFor('fake')).toBe('impostor');
    expect(guard.badgeFor('real')).toBe('teacher');
  });

  it('a teacher title with the teacher given name is impersonation; a title alone is reported less severely', () => {
    const { see } = startClass();
    expect(rules(see(joined(P('x1', 'Cô Lan'))))).toEqual(['participant.impersonation.teacher']);
    expect(see(joined(P('x2', 'Thầy Hùng')))).toEqual([
      expect.objectContaining({ ruleId: 'participant.impersonation.title', severity: 2 }),
    ]);
  });

  it('flags a look-alike of a student already in the call', () => {
    const { see, guard } = startClass();
    see(joined(P('s1', 'Trần Thị Bích')));
    const fs = see(joined(P('x1', 'Trần Thị Bіch')));
    const f = fs.find((x) => x.ruleId === 'participant.impersonation.student');
    expect(f).toMatchObject({ severity: 3, evidence: { names: ['Trần Thị Bích', 'Trần Thị Bіch'] } });
    expect(guard.badgeFor('x1')).toBe('impostor');
    expect(guard.badgeFor('s1')).toBe('roster');
  });

  it('a look-alike that came first is exposed when the original arrives', () => {
    const { see, guard } = startClass();
    const early = see(joined(P('x1', 'Lê Hоàng Nam')));
    expect(rules(early)).not.toContain('participant.impersonation.student');
    expect(see(joined(P('s1', 'Lê Hoàng Nam')))).toEqual([
      expect.objectContaining({
        ruleId: 'participant.impersonation.student',
        subject: { participantId: 'x1', name: 'Lê Hоàng Nam' },
      }),
    ]);
    expect(guard.badgeFor('x1')).toBe('impostor');
    expect(guard.badgeFor('s1')).toBe('roster');
  });

  it('flags a copy padded with a zero-width space as impersonation, not a plain duplicate', () => {
    const { see } = startClass();
    see(joined(P('s1', 'Lê Hoàng Nam')));
    const fs = rules(see(joined(P('x1', 'Lê Hoàng Nam\u200B'))));
    expect(fs).toContain('participant.impersonation.student');
    expect(fs).toContain('participant.name.invisible');
    expect(fs).not.toContain('participant.duplicate');
  });
});

describe('duplicates', () => {
  it('flags a second "Nguyễn Văn An" while the first is in the call', () => {
    const { see, guard } = startClass();
    expect(see(joined(P('s1', 'Nguyễn Văn An')))).toEqual([]);
    const fs = see(joined(P('s2', 'Nguyễn Văn An')));
    expect(fs).toEqual([
      expect.objectContaining({
        ruleId: 'participant.duplicate',
        category: 'duplicate',
        severity: 2,
        subject: { participantId: 's2', name: 'Nguyễn Văn An' },
      }),
    ]);
    expect(fs[0]?.evidence.names).toEqual(['Nguyễn Văn An', 'Nguyễn Văn An']);
    expect(guard.badgeFor('s1')).toBe('roster');
  });

  it('a diacritics-free copy is a duplicate too', () => {
    const { see } = startClass();
    see(joined(P('s1', 'Nguyễn Văn An')));
    expect(rules(see(joined(P('s2', 'nguyen van an'))))).toEqual(['participant.duplicate']);
  });

  it('flags a duplicate waiting to be admitted', () => {
    const { see } = startClass();
    see(joined(P('s1', 'Nguyễn Văn An')));
    expect(rules(see(waits(P('w1', 'Nguyễn Văn An'))))).toEqual(['participant.duplicate']);
  });

  it('allows as many people with one name as the roster has', () => {
    const { see } = startClass();
    expect(see(joined(P('h1', 'Lê Thị Hoa')))).toEqual([]);
    expect(see(joined(P('h2', 'Lê Thị Hoa')))).toEqual([]);
    expect(rules(see(joined(P('h3', 'Lê Thị Hoa'))))).toEqual(['participant.duplicate']);
  });

  it('is not a duplicate once the first has left (a reconnect)', () => {
    const { see } = startClass();
    const an = P('s1', 'Nguyễn Văn An');
    see(joined(an));
    see(left(an));
    expect(see(joined(P('s2', 'Nguyễn Văn An')))).toEqual([]);
  });

  it('works with no class configured', () => {
    const { see } = startClass({ cls: null });
    see(joined(P('s1', 'Minh')));
    expect(rules(see(joined(P('s2', 'Minh'))))).toEqual(['participant.duplicate']);
  });

  it('numbered placeholder names ("Học sinh 12", "Học sinh 13") are no copies of each other: each is a device name to review', () => {
    const { see, all } = startClass({ cls: null, opts: { learningMinutes: 24 * 60 } });
    // Spread out (within the first minutes of class), so that they are no raid either.
    const arrive = (p: Participant) => {
      t += 120_000;
      see(joined(p));
    };
    for (let i = 1; i <= 30; i++) arrive(P(`p${i}`, i % 2 ? `Học sinh ${i}` : `Student ${i}`));
    arrive(P('z1', 'Zoom user'));
    arrive(P('z2', 'Zoom user'));
    expect(new Set(rules(all))).toEqual(new Set(['participant.device-name']));
    expect(all.every((f) => f.tier === 'review')).toBe(true);
    expect(all).toHaveLength(32);
  });

  it('a device name that names its owner ("iPhone của An") is still checked for copies; renaming to a placeholder copies nobody', () => {
    const { see } = startClass({ cls: null });
    see(joined(P('d1', 'iPhone của An')));
    expect(rules(see(joined(P('d2', 'iPhone của An'))))).toContain('participant.duplicate');
    see(joined(P('h1', 'Học sinh 1')));
    see(joined(P('x1', 'Minh')));
    const r = see(renamed(P('x1', 'Học sinh 2'), 'Minh'));
    expect(rules(r)).not.toContain('participant.rename.present');
  });
});

describe('renames', () => {
  it('a rename to the teacher name is severity 3 and makes an impostor', () => {
    const { see, guard } = startClass();
    see(joined(P('s1', 'Nguyễn Văn An')));
    const fs = see(renamed(P('s1', 'Nguyễn Thị Lan'), 'Nguyễn Văn An'));
    expect(fs).toEqual([
      expect.objectContaining({
        ruleId: 'participant.rename.teacher',
        category: 'rename',
        severity: 3,
        evidence: expect.objectContaining({ matched: TEACHER }),
      }),
    ]);
    expect(fs[0]?.evidence.detail).toContain('Nguyễn Văn An');
    expect(guard.badgeFor('s1')).toBe('impostor');
  });

  it('a rename to a student who is in the call is severity 3', () => {
    const { see } = startClass();
    see(joined(P('s1', 'Nguyễn Văn An')));
    see(joined(P('s2', 'Lê Hoàng Nam')));
    expect(see(renamed(P('s2', 'Nguyễn Văn An'), 'Lê Hoàng Nam'))).toEqual([
      expect.objectContaining({ ruleId: 'participant.rename.present', severity: 3 }),
    ]);
  });

  it('an unknown who renames to an absent roster name is severity 2', () => {
    const { see, guard } = startClass();
    expect(rules(see(joined(P('x1', 'abc'))))).toEqual(['participant.unknown']);
    expect(see(renamed(P('x1', 'Phạm Minh Anh'), 'abc'))).toEqual([
      expect.objectContaining({
        ruleId: 'participant.rename.roster',
        severity: 2,
        evidence: expect.objectContaining({ matched: 'Phạm Minh Anh' }),
      }),
    ]);
    expect(guard.badgeFor('x1')).toBe('roster');
  });

  it('two people renaming to the teacher are both reported', () => {
    const { see } = startClass();
    see(joined(P('s1', 'Nguyễn Văn An')));
    see(joined(P('s2', 'Lê Hoàng Nam')));
    expect(rules(see(renamed(P('s1', TEACHER), 'Nguyễn Văn An')))).toEqual(['participant.rename.teacher']);
    expect(rules(see(renamed(P('s2', TEACHER), 'Lê Hoàng Nam')))).toEqual(['participant.rename.teacher']);
  });

  it('a rename that puts on a teacher title is impersonation', () => {
    const { see } = startClass();
    see(joined(P('s1', 'Đỗ Đức Duy')));
    expect(rules(see(renamed(P('s1', 'Thầy Duy'), 'Đỗ Đức Duy')))).toEqual(['participant.impersonation.title']);
  });

  it('any other rename in call is logged for review', () => {
    const { see } = startClass();
    see(joined(P('s1', 'Đỗ Đức Duy')));
    expect(see(renamed(P('s1', 'Duy đẹp trai'), 'Đỗ Đức Duy'))).toEqual([
      expect.objectContaining({ ruleId: 'participant.rename', severity: 1, tier: 'review' }),
    ]);
  });

  it('a label change only ("(Guest)" added) is not a rename', () => {
    const { see } = startClass();
    see(joined(P('s1', 'Đỗ Đức Duy')));
    expect(see(renamed(P('s1', 'Đỗ Đức Duy (Guest)'), 'Đỗ Đức Duy'))).toEqual([]);
  });

  it('with flagRenames off, plain renames are quiet but a rename to the teacher is not', () => {
    const { see } = startClass({
      cls: { teachers: [TEACHER], roster: ROSTER.map((name) => ({ name })), options: { flagRenames: false } },
    });
    see(joined(P('s1', 'Đỗ Đức Duy')));
    expect(see(renamed(P('s1', 'Duy'), 'Đỗ Đức Duy'))).toEqual([]);
    expect(rules(see(renamed(P('s1', 'Nguyễn Thị Lan'), 'Duy')))).toEqual(['participant.rename.teacher']);
  });
});

describe('raids', () => {
  const strangers = (
    see: (o: Observation) => Finding[],
    n: number,
    stepMs: number,
    kind: 'join' | 'wait' = 'join',
  ): Finding[] => {
    const out: Finding[] = [];
    for (let i = 0; i < n; i++) {
      const p = P(`r${i}`, `Stranger ${String.fromCharCode(65 + i)}${i}`);
      out.push(...see(kind === 'join' ? joined(p) : waits(p)));
      t += stepMs;
    }
    return out;
  };

  it('8 strangers in 10 s make one raid finding, not 8', () => {
    const { see } = startClass();
    const fs = strangers(see, 8, 1250);
    const raids = fs.filter((f) => f.ruleId === 'participant.raid');
    expect(raids).toHaveLength(1);
    expect(raids[0]).toMatchObject({ category: 'raid', severity: 3, tier: 'alert' });
    // The raid names everyone up to the threshold; individual alerts stop there.
    expect(raids[0]?.evidence.names).toHaveLength(5);
    expect(fs.filter((f) => f.ruleId === 'participant.unknown')).toHaveLength(4);
    expect(fs.filter((f) => f.ruleId === 'participant.unknown.raid-member')).toEqual(
      Array(3).fill(expect.objectContaining({ tier: 'review', severity: 1 })),
    );
    expect(fs.filter((f) => f.tier === 'alert')).toHaveLength(5);
  });

  it('the same strangers spread over minutes are individual unknowns, no raid', () => {
    const { see } = startClass();
    const fs = strangers(see, 8, 15_000);
    expect(rules(fs)).toEqual(Array(8).fill('participant.unknown'));
  });

  it('a raid in the waiting room is reported before anyone is admitted, and admitting them all adds nothing', () => {
    const { see } = startClass();
    const fs = strangers(see, 6, 500, 'wait');
    expect(rules(fs).filter((r) => r === 'participant.raid')).toHaveLength(1);
    t += 20_000;
    const admitAll: Finding[] = [];
    for (let i = 0; i < 6; i++) {
      const p = P(`r${i}`, `Stranger ${String.fromCharCode(65 + i)}${i}`);
      admitAll.push(...see(admitted(p)), ...see(joined(p)));
    }
    expect(admitAll).toEqual([]);
  });

  it('roster students arriving together are not a raid', () => {
    const { see } = startClass();
    const fs = ROSTER.slice(0, 5).flatMap((name, i) => see(joined(P(`s${i}`, name))));
    expect(fs).toEqual([]);
  });

  it('people already in the call when the guard starts are not a raid', () => {
    t = 0;
    const guard = createParticipantGuard({
      classConfig: classSchema.parse({ id: 'c', name: 'c', roster: [{ name: 'An' }] }),
      now: () => t,
    });
    guard.observe({ kind: 'meeting.state', state: 'in-call', meeting: MEETING }, SELF_HOST);
    const fs = Array.from({ length: 10 }, (_, i) =>
      guard.observe(joined(P(`x${i}`, `Kẻ lạ ${'abcdefghij'[i]}`)), SELF_HOST),
    ).flat();
    expect(rules(fs)).toEqual(Array(10).fill('participant.unknown'));
  });

  it('a second burst after a quiet window is a second raid', () => {
    const { see } = startClass();
    strangers(see, 5, 100);
    t += 60_000;
    const fs = [];
    for (let i = 0; i < 5; i++) {
      fs.push(...see(joined(P(`b${i}`, `Other ${i}x`))));
      t += 100;
    }
    expect(rules(fs).filter((r) => r === 'participant.raid')).toHaveLength(1);
  });

  it('without a roster, any burst counts but at twice the threshold', () => {
    const { see } = startClass({ cls: null });
    expect(rules(strangers(see, 8, 1000))).not.toContain('participant.raid');
    t += 60_000;
    const { see: see2 } = startClass({ cls: null });
    expect(rules(strangers(see2, 10, 900)).filter((r) => r === 'participant.raid')).toHaveLength(1);
  });
});

describe('names by themselves', () => {
  it('sends display names through the classifier', () => {
    const classifyName = (name: string): Finding[] =>
      name.includes('địt')
        ? [
            {
              ruleId: 'chat.profanity.lexicon',
              category: 'profanity',
              severity: 3,
              tier: 'alert',
              subject: {},
              evidence: { matched: 'địt' },
            },
          ]
        : [];
    const { see } = startClass({ opts: { classifyName } });
    const fs = see(joined(P('x1', 'địt mẹ mày')));
    expect(fs.find((f) => f.ruleId === 'participant.offensive-name')).toMatchObject({
      category: 'offensive-name',
      severity: 3,
      evidence: { matched: 'địt' },
    });
    expect(rules(see(joined(P('s1', 'Nguyễn Văn An'))))).toEqual([]);
  });

  it('with the real chat guard: abuse in a name is an offensive-name alert, a phone number only a review note', () => {
    const chat = createChatGuard();
    const { see } = startClass({ opts: { classifyName: (n) => chat.classifyName(n) } });
    const abusive = see(joined(P('x2', 'Địt Mẹ Cả Lớp'))).find((f) => f.ruleId === 'participant.offensive-name');
    expect(abusive).toMatchObject({ category: 'offensive-name', tier: 'alert', evidence: { matched: 'Địt Mẹ' } });
    const contact = see(joined(P('x3', 'An 0912345678')));
    expect(contact.map((f) => f.ruleId)).not.toContain('participant.offensive-name');
    expect(contact.find((f) => f.ruleId === 'participant.name.contact')).toMatchObject({
      category: 'suspicious-name',
      tier: 'review',
    });
  });

  it('a verdict that comes later (the worker classifies names) is reported then, once, about whoever wears the name now', () => {
    const chat = createChatGuard();
    const verdicts = new Map<string, Finding[]>();
    const { see, guard } = startClass({ opts: { classifyName: (n) => verdicts.get(n) ?? null } });
    // On arrival only what the name shows by itself: the bidi control, at once.
    expect(rules(see(joined(P('x1', 'Địt Mẹ Cả Lớp\u202e'))))).toEqual([
      'participant.name.bidi',
      'participant.unknown',
    ]);
    see(joined(P('x2', 'Địt Mẹ Cả Lớp')));
    see(joined(P('x3', 'An 0912345678')));
    see(joined(P('x4', 'Kẻ Lạ')));
    see(renamed(P('x4', 'Đồ Chó Đẻ'), 'Kẻ Lạ'));
    see(joined(P('gone', 'Đồ Chó Đẻ')));
    see(left(P('gone', 'Đồ Chó Đẻ')));
    expect(guard.verdictsArrived()).toEqual([]);
    expect(['x1', 'x2', 'x3', 'x4', 'gone'].map((id) => guard.awaitsVerdict(id))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);

    for (const n of ['Địt Mẹ Cả Lớp', 'An 0912345678', 'Kẻ Lạ', 'Đồ Chó Đẻ']) verdicts.set(n, chat.classifyName(n));
    const late = guard.verdictsArrived();
    expect(late.map((f) => [f.ruleId, f.subject.participantId])).toEqual([
      ['participant.offensive-name', 'x1'],
      ['participant.offensive-name', 'x2'],
      ['participant.name.contact', 'x3'],
      ['participant.offensive-name', 'x4'],
    ]);
    expect(late[0]).toMatchObject({ category: 'offensive-name', tier: 'alert', evidence: { matched: 'Địt Mẹ' } });
    expect(guard.verdictsArrived()).toEqual([]);
    expect(['x1', 'x2', 'x3', 'x4'].some((id) => guard.awaitsVerdict(id))).toBe(false);
    // Known now: the next one wearing it is flagged on arrival.
    expect(rules(see(joined(P('x5', 'Đồ Chó Đẻ'))))).toContain('participant.offensive-name');
  });

  it('reports bidi overrides with the code point', () => {
    const { see } = startClass();
    const f = see(joined(P('x1', '\u202Egnaoh el'))).find((x) => x.ruleId === 'participant.name.bidi');
    expect(f?.evidence.detail).toContain('U+202E');
  });

  it('caps a 100 KB name in the evidence and flags it', () => {
    const { see } = startClass();
    const fs = see(joined(P('x1', 'A'.repeat(100_000))));
    expect(rules(fs)).toContain('participant.name.long');
    for (const f of fs) expect((f.evidence.text ?? '').length).toBeLessThanOrEqual(200);
  });
});

describe('privilege', () => {
  it('flags a stranger made co-host', () => {
    const { see } = startClass();
    const x = P('x1', 'Somebody');
    see(joined(x));
    expect(see(role(P('x1', 'Somebody', 'cohost'), 'participant'))).toEqual([
      expect.objectContaining({ ruleId: 'participant.privilege', category: 'privilege', severity: 3 }),
    ]);
  });

  it('flags a stranger made host', () => {
    const { see } = startClass();
    see(joined(P('x1', 'Somebody')));
    expect(rules(see(role(P('x1', 'Somebody', 'host'), 'participant')))).toEqual(['participant.privilege']);
  });

  it('flags a stranger who joins already co-host', () => {
    const { see } = startClass();
    expect(rules(see(joined(P('x1', 'Somebody', 'cohost'))))).toEqual(['participant.unknown', 'participant.privilege']);
  });

  it('a second teacher made co-host is fine', () => {
    const { see, guard } = startClass({
      cls: { teachers: [TEACHER, 'Trần Văn Bình'], roster: [{ name: 'Nguyễn Văn An' }] },
    });
    expect(see(joined(P('t2', 'Trần Văn Bình')))).toEqual([]);
    expect(see(role(P('t2', 'Trần Văn Bình', 'cohost'), 'participant'))).toEqual([]);
    // Only a title and a given name: an impostor until the host promotes them.
    expect(rules(see(joined(P('t3', 'Thầy Bình'))))).toEqual(['participant.impersonation.teacher']);
    expect(see(role(P('t3', 'Thầy Bình', 'cohost'), 'participant'))).toEqual([]);
    expect(guard.badgeFor('t3')).not.toBe('impostor');
  });

  it('a roster student made co-host is fine', () => {
    const { see } = startClass();
    see(joined(P('s1', 'Lê Hoàng Nam')));
    expect(see(role(P('s1', 'Lê Hoàng Nam', 'cohost'), 'participant'))).toEqual([]);
  });
});

describe('screen share', () => {
  let ctx: ReturnType<typeof startClass>;
  beforeEach(() => {
    ctx = startClass();
    ctx.see(joined(P('s1', 'Nguyễn Văn An')));
    ctx.see(joined(P('x1', 'Random Guy')));
  });

  it('flags a roster student sharing without permission, with their name', () => {
    expect(ctx.see(shares({ participantId: 's1', name: 'Nguyễn Văn An' }))).toEqual([
      expect.objectContaining({
        ruleId: 'share.student',
        category: 'screen-share',
        severity: 2,
        subject: { participantId: 's1', name: 'Nguyễn Văn An' },
        evidence: expect.objectContaining({ names: ['Nguyễn Văn An'] }),
      }),
    ]);
  });

  it('flags a stranger sharing as severity 3', () => {
    expect(ctx.see(shares({ participantId: 'x1', name: 'Random Guy' }))).toEqual([
      expect.objectContaining({
        ruleId: 'share.unauthorized',
        severity: 3,
        evidence: expect.objectContaining({ names: ['Random Guy'] }),
      }),
    ]);
  });

  it('flags a share that takes over while the teacher presents', () => {
    expect(ctx.see(shares({ participantId: 'me', name: TEACHER, self: true }))).toEqual([]);
    expect(ctx.see(shares({ participantId: 'x1', name: 'Random Guy' }))).toEqual([
      expect.objectContaining({
        ruleId: 'share.hijack',
        severity: 3,
        evidence: expect.objectContaining({ matched: TEACHER, names: ['Random Guy'] }),
      }),
    ]);
  });

  it('after the teacher stops, a student share is not a hijack', () => {
    ctx.see(shares({ participantId: 'me', name: TEACHER, self: true }));
    ctx.see(stops({ participantId: 'me', name: TEACHER, self: true }));
    expect(rules(ctx.see(shares({ participantId: 's1', name: 'Nguyễn Văn An' })))).toEqual(['share.student']);
  });

  it('resolves a presenter named only by the tile ("(Presentation)")', () => {
    expect(rules(ctx.see(shares({ name: 'Nguyễn Văn An (Presentation)' })))).toEqual(['share.student']);
  });

  it('flags a share whose presenter the page does not name', () => {
    expect(rules(ctx.see(shares({})))).toEqual(['share.unidentified']);
  });

  it('a homoglyph of the teacher is not allowed to present', () => {
    ctx.see(joined(P('fake', 'Nguyễn Thị Lаn')));
    expect(rules(ctx.see(shares({ participantId: 'fake', name: 'Nguyễn Thị Lаn' })))).toEqual(['share.unauthorized']);
  });

  it('students may present when the class allows it', () => {
    const c = startClass({
      cls: { teachers: [TEACHER], roster: [{ name: 'Nguyễn Văn An' }], options: { studentsMayPresent: true } },
    });
    c.see(joined(P('s1', 'Nguyễn Văn An')));
    expect(c.see(shares({ participantId: 's1' }))).toEqual([]);
  });

  it('with no class: host and co-hosts may present; a co-host taking over from the teacher is noted for review', () => {
    const c = startClass({ cls: null });
    c.see(joined(P('co', 'Trợ giảng', 'cohost')));
    c.see(joined(P('kid', 'Bé Bi')));
    expect(c.see(shares({ participantId: 'me', self: true }))).toEqual([]);
    expect(c.see(shares({ participantId: 'co' }))).toEqual([
      expect.objectContaining({ ruleId: 'share.takeover', tier: 'review' }),
    ]);
    expect(rules(c.see(shares({ participantId: 'kid', name: 'Bé Bi' })))).toEqual(['share.hijack']);
  });
});

describe('learning mode (no roster)', () => {
  it('counts people present in the first minutes as the class and flags late strangers', () => {
    const { see, guard } = startClass({ cls: null });
    expect(guard.learning()).toEqual({ active: true, endsAt: 1_000_000 + 5 * 60_000, offer: null });
    expect(see(joined(P('a', 'Nguyễn Văn An')))).toEqual([]);
    expect(see(joined(P('b', 'Trần Thị Bích')))).toEqual([]);
    expect(guard.badgeFor('a')).toBe('roster');
    t += 5 * 60_000;
    expect(guard.learning()).toMatchObject({ active: false, endsAt: null });
    expect(see(joined(P('x', 'Người Lạ')))).toEqual([
      expect.objectContaining({ ruleId: 'participant.unknown.late', severity: 2 }),
    ]);
    expect(guard.badgeFor('x')).toBe('unknown');
    // A learned student who drops and rejoins, under a variant spelling, is still the class.
    see(left(P('a', 'Nguyễn Văn An')));
    expect(see(joined(P('a2', 'Nguyen Van An')))).toEqual([]);
  });

  it('a teacher who joins after us restarts the learning clock', () => {
    const { see, guard } = startClass({ cls: null, self: { id: 'kid', name: 'Bé Bi', host: false } });
    t += 3 * 60_000;
    see(joined(P('t', 'Cô Mai', 'host')));
    expect(guard.learning().endsAt).toBe(t + 5 * 60_000);
  });

  it('"everyone here now is my class" saves the roster and ends learning', () => {
    const { see, guard } = startClass({ cls: null });
    see(joined(P('a', 'Nguyễn Văn An')));
    see(joined(P('b', 'Trần Thị Bích')));
    see(joined(P('c', 'Trần Thị Bích (Guest)')));
    expect(guard.captureRoster()).toEqual([{ name: 'Nguyễn Văn An' }, { name: 'Trần Thị Bích' }]);
    expect(guard.learning().active).toBe(false);
    expect(rules(see(joined(P('x', 'Người Lạ'))))).toEqual(['participant.unknown.late']);
  });

  it('with learning off and no roster, nobody is unknown, but copies and raids are still caught', () => {
    const { see, guard } = startClass({ cls: null, opts: { learningMinutes: 0 } });
    expect(see(joined(P('a', 'Nguyễn Văn An')))).toEqual([]);
    expect(guard.badgeFor('a')).toBeNull();
    expect(rules(see(joined(P('a2', 'Nguyễn Văn An'))))).toEqual(['participant.duplicate']);
  });
});

describe('badges', () => {
  it('labels each participant', () => {
    const { see, guard } = startClass();
    see(joined(P('s1', 'Nguyễn Văn An')));
    see(joined(P('s2', 'Nam')));
    see(joined(P('x1', 'Hacker')));
    see(waits(P('w1', 'Lê Thị Hoa')));
    expect(['me', 's1', 's2', 'x1', 'w1', 'nobody'].map((id) => guard.badgeFor(id))).toEqual([
      'teacher',
      'roster',
      'similar',
      'unknown',
      'roster',
      null,
    ]);
  });
});
