/** The waiting list part of the tracker (waiting.ts), through createTracker. */
import { describe, expect, it } from 'vitest';
import type { Participant } from '../../common/model';
import { createTracker } from '../tracker';
import { PARTIAL, HIDDEN, person, snap, people, teacher, an } from './test-helpers';

describe('tracker: waiting room', () => {
  const stranger = person('Người lạ');

  it('reports someone waiting once, and admitted when they appear among participants (same id)', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher] }), 0);
    expect(people(t.update(snap({ participants: [teacher], waiting: [stranger] }), 1_000))).toEqual([
      'waiting.joined Người lạ',
    ]);
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
    const inLobby: Participant = {
      id: 'name:Bob Guest',
      idStable: false,
      name: 'Bob Guest',
      role: 'guest',
      self: false,
    };
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
    expect(t.update(snap({ participants: [teacher] }), 21_000)).toEqual([
      { kind: 'waiting.left', participant: stranger },
    ]);
    // If they knock again, that is news.
    expect(people(t.update(snap({ participants: [teacher], waiting: [stranger] }), 22_000))).toEqual([
      'waiting.joined Người lạ',
    ]);
  });

  it('does not report waiting.left while the panel holding the waiting list is closed', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher], waiting: [stranger] }), 0);
    expect(t.update(snap({ coverage: HIDDEN }), 1_000)).toEqual([
      expect.objectContaining({ kind: 'coverage.changed' }),
    ]);
    expect(t.update(snap({ coverage: HIDDEN }), 60_000)).toEqual([]);
    expect(
      t
        .update(snap({ coverage: PARTIAL, participants: [teacher] }), 61_000)
        .filter((o) => o.kind !== 'coverage.changed'),
    ).toEqual([]);
    expect(t.update(snap({ participants: [teacher] }), 62_000).filter((o) => o.kind !== 'coverage.changed')).toEqual(
      [],
    );
  });

  it("an impostor waiting under a present student's name is reported as waiting, then admitted", () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher, an] }), 0);
    const copycat: Participant = { ...an, id: 'u:impostor', role: 'guest' };
    expect(people(t.update(snap({ participants: [teacher, an], waiting: [copycat] }), 1_000))).toEqual([
      'waiting.joined Nguyễn Văn An',
    ]);
    const obs = t.update(snap({ participants: [teacher, an, copycat] }), 2_000);
    expect(obs).toEqual([
      { kind: 'waiting.admitted', participant: copycat },
      { kind: 'participant.joined', participant: copycat },
    ]);
  });
});
