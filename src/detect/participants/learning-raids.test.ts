import { describe, expect, it } from 'vitest';
import type { Coverage, Finding, MeetingIdentity, Observation, Participant } from '../../common/model';
import { createParticipantGuard, type SelfInfo } from './index';

const MEETING: MeetingIdentity = {
  platform: 'meet',
  code: 'abc-defg-hij',
  title: null,
  url: 'https://meet.google.com/abc-defg-hij',
};
const SELF: SelfInfo = { id: 'me', name: 'Nguyễn Thị Lan', host: true };
const P = (id: string, name: string, role: Participant['role'] = 'participant'): Participant => ({
  id,
  idStable: true,
  name,
  role,
  self: false,
});
const joined = (p: Participant): Observation => ({ kind: 'participant.joined', participant: p });
const rules = (fs: Finding[]): string[] => fs.map((f) => f.ruleId);
const FULL: Coverage = {
  roster: 'full',
  rosterReason: null,
  chat: 'visible',
  chatReason: null,
  presenter: 'readable',
  presenterReason: null,
};

/** No class configured: the guard learns the class in its first five minutes. */
function learningClass() {
  let t = 1_000_000;
  const guard = createParticipantGuard({ classConfig: null, now: () => t });
  const all: Finding[] = [];
  const see = (obs: Observation): Finding[] => {
    const fs = guard.observe(obs, SELF);
    all.push(...fs);
    return fs;
  };
  see({ kind: 'meeting.state', state: 'in-call', meeting: MEETING });
  see(joined({ ...P('me', SELF.name ?? '', 'host'), self: true }));
  t += 30_000;
  return { guard, see, all, wait: (ms: number) => (t += ms) };
}

describe('raids while the class is being learned', () => {
  it('eight guests joining within a second are one raid naming them, and none of them is learned', () => {
    const { guard, see, wait } = learningClass();
    const fs: Finding[] = [];
    for (let i = 1; i <= 8; i++) {
      fs.push(...see(joined(P(`g${i}`, `Khách ${i}`))));
      wait(100);
    }
    expect(guard.learning().active).toBe(true);
    const raids = fs.filter((f) => f.ruleId === 'participant.raid');
    expect(raids).toHaveLength(1);
    expect(raids[0]).toMatchObject({ severity: 3, tier: 'alert' });
    // Those the raid finding does not name are logged as its members.
    const named = [
      ...(raids[0]?.evidence.names ?? []),
      ...fs.filter((f) => f.ruleId === 'participant.unknown.raid-member').map((f) => f.subject.name),
    ];
    expect(named.sort()).toEqual(Array.from({ length: 8 }, (_, i) => `Khách ${i + 1}`).sort());
    for (let i = 1; i <= 8; i++) expect(guard.badgeFor(`g${i}`)).not.toBe('roster');
    expect(guard.learnedRoster()).toEqual([]);
  });

  it('plain names arriving at the same moment are a raid too; a student joining normally is learned without a finding', () => {
    const { guard, see, wait } = learningClass();
    expect(see(joined(P('s1', 'Trần Minh Anh')))).toEqual([]);
    wait(4_000);
    const fs: Finding[] = [];
    for (let i = 0; i < 8; i++) {
      fs.push(...see(joined(P(`x${i}`, `Người ${'ABCDEFGH'[i]} Lạ`))));
      wait(120);
    }
    expect(rules(fs).filter((r) => r === 'participant.raid')).toHaveLength(1);
    wait(20_000);
    expect(see(joined(P('s2', 'Lê Hoàng Bảo')))).toEqual([]);
    expect(guard.badgeFor('s1')).toBe('roster');
    expect(guard.badgeFor('s2')).toBe('roster');
    expect(guard.learnedRoster()).toEqual([{ name: 'Trần Minh Anh' }, { name: 'Lê Hoàng Bảo' }]);
  });

  it('a class arriving over a few minutes is learned, with no raid', () => {
    const { guard, see, wait } = learningClass();
    const fs: Finding[] = [];
    const names = [
      'An Nguyễn',
      'Bình Trần',
      'Cường Lê',
      'Dung Phạm',
      'Em Hoàng',
      'Giang Vũ',
      'Hà Đỗ',
      'Khoa Bùi',
      'Linh Ngô',
      'Minh Đặng',
    ];
    names.forEach((name, i) => {
      fs.push(...see(joined(P(`s${i}`, name))));
      wait(i % 3 === 0 ? 1_500 : 6_000);
    });
    expect(fs).toEqual([]);
    expect(guard.learnedRoster()).toHaveLength(10);
  });

  it('guest labels and numbered names count double: five within the window are a raid', () => {
    const { see, wait } = learningClass();
    const fs: Finding[] = [];
    ['Hùng (Guest)', 'Mai (Khách)', 'User 12', 'Học sinh 7', 'Tuấn (Unverified)'].forEach((name, i) => {
      fs.push(...see(joined(P(`q${i}`, name))));
      wait(2_000);
    });
    expect(rules(fs)).toContain('participant.raid');
  });

  it('opening the People list reveals many people at once: that is no raid', () => {
    const { see, wait } = learningClass();
    wait(60_000);
    see({
      kind: 'coverage.changed',
      coverage: FULL,
      previous: { ...FULL, roster: 'hidden', rosterReason: 'panel-closed' },
    });
    const fs = Array.from({ length: 15 }, (_, i) =>
      see(joined(P(`c${i}`, `Học trò ${'ABCDEFGHIJKLMNO'[i]} Văn`))),
    ).flat();
    expect(rules(fs)).not.toContain('participant.raid');
  });
});

describe('the learned roster is offered, not silently adopted', () => {
  it('at the end of the window the learned names are offered until the teacher answers; raiders are left out', () => {
    const { guard, see, wait } = learningClass();
    see(joined(P('s1', 'Trần Minh Anh')));
    wait(5_000);
    for (let i = 1; i <= 6; i++) {
      see(joined(P(`g${i}`, `Guest ${i}`)));
      wait(50);
    }
    expect(guard.learning().offer).toBeNull();
    wait(5 * 60_000);
    expect(guard.learning()).toMatchObject({ active: false, offer: { names: ['Trần Minh Anh'] } });
    // Meanwhile the learned roster protects the class: a late stranger is reported.
    expect(rules(see(joined(P('z', 'Người Lạ'))))).toEqual(['participant.unknown.late']);
    guard.answerLearnedOffer();
    expect(guard.learning().offer).toBeNull();
  });

  it('"everyone here now is my class" answers the offer too', () => {
    const { guard, see, wait } = learningClass();
    see(joined(P('s1', 'Trần Minh Anh')));
    wait(6 * 60_000);
    expect(guard.learning().offer).not.toBeNull();
    guard.captureRoster();
    expect(guard.learning().offer).toBeNull();
  });
});

describe('people the counter says joined, unseen', () => {
  it('a few are told as one finding for the batch', () => {
    const { see } = learningClass();
    const fs = see({ kind: 'participants.unnamed', count: 3, total: 12 });
    expect(fs).toEqual([
      expect.objectContaining({
        ruleId: 'participant.unnamed',
        severity: 2,
        tier: 'alert',
        evidence: { detail: expect.stringContaining('3 people joined') },
      }),
    ]);
  });

  it('eight at once while learning are a raid, with the tiles seen in the same burst', () => {
    const { see, wait } = learningClass();
    const fs = [...see(joined(P('g1', 'Khách 1'))), ...see(joined(P('g2', 'Khách 2')))];
    wait(300);
    fs.push(...see({ kind: 'participants.unnamed', count: 6, total: 9 }));
    const raids = fs.filter((f) => f.ruleId === 'participant.raid');
    expect(raids).toHaveLength(1);
    expect(raids[0]?.evidence.names).toEqual(expect.arrayContaining(['Khách 1', 'Khách 2', '(no name shown)']));
    expect(rules(fs)).not.toContain('participant.unnamed');
  });

  it('the raiders the counter saw are not learned when the opened list names them', () => {
    const { guard, see, wait } = learningClass();
    see(joined(P('s1', 'Trần Minh Anh')));
    wait(10_000);
    see({ kind: 'participants.unnamed', count: 8, total: 10 });
    wait(30_000);
    see({
      kind: 'coverage.changed',
      coverage: FULL,
      previous: { ...FULL, roster: 'hidden', rosterReason: 'panel-closed' },
    });
    const fs = Array.from({ length: 8 }, (_, i) => see(joined(P(`g${i}`, `Người ${'ABCDEFGH'[i]} Lạ`)))).flat();
    expect(rules(fs)).toEqual(Array(8).fill('participant.unknown.raid-member'));
    expect(guard.learnedRoster()).toEqual([{ name: 'Trần Minh Anh' }]);
  });
});
