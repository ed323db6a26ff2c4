/** Turns stored events into plain text lines and exports. Pure: the report page and tests share it. */
import type { StoredEvent } from '../../common/protocol';
import type { Finding } from '../../common/model';
import { csvCell, visibleText } from '../../common/visible-text';
import { groupIncidents, incidentIds } from './incidents';

type P = Record<string, unknown>;
const nameOf = (p: unknown): string => visibleText(String((p as P | undefined)?.['name'] ?? ''), 256);

export function summarize(e: StoredEvent): string {
  const p = e.payload as P;
  switch (e.type) {
    case 'participant.joined':
    case 'participant.left':
    case 'participant.role':
    case 'waiting.joined':
    case 'waiting.admitted':
    case 'waiting.left':
      return nameOf(p['participant']);
    case 'participant.renamed':
      return `${visibleText(String(p['from'] ?? ''), 256)} → ${nameOf(p['participant'])}`;
    case 'share.started':
    case 'share.stopped':
      return nameOf(p['presenter']) || '?';
    case 'chat.message': {
      const m = p['message'] as P | undefined;
      const to = m?.['privateTo'] ? ` → ${visibleText(String(m['privateTo']), 256)}` : '';
      return `${visibleText(String(m?.['senderName'] ?? ''), 256)}${to}: ${visibleText(String(m?.['text'] ?? ''))}`;
    }
    case 'finding': {
      const f = p['finding'] as Finding | undefined;
      if (!f) return '';
      const subject = f.subject.name ? visibleText(f.subject.name, 256) + ' — ' : '';
      return `[${f.tier}/${f.severity}] ${f.category} (${f.ruleId}): ${subject}${visibleText(f.evidence.text ?? f.evidence.detail ?? '')}`;
    }
    case 'coverage.changed': {
      const c = p['coverage'] as P | undefined;
      return `roster ${String(c?.['roster'])}, chat ${String(c?.['chat'])}, presenter ${String(c?.['presenter'])}`;
    }
    case 'teacher.action': {
      const about =
        typeof p['findingId'] === 'string' && p['findingId'] ? ` (finding ${p['findingId'].slice(0, 64)})` : '';
      const text = typeof p['note'] === 'string' ? visibleText(p['note']) : visibleText(String(p['words'] ?? ''), 200);
      return `${String(p['action'] ?? '')}${about}: ${text}`;
    }
    case 'meeting.state':
      return String(p['state'] ?? '');
    case 'detector.failed':
      return `${String(p['detector'] ?? '')} failed on event ${String(p['observationId'] ?? '')}: ${visibleText(String(p['error'] ?? ''), 300)}`;
    case 'event.quarantined':
      return `${String(p['originalType'] ?? '?')} kept as raw text (${String(p['reason'] ?? '')}): ${visibleText(String(p['raw'] ?? ''), 300)}`;
    default:
      return visibleText(JSON.stringify(p), 300);
  }
}

/**
 * The words a "not harmful" click allows: the flagged span of the chat message it was raised on,
 * else the matched words. Null when the finding is not about a chat message.
 */
export function wordsToAllow(finding: StoredEvent, events: readonly StoredEvent[]): string | null {
  const f = finding.payload['finding'] as Finding | undefined;
  // Only findings about a chat message name one (names and participants never do).
  if (!f?.subject.messageId) return null;
  const source = events.find((e) => e.id === finding.payload['observationId']);
  const text = (source?.payload['message'] as { text?: string } | undefined)?.text;
  const words =
    text && f.evidence.span
      ? text.slice(f.evidence.span[0], f.evidence.span[1])
      : (f.evidence.matched ?? f.evidence.text ?? '');
  return words.trim().slice(0, 100) || null;
}

/** One row per event; a finding's last cell is its incident's id (incidents.ts), empty for other events. */
export function toCsv(events: readonly StoredEvent[]): string {
  const incidentOf = incidentIds(groupIncidents(events));
  const header = ['seq', 'time', 'type', 'details', 'id', 'hash', 'incident'].map(csvCell).join(',');
  const rows = events.map((e) =>
    [e.seq, e.time, e.type, summarize(e), e.id, e.hash, incidentOf.get(e.id) ?? ''].map(csvCell).join(','),
  );
  // BOM: Excel opens UTF-8 Vietnamese correctly only with it.
  return '\ufeff' + [header, ...rows].join('\r\n') + '\r\n';
}
