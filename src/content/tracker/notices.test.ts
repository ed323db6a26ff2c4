/** The client's join notices ("<Name> joined") while the list is closed, through createTracker. */
import { describe, expect, it } from 'vitest';
import type { Participant } from '../../common/model';
import { createTracker } from '../tracker';
import { COUNT_SETTLE_MS } from './count';
import { HIDDEN, an, binh, people, person, snap, teacher } from './test-helpers';

const notice = (name: string): Participant => person(name, { id: `notice:${name}`, idStable: false });

describe('tracker: join notices while the list is closed', () => {
  it('a notice of someone never seen is one join, however long it shows; its going is no leave', () => {
    const t = createTracker({ leaveConfirmMs: 1_000 });
    t.update(snap({ participants: [teacher] }), 0);
    const joins = [100, 200, 300].flatMap((now) =>
      people(t.update(snap({ coverage: HIDDEN, joinNotices: [notice('Khách 1')] }), now)),
    );
    expect(joins).toEqual(['participant.joined Khách 1']);
    expect(people(t.update(snap({ coverage: HIDDEN }), 60_000))).toEqual([]);
  });

  it('names nobody twice: not someone already present, not their tile, not their list row', () => {
    const t = createTracker({ leaveConfirmMs: 1_000 });
    t.update(snap({ participants: [teacher, an] }), 0);
    // An was seen in the list: the notice is no news.
    expect(people(t.update(snap({ coverage: HIDDEN, joinNotices: [notice(an.name)] }), 100))).toEqual([]);
    expect(people(t.update(snap({ coverage: HIDDEN, joinNotices: [notice(binh.name)] }), 200))).toEqual([
      'participant.joined Trần Thị Bình',
    ]);
    // Her tile, then the list, show her with the client's id: the same person.
    expect(people(t.update(snap({ coverage: HIDDEN, stage: [teacher, binh] }), 300))).toEqual([]);
    expect(people(t.update(snap({ participants: [teacher, an, binh] }), 400))).toEqual([]);
  });

  it('is not read with the list full (the list is the truth)', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher] }), 0);
    expect(people(t.update(snap({ participants: [teacher], joinNotices: [notice('Khách 1')] }), 100))).toEqual([]);
  });

  it('names the rise of the counter, so it is not told as people unnamed', () => {
    const t = createTracker();
    t.update(snap({ participants: [teacher], participantCount: 1 }), 0);
    t.update(snap({ coverage: HIDDEN, participantCount: 2, joinNotices: [notice('Khách 1')] }), 100);
    const later = t.update(snap({ coverage: HIDDEN, participantCount: 2 }), 100 + COUNT_SETTLE_MS + 1_000);
    expect(later.filter((o) => o.kind === 'participants.unnamed')).toEqual([]);
  });
});
