/**
 * Which findings are one incident (docs/report-format.md, "Incidents and findings"): the findings a
 * detector raised on one observed event about one person, e.g. a chat message that is both profane
 * and an insult. Shared by the log's per-meeting count and the report, so both count alike.
 */

type P = Record<string, unknown>;
const obj = (v: unknown): P => (v !== null && typeof v === 'object' ? (v as P) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/**
 * The grouping key of a `finding` event's payload, or null when it is an incident of its own: no
 * observation named (logs of older versions), or a raid (one finding about many people already).
 */
export function incidentKey(payload: unknown): string | null {
  const p = obj(payload);
  const observation = str(p['observationId']);
  const finding = obj(p['finding']);
  if (!observation || finding['category'] === 'raid') return null;
  const subject = obj(finding['subject']);
  // One event can name several people (the teacher joining exposes each claimant): one incident each.
  const who = str(subject['participantId']) ?? str(subject['name']) ?? '';
  return `${observation}\u0000${who}`;
}
