/** participant.renamed and participant.role: a new name or new rights for someone already here. */
import type { Finding, Participant } from '../../common/model';
import { join } from './arrivals';
import { copiedPresent, copiedTeacher, falseTitle } from './copies';
import { nameFindings } from './name-checks';
import { emit, emitFor, subjectOf } from './report';
import { evidenceName, makeFinding } from './rules';
import {
  index,
  isSelf,
  isStaff,
  makePerson,
  nameless,
  unindex,
  weakTeacherMatch,
  type GuardState,
  type Person,
} from './state';
import { displaceClaimants, isTeacher, privilege, refreshCandidate } from './teachers';
import { classify } from './verdicts';

export function rename(s: GuardState, p: Participant, from: string): Finding[] {
  const before = s.present.get(p.id);
  if (!before) return join(s, p);
  unindex(s, before);
  const after = makePerson(s, p, before.joinedAt);
  after.learned = before.learned;
  s.present.set(p.id, after);
  refreshCandidate(s, after);
  const out: Finding[] = [];
  const cosmetic = after.name.key === before.name.key;
  if (isSelf(s, p) || cosmetic) {
    index(s, after);
    return out;
  }
  for (const f of nameFindings(p.id, p.name, after.name, classify(s, after))) emit(s, out, f, after);
  if (isTeacher(s, after)) {
    index(s, after);
    displaceClaimants(s, after, out);
    return out;
  }
  renamedTo(s, before, after, `renamed from "${evidenceName(from)}" to "${evidenceName(p.name)}"`, out);
  return out;
}

/** What the new name is: the teacher's, someone present's, a false title, a roster name, or just new. */
function renamedTo(s: GuardState, before: Person, after: Person, detailFrom: string, out: Finding[]): void {
  const text = evidenceName(after.p.name);
  const teacherCopy = copiedTeacher(s, after);
  const copy = teacherCopy === null && !nameless(after.name) ? copiedPresent(s, after) : null;
  // Indexed after the copy search, so that the new name does not find itself.
  index(s, after);
  const title = teacherCopy === null && !copy ? falseTitle(s, after) : null;
  if (teacherCopy !== null) {
    after.impostor = true;
    emit(
      s,
      out,
      makeFinding('participant.rename.teacher', subjectOf(after), {
        text,
        matched: teacherCopy,
        detail: `${detailFrom}: the teacher's name`,
      }),
      after,
    );
  } else if (copy) {
    after.impostor = true;
    emit(
      s,
      out,
      makeFinding('participant.rename.present', subjectOf(after), {
        text,
        matched: evidenceName(copy.other.p.name),
        detail: `${detailFrom}: the name of ${copy.other.p.id}, who is in the call`,
      }),
      after,
    );
  } else if (title !== null) {
    after.impostor = true;
    emitFor(s, out, after, 'participant.impersonation.title', {
      matched: title,
      detail: `${detailFrom}: calls themself "${title}" but is not the teacher`,
    });
  } else if (s.options.flagRenames) {
    const entry = after.match?.entry;
    const toRoster = entry !== undefined && after.match?.verdict !== 'unknown' && before.match?.entry !== entry;
    out.push(
      toRoster
        ? makeFinding('participant.rename.roster', subjectOf(after), {
            text,
            matched: entry.name,
            detail: `${detailFrom}: a roster name`,
          })
        : makeFinding('participant.rename', subjectOf(after), { text, detail: detailFrom }),
    );
  }
}

export function roleChange(s: GuardState, p: Participant): Finding[] {
  const person = s.present.get(p.id);
  if (!person) return join(s, p);
  // Judged by who they were before the promotion: any host counts as the teacher afterwards.
  const wasTeacher = isTeacher(s, person);
  person.p = p;
  refreshCandidate(s, person);
  const out: Finding[] = [];
  // The host promoting someone with a teacher's name ("Thầy Bình" on a second device) vouches for them.
  if (isStaff(p.role) && person.impostor && weakTeacherMatch(person.teacherMatch)) person.impostor = false;
  if (isStaff(p.role) && !wasTeacher) privilege(s, person, out);
  if (isTeacher(s, person)) displaceClaimants(s, person, out);
  return out;
}
