import { describe, expect, it } from 'vitest';
import { classSchema } from '../../common/classes';
import type { Finding, Observation, Participant } from '../../common/model';
import { ARRIVAL_CHECKS, arrive } from './arrivals';
import { createParticipantGuard } from './participant-guard';
import { createGuardState, makePerson } from './state';

const P = (id: string, name: string): Participant => ({ id, idStable: true, name, role: 'participant', self: false });
const rules = (fs: Finding[]): string[] => fs.map((f) => f.ruleId);

function classWith(roster: string[]) {
  let t = 1_000_000;
  const guard = createParticipantGuard({
    classConfig: classSchema.parse({
      id: 'c1',
      name: '10A1',
      teachers: ['Nguyễn Thị Lan'],
      roster: roster.map((name) => ({ name })),
    }),
    now: () => t,
  });
  const self = { id: 'me', name: 'Nguyễn Thị Lan', host: true };
  const see = (obs: Observation): Finding[] => guard.observe(obs, self);
  see({
    kind: 'meeting.state',
    state: 'in-call',
    meeting: { platform: 'zoom', code: '1', title: null, url: 'https://app.zoom.us/wc/1/start' },
  });
  see({ kind: 'participant.joined', participant: { ...P('me', 'Nguyễn Thị Lan'), role: 'host', self: true } });
  t += 5000;
  return { guard, see, later: () => (t += 60_000) };
}

describe('names and ids that are Object.prototype keys', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('%j is a name like any other', (name) => {
    // Twice on the roster (homonyms): a third one is a duplicate.
    const { guard, see, later } = classWith(['Nguyễn Văn An', name, name]);
    expect(see({ kind: 'participant.joined', participant: P(name, name) })).toEqual([]);
    expect(guard.badgeFor(name)).toBe('roster');
    later();
    expect(rules(see({ kind: 'participant.joined', participant: P('x2', name) }))).toEqual([]);
    later();
    expect(rules(see({ kind: 'participant.joined', participant: P('x3', name) }))).toEqual(['participant.duplicate']);
    expect(rules(see({ kind: 'share.started', presenter: { participantId: name, name: null, self: false } }))).toEqual([
      'share.student',
    ]);
    expect(guard.badgeFor('valueOf')).toBeNull();
  });

  it.each(['constructor', '__proto__'])('%j off the roster is unknown', (name) => {
    const { guard, see } = classWith(['Nguyễn Văn An']);
    expect(rules(see({ kind: 'participant.joined', participant: P(name, name) }))).toEqual(['participant.unknown']);
    expect(guard.badgeFor(name)).toBe('unknown');
  });
});

describe('arrival checks', () => {
  it('run in a fixed order, the self first', () => {
    expect(ARRIVAL_CHECKS.length).toBeGreaterThan(5);
    expect(ARRIVAL_CHECKS[0]?.name).toBe('skipSelf');
  });

  it('stop at the self: nothing about them', () => {
    const s = createGuardState({ classConfig: null, now: () => 0 });
    const me = makePerson(s, { ...P('me', 'Bob'), self: true }, 0);
    expect(arrive(s, me, 'call', undefined, true)).toEqual([]);
  });

  it('share one state: a waiting arrival is reported from it', () => {
    const s = createGuardState({
      classConfig: classSchema.parse({ id: 'c', name: 'C', teachers: [], roster: [{ name: 'Nguyễn Văn An' }] }),
      now: () => 0,
    });
    const stranger = makePerson(s, P('w1', 'Hacker Man'), 0);
    expect(rules(arrive(s, stranger, 'waiting', undefined, false))).toEqual(['participant.unknown.waiting']);
    expect(stranger.flaggedUnknown).toBe(true);
    expect(s.reported.size).toBe(1);
  });
});
