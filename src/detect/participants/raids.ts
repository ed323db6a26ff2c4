/** docs/detectors.md, "Arrivals, admissions, raids" and "Raids while learning". */
import { fold } from '../../common/names/unicode';
import { unlearn } from './learning';
import type { Arrival } from './raid-window';
import { emit, emitFor } from './report';
import { evidenceName, makeFinding } from './rules';
import type { Finding } from '../../common/model';
import { INITIAL_GRACE_MS, type ArrivalCheck, type ArrivalContext, type GuardState, type Person } from './state';

/** Labels the clients put on people from outside the school's accounts, folded (affixes.json). */
const OUTSIDER_LABELS: ReadonlySet<string> = new Set([
  'guest',
  'khach',
  'khach moi',
  'unverified',
  'chua xac minh',
  'chua duoc xac minh',
  'external',
  'ben ngoai',
]);

/** Joins closer than this to the previous one came "at the same moment": people clicking a link do not. */
export const SAME_MOMENT_MS = 1_000;

/** Someone the raid window counts: an impostor, a copy, an offensive name, or off the roster. */
function stranger(s: GuardState, person: Person, ctx: ArrivalContext): boolean {
  const r = s.rosterIndex;
  return person.impostor || ctx.duplicate || ctx.offensive || (r !== null ? person.match?.verdict === 'unknown' : true);
}

/** What a class arriving does not look like: a generic or numbered name, a guest label, a disguise, a copy. */
export function raidMarker(person: Person, ctx: ArrivalContext): boolean {
  const f = person.name.flags;
  return (
    person.impostor ||
    ctx.duplicate ||
    ctx.offensive ||
    f.device ||
    f.bidi ||
    f.zeroWidth ||
    f.confusable ||
    f.mixedScript ||
    person.p.role === 'guest' ||
    person.p.role === 'external' ||
    person.name.labels.some((l) => OUTSIDER_LABELS.has(fold(l)))
  );
}

/**
 * Without a roster every arrival counts against twice the threshold; one that does not look like a
 * student arriving (a marker, or at the same moment as the previous one) counts double, so a burst of
 * such joins is a raid at the roster threshold, even while the class is being learned.
 */
function weightOf(s: GuardState, person: Person, ctx: ArrivalContext): number {
  if (s.rosterIndex !== null) return 1;
  const last = s.raid.lastAt;
  const sameMoment = last !== null && ctx.at - last < SAME_MOMENT_MS;
  if (sameMoment) s.raid.markLast(2);
  return sameMoment || raidMarker(person, ctx) ? 2 : 1;
}

/** Without a roster, the raid is its burst (the arrivals that counted double), not a student who came before it. */
function raiders(arrivals: readonly Arrival[], withRoster: boolean): readonly Arrival[] {
  if (withRoster) return arrivals;
  const burst = arrivals.filter((a) => (a.weight ?? 1) > 1);
  return burst.length > 0 ? burst : arrivals;
}

export const raidCheck: ArrivalCheck = (s, person, ctx) => {
  if (!ctx.countsForRaid || !stranger(s, person, ctx) || person.flaggedUnknown) return;
  const { at, out, where } = ctx;
  const withRoster = s.rosterIndex !== null;
  const threshold = withRoster ? s.raidThreshold : s.raidThreshold * 2;
  const weight = weightOf(s, person, ctx);
  const step = s.raid.add(
    { at, id: person.p.id, name: evidenceName(person.p.name), weight },
    threshold,
    s.raidWindowMs,
  );
  if (step.kind === 'start') {
    ctx.raidHandled = true;
    const burst = raiders(step.arrivals, withRoster);
    // Nobody in a raid is learned as the class, including those who came before it was one.
    for (const a of burst) {
      const raider = s.present.get(a.id) ?? s.waiting.get(a.id);
      if (raider) unlearn(s, raider);
    }
    unlearn(s, person);
    const seconds = Math.round((at - (burst[0]?.at ?? at)) / 1000);
    emit(
      s,
      out,
      makeFinding(
        'participant.raid',
        { participantId: person.p.id, name: evidenceName(person.p.name) },
        {
          names: burst.map((a) => a.name),
          detail: `${burst.length} ${withRoster ? 'unknown' : 'new'} arrivals within ${seconds} s${where === 'waiting' ? ', waiting to join' : ''}${s.learningStartedAt !== null && !withRoster ? ', while the class was being learned' : ''}`,
        },
      ),
      null,
    );
  } else if (step.kind === 'member') {
    ctx.raidHandled = true;
    unlearn(s, person);
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

/** Stands for each person the counter says joined unseen, in the raid's names. */
export const UNNAMED = '(no name shown)';

/**
 * The client's counter rose with nobody shown: each newcomer counts toward a raid like an arrival
 * at the same moment; what no raid covers is told as one finding for the batch.
 */
export function unnamedArrivals(s: GuardState, count: number, total: number): Finding[] {
  const at = s.now();
  const withRoster = s.rosterIndex !== null;
  const threshold = withRoster ? s.raidThreshold : s.raidThreshold * 2;
  if (at - (s.firstSeenAt ?? at) <= INITIAL_GRACE_MS) return [];
  let raid: { burst: readonly Arrival[]; after: number } | null = null;
  let members = 0;
  let covered = 0;
  for (let i = 0; i < Math.min(count, 1_000); i++) {
    if (!withRoster && s.raid.lastAt !== null && at - s.raid.lastAt < SAME_MOMENT_MS) s.raid.markLast(2);
    const step = s.raid.add(
      { at, id: `unnamed:${total}:${i}`, name: UNNAMED, weight: withRoster ? 1 : 2 },
      threshold,
      s.raidWindowMs,
    );
    if (step.kind === 'start') {
      covered = i + 1;
      raid = { burst: raiders(step.arrivals, withRoster), after: 0 };
      for (const a of raid.burst) {
        const raider = s.present.get(a.id) ?? s.waiting.get(a.id);
        if (raider) unlearn(s, raider);
      }
    } else if (step.kind === 'member') {
      covered = i + 1;
      // The rest of the batch that started the raid came at its moment: the raid names them.
      if (raid) raid.after++;
      else members++;
    }
  }
  s.unnamedRaiders += covered;
  return unnamedFindings(count - covered, total, raid, members, withRoster, at);
}

function unnamedFindings(
  uncovered: number,
  total: number,
  raid: { burst: readonly Arrival[]; after: number } | null,
  members: number,
  withRoster: boolean,
  at: number,
): Finding[] {
  const out: Finding[] = [];
  if (raid) {
    const names = [...raid.burst.map((a) => a.name), ...Array<string>(raid.after).fill(UNNAMED)];
    const seconds = Math.round((at - (raid.burst[0]?.at ?? at)) / 1000);
    out.push(
      makeFinding(
        'participant.raid',
        { name: UNNAMED },
        {
          names,
          detail: `${names.length} ${withRoster ? 'unknown' : 'new'} arrivals within ${seconds} s, some seen only on the participant counter (the list was closed)`,
        },
      ),
    );
  }
  if (members > 0) {
    out.push(
      makeFinding(
        'participant.unknown.raid-member',
        { name: UNNAMED },
        {
          names: Array<string>(members).fill(UNNAMED),
          detail: `${members} more arrived during an open raid, seen only on the participant counter`,
        },
      ),
    );
  }
  if (uncovered > 0) {
    out.push(
      makeFinding(
        'participant.unnamed',
        { name: UNNAMED },
        {
          detail: `${uncovered} ${uncovered === 1 ? 'person' : 'people'} joined while the list of people was closed (${total} in the call now); open it to see who`,
        },
      ),
    );
  }
  return out;
}

/**
 * The list opened after a raid counted only on the counter: the people it reveals are taken to be
 * those raiders (the counter accounted for everyone else), so they are not learned as the class.
 */
export const revealedRaider: ArrivalCheck = (s, person, ctx) => {
  if (!ctx.revealed || s.unnamedRaiders === 0 || ctx.raidHandled) return;
  s.unnamedRaiders--;
  ctx.raidHandled = true;
  unlearn(s, person);
  emitFor(
    s,
    ctx.out,
    person,
    'participant.unknown.raid-member',
    { detail: 'joined in a raid while the list was closed; named when it opened' },
    ctx.suppressed,
  );
};
