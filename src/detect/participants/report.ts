/** Findings out of the guard: each (rule, person, name) once, and rules the person already had left out. */
import type { Finding } from '../../common/model';
import { evidenceName, makeFinding, type ParticipantRuleId } from './rules';
import type { GuardState, Person } from './state';

export const subjectOf = (person: Person): Finding['subject'] => ({
  participantId: person.p.id,
  name: evidenceName(person.p.name),
});

export function emit(s: GuardState, out: Finding[], finding: Finding, person: Person | null): void {
  const key = person
    ? `${finding.ruleId}|${person.p.id}|${person.loose}`
    : `${finding.ruleId}||${(finding.evidence.names ?? []).join(',')}`;
  if (s.reported.has(key)) return;
  s.reported.add(key);
  out.push(finding);
}

export function emitFor(
  s: GuardState,
  out: Finding[],
  person: Person,
  ruleId: ParticipantRuleId,
  evidence: Finding['evidence'],
  suppressed?: Set<string>,
): void {
  if (suppressed?.has(ruleId)) return;
  emit(s, out, makeFinding(ruleId, subjectOf(person), { text: evidenceName(person.p.name), ...evidence }), person);
}

/** The rules already reported about this person's id. */
export function rulesReportedFor(s: GuardState, person: Person): Set<string> {
  const rules = new Set<string>();
  for (const key of s.reported) {
    const [ruleId, id] = key.split('|');
    if (id === person.p.id && ruleId) rules.add(ruleId);
  }
  return rules;
}
