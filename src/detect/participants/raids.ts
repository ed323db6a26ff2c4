/** docs/detectors.md, "Arrivals, admissions, raids". */
import { emit, emitFor } from './report';
import { evidenceName, makeFinding } from './rules';
import type { ArrivalCheck, ArrivalContext, GuardState, Person } from './state';

/** Someone the raid window counts: an impostor, a copy, an offensive name, or off the roster. */
function stranger(s: GuardState, person: Person, ctx: ArrivalContext): boolean {
  const r = s.rosterIndex;
  return person.impostor || ctx.duplicate || ctx.offensive || (r !== null ? person.match?.verdict === 'unknown' : true);
}

export const raidCheck: ArrivalCheck = (s, person, ctx) => {
  if (!ctx.countsForRaid || !stranger(s, person, ctx) || person.flaggedUnknown) return;
  const { at, out, where } = ctx;
  const withRoster = s.rosterIndex !== null;
  const threshold = withRoster ? s.raidThreshold : s.raidThreshold * 2;
  const step = s.raid.add({ at, id: person.p.id, name: evidenceName(person.p.name) }, threshold, s.raidWindowMs);
  if (step.kind === 'start') {
    ctx.raidHandled = true;
    const seconds = Math.round((at - (step.arrivals[0]?.at ?? at)) / 1000);
    emit(
      s,
      out,
      makeFinding(
        'participant.raid',
        { participantId: person.p.id, name: evidenceName(person.p.name) },
        {
          names: step.arrivals.map((a) => a.name),
          detail: `${step.arrivals.length} ${withRoster ? 'unknown' : 'new'} arrivals within ${seconds} s${where === 'waiting' ? ', waiting to join' : ''}`,
        },
      ),
      null,
    );
  } else if (step.kind === 'member') {
    ctx.raidHandled = true;
    emitFor(
      s,
      out,
      person,
      'participant.unknown.raid-member',
      { detail: 'arrived during an open raid' },
      ctx.suppressed,
    );
  }
};
