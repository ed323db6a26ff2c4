/**
 * Arrivals: someone joins the waiting list, or the call not from the waiting list. arrive() runs
 * ARRIVAL_CHECKS in order over the newcomer; each check reads and adds to the arrival's context.
 */
import type { Finding, Participant } from '../../common/model';
import { isDisguised } from '../../common/names';
import { copiedPresent, copiedTeacher, falseTitle, tooManyWith } from './copies';
import { learn, learningNow, startLearning, teacherArrived } from './learning';
import { nameFindings } from './name-checks';
import { raidCheck, revealedRaider } from './raids';
import { emit, emitFor, rulesReportedFor } from './report';
import { evidenceName, type ParticipantRuleId } from './rules';
import {
  ADMISSION_MS,
  INITIAL_GRACE_MS,
  index,
  isSelf,
  makePerson,
  nameless,
  unindex,
  type ArrivalCheck,
  type ArrivalContext,
  type GuardState,
  type Person,
} from './state';
import { displaceClaimants, isTeacher, privilege, refreshCandidate } from './teachers';
import { classify } from './verdicts';

const skipSelf: ArrivalCheck = (s, person, ctx) => {
  if (isSelf(s, person.p)) ctx.done = true;
};

const teacherComes: ArrivalCheck = (s, person, ctx) => {
  ctx.teacher = ctx.where === 'call' && isTeacher(s, person);
  if (ctx.teacher) teacherArrived(s, ctx.at);
};

/** The name by itself: bidi, invisible, look-alike, long, offensive (name-checks.ts). */
const ownName: ArrivalCheck = (s, person, ctx) => {
  for (const f of nameFindings(person.p.id, person.p.name, person.name, classify(s, person))) {
    if (!ctx.suppressed?.has(f.ruleId)) emit(s, ctx.out, f, person);
  }
  ctx.offensive = ctx.out.some((f) => f.ruleId === 'participant.offensive-name');
};

/** The teacher is checked no further; whoever wore their name before is exposed. */
const teacherExposesClaimants: ArrivalCheck = (s, person, ctx) => {
  if (!ctx.teacher) return;
  displaceClaimants(s, person, ctx.out);
  ctx.done = true;
};

const copiesTeacher: ArrivalCheck = (s, person, ctx) => {
  const teacherCopy = copiedTeacher(s, person);
  if (teacherCopy !== null) {
    person.impostor = true;
    const place = ctx.where === 'waiting' ? 'waiting to join' : 'in the call';
    emitFor(
      s,
      ctx.out,
      person,
      'participant.impersonation.teacher',
      { matched: teacherCopy, detail: `${place} with the teacher's name "${teacherCopy}"` },
      ctx.suppressed,
    );
    return;
  }
  const title = falseTitle(s, person);
  if (title !== null) {
    person.impostor = true;
    emitFor(
      s,
      ctx.out,
      person,
      'participant.impersonation.title',
      { matched: title, detail: `calls themself "${title}" but is not the teacher` },
      ctx.suppressed,
    );
  }
};

/** A copy of someone here: disguised, an impostor (whichever came second); plain, a duplicate. */
const copiesPresent: ArrivalCheck = (s, person, ctx) => {
  if (person.impostor || nameless(person.name)) return;
  const copy = copiedPresent(s, person);
  if (!copy) return;
  const { other } = copy;
  const waiting = ctx.where === 'waiting';
  if (copy.disguised) {
    person.impostor = true;
    emitFor(
      s,
      ctx.out,
      person,
      'participant.impersonation.student',
      {
        matched: evidenceName(other.p.name),
        names: [evidenceName(other.p.name), evidenceName(person.p.name)],
        detail: `look-alike of "${other.name.display}" who is in the call (${other.p.id})`,
      },
      ctx.suppressed,
    );
  } else if (isDisguised(other.name.flags) && !other.impostor) {
    // The copy came first; the original's arrival exposes it.
    other.impostor = true;
    emitFor(s, ctx.out, other, 'participant.impersonation.student', {
      matched: evidenceName(person.p.name),
      names: [evidenceName(person.p.name), evidenceName(other.p.name)],
      detail: `look-alike of "${person.name.display}" (${person.p.id}), who ${waiting ? 'is waiting to join' : 'just joined'}`,
    });
  } else if (tooManyWith(s, person)) {
    ctx.duplicate = true;
    emitFor(
      s,
      ctx.out,
      person,
      'participant.duplicate',
      {
        matched: evidenceName(other.p.name),
        names: [evidenceName(other.p.name), evidenceName(person.p.name)],
        detail: `"${other.name.display}" is already in the call (${other.p.id}); ${waiting ? 'a second one is waiting' : 'a second one joined'}`,
      },
      ctx.suppressed,
    );
  }
};

/** Off the roster (unless a raid or another finding already covers them); without one, a device name. */
const unknownOrDevice: ArrivalCheck = (s, person, ctx) => {
  const unknown = s.rosterIndex !== null && person.match?.verdict === 'unknown';
  if (ctx.raidHandled) person.flaggedUnknown = true;
  else if (unknown && !person.impostor && !ctx.duplicate && !person.flaggedUnknown) {
    person.flaggedUnknown = true;
    const ruleId: ParticipantRuleId =
      ctx.where === 'waiting'
        ? 'participant.unknown.waiting'
        : s.learnedFromCall
          ? 'participant.unknown.late'
          : 'participant.unknown';
    const device =
      person.match?.note === 'device' ? `device name${person.match.detail ? ` (${person.match.detail})` : ''}; ` : '';
    const detail = `${device}${s.learnedFromCall ? 'not in the call during the first minutes of class' : 'not on the class roster'}`;
    emitFor(s, ctx.out, person, ruleId, { detail }, ctx.suppressed);
  } else if (s.rosterIndex === null && person.name.flags.device && s.options.flagDeviceNames) {
    const owner = person.name.owner ? `, owner "${person.name.owner}"` : '';
    emitFor(
      s,
      ctx.out,
      person,
      'participant.device-name',
      { detail: `device default name${owner}; ask them to use their real name` },
      ctx.suppressed,
    );
  }
};

const learnArrival: ArrivalCheck = (s, person, ctx) => {
  if (ctx.where === 'call' && learningNow(s)) learn(s, person);
};

const cohostPrivilege: ArrivalCheck = (s, person, ctx) => {
  if (ctx.where === 'call' && person.p.role === 'cohost') privilege(s, person, ctx.out);
};

/** In order: a check may use what the ones before it found, and end the arrival (`done`). */
export const ARRIVAL_CHECKS: readonly ArrivalCheck[] = [
  skipSelf,
  teacherComes,
  ownName,
  teacherExposesClaimants,
  copiesTeacher,
  copiesPresent,
  raidCheck,
  revealedRaider,
  unknownOrDevice,
  learnArrival,
  cohostPrivilege,
];

export function arrive(
  s: GuardState,
  person: Person,
  where: 'call' | 'waiting',
  suppressed: Set<string> | undefined,
  countsForRaid: boolean,
  revealed = false,
): Finding[] {
  const ctx: ArrivalContext = {
    where,
    suppressed,
    countsForRaid,
    revealed,
    at: s.now(),
    out: [],
    teacher: false,
    offensive: false,
    duplicate: false,
    raidHandled: false,
    done: false,
  };
  for (const check of ARRIVAL_CHECKS) {
    check(s, person, ctx);
    if (ctx.done) break;
  }
  return ctx.out;
}

/** The same id, or the same name that just left the waiting list: what was found there carries over. */
function fromWaitingList(
  s: GuardState,
  person: Person,
  at: number,
): { fromWaiting: boolean; suppressed: Set<string> | undefined } {
  const w =
    s.waiting.get(person.p.id) ?? [...s.waiting.values()].find((x) => x.loose === person.loose && x.loose !== '');
  if (w) {
    s.waiting.delete(w.p.id);
    person.impostor = w.impostor;
    person.flaggedUnknown = w.flaggedUnknown;
    return { fromWaiting: true, suppressed: rulesReportedFor(s, w) };
  }
  const a = s.admitted.get(person.loose);
  if (a && at - a.at <= ADMISSION_MS) {
    s.admitted.delete(person.loose);
    person.impostor = a.impostor;
    person.flaggedUnknown = a.flaggedUnknown;
    return { fromWaiting: true, suppressed: a.rules };
  }
  return { fromWaiting: false, suppressed: undefined };
}

export function join(s: GuardState, p: Participant): Finding[] {
  const at = s.now();
  if (s.firstSeenAt === null) s.firstSeenAt = at;
  startLearning(s, at);
  if (s.present.has(p.id)) return [];
  const person = makePerson(s, p, at);
  const { fromWaiting, suppressed } = fromWaitingList(s, person, at);
  const initial = at - (s.firstSeenAt ?? at) <= INITIAL_GRACE_MS;
  // Seen as the list came into view, or scrolled into a partial one while raiders are still unnamed.
  const revealed =
    (s.revealedAt !== null && at - s.revealedAt <= INITIAL_GRACE_MS) ||
    (s.unnamedRaiders > 0 && s.rosterView === 'partial');
  // In the call before the checks, so a teacher claim is weighed against everyone present.
  s.present.set(p.id, person);
  refreshCandidate(s, person);
  const out = arrive(s, person, 'call', suppressed, !fromWaiting && !initial && !revealed, revealed && !fromWaiting);
  index(s, person);
  return out;
}

export function leave(s: GuardState, id: string): void {
  const person = s.present.get(id);
  if (!person) return;
  unindex(s, person);
  s.present.delete(id);
  s.candidates.delete(id);
}

export function waitingJoined(s: GuardState, p: Participant, at: number): Finding[] {
  if (s.waiting.has(p.id)) return [];
  if (s.firstSeenAt === null) s.firstSeenAt = at;
  const person = makePerson(s, p, at);
  s.waiting.set(p.id, person);
  const initial = at - s.firstSeenAt <= INITIAL_GRACE_MS;
  return arrive(s, person, 'waiting', undefined, !initial);
}

/** Left the waiting list for the call: remembered by name until the participant.joined comes. */
export function waitingAdmitted(s: GuardState, id: string, at: number): void {
  const person = s.waiting.get(id);
  if (!person) return;
  s.waiting.delete(id);
  s.admitted.set(person.loose, {
    at,
    rules: rulesReportedFor(s, person),
    flaggedUnknown: person.flaggedUnknown,
    impostor: person.impostor,
  });
}
