/** Stage sightings (tiles) and the client's counter while the list is closed, through createTracker. */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../common/model';
import { createTracker } from '../tracker';
import { COUNT_SETTLE_MS } from './count';
import { FULL, HIDDEN, an, binh, chi, people, person, snap, teacher } from './test-helpers';

const unnamed = (obs: Observation[]) => obs.filter((o) => o.kind === 'participants.unnamed');

describe('tracker: people from the stage while the list is closed', () => {
  it('a tile of someone never seen is a join; a tile going away is no leave', () => {
    const t = createTracker({ leaveConfirmMs: 1_000 });
    t.update(snap({ participants: [teacher, an] }), 0);
    t.update(snap({ coverage: HIDDEN, stage: [teacher, an] }), 100);
    expect(people(t.update(snap({ coverage: HIDDEN, stage: [teacher, an, binh] }), 200))).toEqual([
      'participant.joined Trần Thị Bình',
    ]);
    expect(people(t.update(snap({ coverage: HIDDEN, stage: [teacher] }), 5_000))).toEqual([]);
    expect(people(t.update(snap({ coverage: HIDDEN, stage: [] }), 60_000))).toEqual([]);
  });

  it('opening the list afterwards adds no second join, by id or (another id, same name) by name', () => {
    const t = createTracker({ leaveConfirmMs: 1_000 });
    t.update(snap({ participants: [teacher] }), 0);
    const tileBinh = person('Trần Thị Bình', { id: 'name:trần thị bình', idStable: false });
    t.update(snap({ coverage: HIDDEN, stage: [an, tileBinh] }), 100);
    const reopened = t.update(snap({ participants: [teacher, an, binh, chi] }), 200);
    expect(people(reopened)).toEqual(['participant.joined Lê Minh Chi']);
    // The row keeps the sighting's id, so a later leave names the person as first logged.
    t.update(snap({ participants: [teacher, an, chi] }), 300);
    const gone = t.update(snap({ participants: [teacher, an, chi] }), 2_000);
    expect(gone).toEqual([{ kind: 'participant.left', participant: tileBinh }]);
  });

  it('closing the list produces no leaves, whatever the tiles show', () => {
    const t = createTracker({ leaveConfirmMs: 1_000 });
    t.update(snap({ participants: [teacher, an, binh, chi] }), 0);
    for (let now = 100; now < 60_000; now += 5_000)
      expect(people(t.update(snap({ coverage: HIDDEN, stage: [teacher, an] }), now))).toEqual([]);
  });

  it('with the list full, the tiles are not read: the list is the truth', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher] }), 0);
    expect(people(t.update(snap({ coverage: FULL, participants: [teacher], stage: [an] }), 100))).toEqual([]);
  });
});

describe('tracker: the counter without names', () => {
  it('a rise no tile explains is told once the tiles had time to catch up', () => {
    const t = createTracker();
    t.update(snap({ coverage: HIDDEN, stage: [teacher], participantCount: 1 }), 0);
    expect(unnamed(t.update(snap({ coverage: HIDDEN, stage: [teacher], participantCount: 5 }), 100))).toEqual([]);
    // One of the four newcomers gets a tile a moment later.
    t.update(snap({ coverage: HIDDEN, stage: [teacher, an], participantCount: 5 }), 900);
    expect(
      unnamed(t.update(snap({ coverage: HIDDEN, stage: [teacher, an], participantCount: 5 }), 100 + COUNT_SETTLE_MS)),
    ).toEqual([{ kind: 'participants.unnamed', count: 3, total: 5 }]);
    expect(unnamed(t.update(snap({ coverage: HIDDEN, stage: [teacher, an], participantCount: 5 }), 10_000))).toEqual(
      [],
    );
  });

  it('a rise the tiles explain, a fall, or a full list tell nothing', () => {
    const t = createTracker();
    t.update(snap({ coverage: HIDDEN, stage: [teacher], participantCount: 1 }), 0);
    t.update(snap({ coverage: HIDDEN, stage: [teacher, an, binh], participantCount: 3 }), 100);
    expect(
      unnamed(t.update(snap({ coverage: HIDDEN, stage: [teacher, an, binh], participantCount: 3 }), 5_000)),
    ).toEqual([]);
    t.update(snap({ coverage: HIDDEN, stage: [teacher], participantCount: 2 }), 6_000);
    expect(unnamed(t.update(snap({ coverage: HIDDEN, stage: [teacher], participantCount: 2 }), 20_000))).toEqual([]);
    t.update(snap({ participants: [teacher, an, binh, chi], participantCount: 4 }), 21_000);
    expect(unnamed(t.update(snap({ participants: [teacher, an, binh, chi], participantCount: 4 }), 30_000))).toEqual(
      [],
    );
  });
});
