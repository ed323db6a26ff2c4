/** The badge the page shows next to a participant or a waiting-list entry. */
import { tick } from './learning';
import type { Badge } from './participant-guard';
import type { GuardState } from './state';
import { isTeacher } from './teachers';

export function badgeFor(s: GuardState, participantId: string): Badge | null {
  tick(s, s.now());
  const person = s.present.get(participantId) ?? s.waiting.get(participantId);
  if (!person) return null;
  if (person.impostor) return 'impostor';
  if (s.present.has(participantId) && isTeacher(s, person)) return 'teacher';
  if (s.rosterIndex !== null) {
    const v = person.match?.verdict;
    return v === 'known' ? 'roster' : v === 'approximate' ? 'similar' : 'unknown';
  }
  return person.learned ? 'roster' : null;
}
