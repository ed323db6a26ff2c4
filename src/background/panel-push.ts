/**
 * Chat findings are derived here, as their messages are stored; the meeting tab's alert panel learns
 * of them from this message. Findings the page raised itself are not sent back.
 */
import type { Finding } from '../common/model';
import type { EventDraft, PanelFindings } from '../common/protocol';
import { sendToTab } from '../browser/tabs';

/** The `finding` events in `events` about a `chat.message` stored with them. */
export function workerFindings(events: readonly EventDraft[]): PanelFindings['findings'] {
  const chat = new Set(events.filter((e) => e.type === 'chat.message').map((e) => e.id));
  return events
    .filter((e) => e.type === 'finding' && chat.has(e.payload['observationId'] as string))
    .map((e) => ({ id: e.id, time: e.time, finding: e.payload['finding'] as Finding }));
}

export function pushToPanel(sessionId: string, events: readonly EventDraft[], tabId: number | undefined): void {
  if (tabId === undefined) return;
  const findings = workerFindings(events);
  if (findings.length === 0) return;
  // A tab closed or reloaded meanwhile has no listener: nothing to tell.
  sendToTab(tabId, { type: 'panel.findings', sessionId, findings }).catch(() => undefined);
}
