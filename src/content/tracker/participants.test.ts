/** The roster part of the tracker (participants.ts), through createTracker. */
import { describe, expect, it } from 'vitest';
import type { Observation, Participant } from '../../common/model';
import { createTracker } from '../tracker';
import { PARTIAL, HIDDEN, person, snap, people, teacher, an, binh, chi } from './test-helpers';

describe('tracker: participants joining and leaving', () => {
  it('reports everyone visible on the first snapshot as joined, then only newcomers', () => {
    const t = createTracker();
    expect(people(t.update(snap({ participants: [teacher, an] }), 0))).toEqual([
      'participant.joined Cô Hoa',
      'participant.joined Nguyễn Văn An',
    ]);
    expect(people(t.update(snap({ participants: [teacher, an, binh] }), 100))).toEqual([
      'participant.joined Trần Thị Bình',
    ]);
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
    expect(people(t.update(snap({ participants: [teacher, an, binh, chi] }), 121_000))).toEqual([
      'participant.joined Lê Minh Chi',
    ]);
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
    expect(people(t.update(snap({ participants: [teacher, an] }), 320_000))).toEqual([
      'participant.left Trần Thị Bình',
    ]);
  });

  it('a half-dismantled full list (Teams) that comes back within the confirmation time yields no leaves', () => {
    const t = createTracker();
    const everyone = Array.from({ length: 30 }, (_, i) => person(`HS ${i}`));
    t.update(snap({ participants: everyone }), 0);
    const obs: Observation[] = [];
    for (let n = 29; n >= 0; n -= 5)
      obs.push(...t.update(snap({ participants: everyone.slice(0, n) }), (30 - n) * 100));
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
    const byName = (name: string): Participant => ({
      id: `name:${name}`,
      idStable: false,
      name,
      role: 'participant',
      self: false,
    });
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
    expect(people(t.update(snap({ participants: [row] }), 1_000))).toEqual([
      'participant.renamed Nguyễn Văn An -> Trùm lớp',
    ]);
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
