/** Names that copy someone else's: the teacher's (an impostor) or a present participant's. */
import { isDisguised } from '../../common/names';
import { isTeacher, presentTeachers } from './teachers';
import { sortWords, weakTeacherMatch, type GuardState, type Person } from './state';

/** The teacher's own name does not copy itself. */
export function copiedTeacher(s: GuardState, person: Person): string | null {
  if (isTeacher(s, person)) return null;
  const m = person.teacherMatch;
  if (m?.entry && (m.verdict === 'known' || m.note === 'disguised')) return m.entry.name;
  if (person.name.title && m?.entry && weakTeacherMatch(m)) return m.entry.name;
  // Same skeleton, different text: a visual copy.
  for (const t of s.teacherNames) if (person.skel === t.skel && person.name.display !== t.display) return t.display;
  for (const t of presentTeachers(s)) {
    if (t === person) continue;
    if (person.loose !== '' && person.loose === t.loose) return t.name.display;
    if (person.skel === t.skel) return t.name.display;
    if (
      person.name.title &&
      person.name.tokens.length > 0 &&
      person.name.tokens.every((w) => t.name.tokens.includes(w))
    )
      return t.name.display;
  }
  return null;
}

/** Disguised → impostor, plain → duplicate. */
export function copiedPresent(s: GuardState, person: Person): { other: Person; disguised: boolean } | null {
  const ids = new Set([...s.byLoose.get(person.loose), ...s.bySkeleton.get(person.skel)]);
  for (const id of ids) {
    const other = s.present.get(id);
    if (!other || other === person || other.p.id === person.p.id || isTeacher(s, other)) continue;
    const plain =
      !isDisguised(person.name.flags) &&
      (sortWords(other.name.key) === sortWords(person.name.key) || other.loose === person.loose);
    return { other, disguised: !plain };
  }
  return null;
}

/** Homonyms exist: only more wearers than the roster has for the name. */
export function tooManyWith(s: GuardState, person: Person): boolean {
  let count = 1;
  for (const id of s.byLoose.get(person.loose)) {
    const other = s.present.get(id);
    if (other && other !== person && !isTeacher(s, other) && !isDisguised(other.name.flags)) count++;
  }
  return count > Math.max(1, s.rosterIndex?.countSameName(person.name) ?? 0);
}

/** The title ("Cô", "Thầy") of someone who is not the teacher, in a class that has one; else null. */
export const falseTitle = (s: GuardState, person: Person): string | null =>
  person.name.title !== null && (s.teacherIndex !== null || presentTeachers(s).length > 0) ? person.name.title : null;
