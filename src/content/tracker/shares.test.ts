/** The screen-share part of the tracker (shares.ts), through createTracker. */
import { describe, expect, it } from 'vitest';
import type { Presenter } from '../../common/model';
import { createTracker } from '../tracker';
import { FULL, an, chi, kinds, snap, teacher } from './test-helpers';

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
      {
        kind: 'share.stopped',
        presenter: { participantId: chi.id, name: 'Lê Minh Chi', self: false },
        durationMs: 3_000,
      },
    ]);
  });

  it('tracks an anonymous share (presenter unknown) and two simultaneous shares separately', () => {
    const t = createTracker();
    t.update(snap({}), 0);
    const anon: Presenter = { participantId: null, name: null, self: false };
    expect(kinds(t.update(snap({ presenters: [anon, anShare] }), 1_000))).toEqual(['share.started', 'share.started']);
    expect(t.update(snap({ presenters: [anShare, anon] }), 2_000)).toEqual([]);
    expect(t.update(snap({ presenters: [anon] }), 3_000)).toEqual([
      { kind: 'share.stopped', presenter: anShare, durationMs: 2_000 },
    ]);
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
    expect(
      t.update(snap({ coverage: { ...FULL, presenterReason: 'no-share', presenter: 'unreadable' } }), 9_000),
    ).toContainEqual({
      kind: 'share.stopped',
      presenter: anShare,
      durationMs: null,
    });
  });
});
