/** docs/detectors.md, "Who is the teacher, who may present". */
import type { Finding, Participant } from '../../common/model';
import { emitFor } from './report';
import { isSelf, strongTeacherMatch, weakTeacherMatch, type GuardState, type Person } from './state';

const trust = (s: GuardState, p: Participant): number =>
  isSelf(s, p) && s.self.host === true ? 4 : p.role === 'host' ? 3 : p.role === 'cohost' ? 2 : isSelf(s, p) ? 1 : 0;

const claimsTeacherName = (s: GuardState, person: Person): boolean =>
  strongTeacherMatch(person.teacherMatch) || (weakTeacherMatch(person.teacherMatch) && trust(s, person.p) >= 2);

export function isTeacher(s: GuardState, person: Person): boolean {
  const p = person.p;
  if ((isSelf(s, p) && s.self.host === true) || p.role === 'host') return true;
  if (!s.teacherIndex) return false;
  const m = person.teacherMatch;
  if (!claimsTeacherName(s, person)) return false;
  for (const id of s.candidates) {
    const other = s.present.get(id);
    if (!other || other === person || other.teacherMatch?.entry !== m?.entry || other.teacherMatch === null) continue;
    if (!claimsTeacherName(s, other)) continue;
    const t = trust(s, other.p) - trust(s, p);
    if (t > 0 || (t === 0 && other.joinedAt < person.joinedAt)) return false;
  }
  return true;
}

export function presentTeachers(s: GuardState): Person[] {
  const out: Person[] = [];
  for (const id of s.candidates) {
    const person = s.present.get(id);
    if (person && isTeacher(s, person)) out.push(person);
  }
  return out;
}

export function refreshCandidate(s: GuardState, person: Person): void {
  const m = person.teacherMatch;
  if (isSelf(s, person.p) || person.p.role === 'host' || strongTeacherMatch(m) || weakTeacherMatch(m))
    s.candidates.add(person.p.id);
  else s.candidates.delete(person.p.id);
}

/** A new, more trusted teacher claimant exposes whoever held the name before. */
export function displaceClaimants(s: GuardState, teacher: Person, out: Finding[]): void {
  if (!s.teacherIndex || !teacher.teacherMatch?.entry) return;
  for (const id of s.candidates) {
    const other = s.present.get(id);
    if (
      !other ||
      other === teacher ||
      other.impostor ||
      other.teacherMatch?.entry !== teacher.teacherMatch.entry ||
      isSelf(s, other.p)
    )
      continue;
    if (isTeacher(s, other)) continue;
    other.impostor = true;
    emitFor(s, out, other, 'participant.impersonation.teacher', {
      matched: teacher.name.display,
      detail: `uses the teacher's name "${teacher.teacherMatch.entry.name}"; the teacher (${teacher.p.id}) is here`,
    });
  }
}

export function privilege(s: GuardState, person: Person, out: Finding[]): void {
  // A teacher by name (a second teacher, the teacher's other device) may be made co-host.
  const teacherByName =
    !person.impostor && (strongTeacherMatch(person.teacherMatch) || weakTeacherMatch(person.teacherMatch));
  if (isSelf(s, person.p) || teacherByName) return;
  // Without a roster only an impostor is a stranger for this rule.
  const stranger = person.impostor || (s.rosterIndex !== null && person.match?.verdict === 'unknown');
  if (!stranger) return;
  emitFor(s, out, person, 'participant.privilege', {
    detail: `${person.p.role === 'host' ? 'host' : 'co-host'} rights given to ${person.impostor ? 'an impostor' : 'someone not on the roster'}`,
  });
}
