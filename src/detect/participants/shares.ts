/** Screen shares: whose share it is, and whether they may present (docs/detectors.md). */
import type { Finding, Presenter } from '../../common/model';
import { evidenceName, makeFinding } from './rules';
import { isSelf, looseKeyOf, type GuardState, type Person } from './state';
import { isTeacher } from './teachers';

/** The presenter by id, else the self, else the one present person wearing that name. */
export function resolvePresenter(s: GuardState, pr: Presenter): Person | null {
  if (pr.participantId) {
    const byId = s.present.get(pr.participantId);
    if (byId) return byId;
  }
  if (pr.self) {
    for (const person of s.present.values()) if (isSelf(s, person.p)) return person;
  }
  if (pr.name) {
    const ids = s.byLoose.get(looseKeyOf(pr.name));
    if (ids.length === 1 && ids[0] !== undefined) return s.present.get(ids[0]) ?? null;
  }
  return null;
}

/** Started and stopped shares are matched by this key. */
export const shareKey = (pr: Presenter): string =>
  pr.participantId ?? (pr.name ? `name:${looseKeyOf(pr.name)}` : pr.self ? 'self' : 'anonymous');

export function shareStopped(s: GuardState, pr: Presenter): void {
  s.shares.delete(shareKey(pr));
}

export function shareStarted(s: GuardState, pr: Presenter): Finding[] {
  const key = shareKey(pr);
  if (s.shares.has(key)) return [];
  const person = resolvePresenter(s, pr);
  const teacher = (pr.self && s.self.host === true) || (person !== null && isTeacher(s, person));
  const r = s.rosterIndex;
  const onRoster =
    person !== null &&
    !person.impostor &&
    (person.learned || (r !== null && person.match !== null && person.match.verdict !== 'unknown'));
  const allowed =
    teacher ||
    (person !== null && person.p.role === 'cohost' && s.options.cohostsMayPresent && !person.impostor) ||
    (s.options.studentsMayPresent && onRoster);
  const name = pr.name ?? person?.p.name ?? (pr.self ? s.self.name : null);
  const teacherShare = [...s.shares.values()].find((x) => x.byTeacher);
  s.shares.set(key, { allowed, byTeacher: teacher, name });

  const subject: Finding['subject'] = {
    ...(person ? { participantId: person.p.id } : pr.participantId ? { participantId: pr.participantId } : {}),
    ...(name ? { name: evidenceName(name) } : {}),
  };
  const names = name ? [evidenceName(name)] : [];
  const who = name ? `"${evidenceName(name)}"` : 'someone the page does not name';
  const teacherName = teacherShare?.name ?? '';
  if (allowed) {
    if (teacherShare && !teacher)
      return [
        makeFinding('share.takeover', subject, {
          names,
          detail: `${who} took over the screen from the teacher ("${teacherName}")`,
        }),
      ];
    return [];
  }
  if (teacherShare) {
    return [
      makeFinding('share.hijack', subject, {
        names,
        matched: teacherShare.name ?? undefined,
        detail: `${who} started sharing while the teacher ("${teacherName}") was presenting`,
      }),
    ];
  }
  if (person === null && name === null)
    return [
      makeFinding('share.unidentified', subject, { detail: 'a screen share started and the page does not say whose' }),
    ];
  if (onRoster)
    return [
      makeFinding('share.student', subject, {
        names,
        detail: `${who} is on the class list but not allowed to present`,
      }),
    ];
  const why = person?.impostor
    ? 'an impostor'
    : person === null
      ? 'not in the participant list we can see'
      : 'not a teacher, host or co-host';
  return [makeFinding('share.unauthorized', subject, { names, detail: `${who} is sharing their screen: ${why}` })];
}
