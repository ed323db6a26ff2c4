/** The classifier's verdict on a name may come after the person does. */
import type { Finding } from '../../common/model';
import { classifierFindings } from './name-checks';
import { emit } from './report';
import type { GuardState, Person } from './state';

export function classify(s: GuardState, person: Person): readonly Finding[] | null {
  if (!s.classifyName || person.name.display === '') return null;
  const hits = s.classifyName(person.name.display);
  // On replay a late verdict would not be news.
  if (hits === null && !s.replaying) s.awaitingVerdict.add(person.p.id);
  else s.awaitingVerdict.delete(person.p.id);
  return hits;
}

export function verdictsArrived(s: GuardState): Finding[] {
  const out: Finding[] = [];
  for (const id of s.awaitingVerdict) {
    const person = s.present.get(id) ?? s.waiting.get(id);
    if (!person) {
      s.awaitingVerdict.delete(id);
      continue;
    }
    const hits = s.classifyName?.(person.name.display) ?? null;
    if (hits === null) continue;
    s.awaitingVerdict.delete(id);
    // Only the classifier's part: the name's other findings were reported on arrival.
    for (const f of classifierFindings(id, person.p.name, person.name, hits)) emit(s, out, f, person);
  }
  return out;
}
