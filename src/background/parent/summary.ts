/** The parent page's summary (docs/parent-mode.md): classes attended, their incidents, what the child saw. */
import { incidentKey } from '../../common/incident-key';
import type { Finding } from '../../common/model';
import type { ParentSummary, SessionRecord, StoredEvent } from '../../common/protocol';

/** So a term of classes stays one page. */
export const SUMMARY_SESSIONS = 60;
const WORDS_CHARS = 300;

const cap = (s: string | undefined): string | null =>
  s === undefined ? null : s.length > WORDS_CHARS ? `${s.slice(0, WORDS_CHARS)}…` : s;

/** Pure: newest first; `eventsOf` gives a session's events. */
export async function summarize(
  sessions: readonly SessionRecord[],
  eventsOf: (id: string) => Promise<StoredEvent[]>,
): Promise<ParentSummary> {
  const newest = [...sessions].sort((a, b) => b.startedAt.localeCompare(a.startedAt)).slice(0, SUMMARY_SESSIONS);
  const classes: ParentSummary['classes'] = [];
  for (const s of newest) {
    const findings = (await eventsOf(s.id)).flatMap((e) => {
      const f = e.type === 'finding' ? (e.payload['finding'] as Finding | undefined) : undefined;
      return f && f.tier === 'alert' ? [{ time: e.time, f, key: incidentKey(e.payload) }] : [];
    });
    // As the report counts them: the findings of one message about one person are one incident.
    const grouped = new Set(findings.flatMap(({ key }) => (key === null ? [] : [key])));
    classes.push({
      sessionId: s.id,
      platform: s.meeting.platform,
      title: cap(s.meeting.title ?? undefined),
      startedAt: s.startedAt,
      endedAt: s.endedAt ?? s.lastEventAt,
      incidents: grouped.size + findings.filter(({ key }) => key === null).length,
      // What reached the child's screen: the participant-side findings, with the words they were about.
      seen: findings
        .filter(({ f }) => f.ruleId.startsWith('child.'))
        .map(({ time, f }) => ({
          time,
          category: f.category,
          ruleId: f.ruleId,
          name: cap(f.subject.name),
          // The words the child was sent; the detector's English note is for the log, not the parent.
          words: cap(f.evidence.text),
        })),
      categories: [...new Set(findings.map(({ f }) => f.category))],
    });
  }
  return { classes };
}
