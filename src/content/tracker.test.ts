/**
 * The tracker as a whole: meeting state and coverage, reset, an unchanged roster, page text named
 * like Object properties. Each part's own tests sit beside it in ./tracker/.
 */
import { describe, expect, it } from 'vitest';
import { createTracker } from './tracker';
import {
  FULL,
  PARTIAL,
  HIDDEN,
  person,
  msg,
  snap,
  people,
  kinds,
  teacher,
  an,
  binh,
  chi,
} from './tracker/test-helpers';

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
    expect(t.update(snap({ coverage: other }), 1)).toEqual([
      { kind: 'coverage.changed', coverage: other, previous: HIDDEN },
    ]);
  });

  it('emits nothing for everyone when the call ends, and no share.stopped', () => {
    const t = createTracker();
    t.update(
      snap({ participants: [teacher, an, binh], presenters: [{ participantId: an.id, name: an.name, self: false }] }),
      0,
    );
    const ended = t.update(
      snap({
        state: 'ended',
        coverage: { ...HIDDEN, rosterReason: 'not-in-call', presenter: 'unreadable', presenterReason: 'not-in-call' },
      }),
      1_000,
    );
    expect(kinds(ended)).toEqual(['meeting.state', 'coverage.changed']);
    expect(
      t
        .update(snap({ state: 'ended', coverage: { ...HIDDEN, rosterReason: 'not-in-call' } }), 60_000)
        .filter((o) => o.kind !== 'coverage.changed'),
    ).toEqual([]);
  });

  it('does not join everyone again when the teacher rejoins the same meeting; a share seen then is new', () => {
    const t = createTracker();
    t.update(
      snap({ participants: [teacher, an], presenters: [{ participantId: an.id, name: an.name, self: false }] }),
      0,
    );
    t.update(snap({ state: 'ended', coverage: HIDDEN }), 1_000);
    const back = t.update(
      snap({ participants: [teacher, an], presenters: [{ participantId: an.id, name: an.name, self: false }] }),
      5_000,
    );
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
    expect(people(t.update(snap({ participants: [teacher, an, { ...chi, name: 'Chi 9A2' }] }), 5_100))).toEqual([
      'participant.renamed Lê Minh Chi -> Chi 9A2',
    ]);
  });

  it('a partial list that becomes full without changing still starts the leave confirmation', () => {
    const t = createTracker({ leaveConfirmMs: 1_000 });
    t.update(snap({ participants: [teacher, an, binh] }), 0);
    const list = Object.freeze([teacher, an]);
    t.update(snap({ participants: list, coverage: PARTIAL }), 100);
    t.update(snap({ participants: list, coverage: FULL }), 200);
    expect(people(t.update(snap({ participants: list, coverage: FULL }), 1_300))).toEqual([
      'participant.left Trần Thị Bình',
    ]);
  });

  it('someone admitted and still listed as waiting for a while is not reported waiting again', () => {
    const t = createTracker();
    const guest = person('Khách');
    t.update(snap({ participants: [teacher], waiting: [guest] }), 0);
    const inCall = Object.freeze([teacher, guest]);
    expect(people(t.update(snap({ participants: inCall, waiting: [guest] }), 100))).toEqual([
      'waiting.admitted Khách',
      'participant.joined Khách',
    ]);
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
    const first = t.update(
      snap({ participants: [teacher, proto], waiting: [{ ...ctor, id: 'w:constructor' }], chat }),
      0,
    );
    expect(people(first)).toEqual([
      'participant.joined Cô Hoa',
      'participant.joined __proto__',
      'waiting.joined constructor',
    ]);
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
