/**
 * Participant-side guarding (docs/parent-mode.md#the-child-in-class): when this browser takes part in
 * a class and is not its host, a finding aimed at what the child sees becomes calm advice on the
 * page, and a `child.*` finding in the log, which forwarding sends to the parent's channel.
 */
import type { Finding, Snapshot } from '../../common/model';
import type { PanelFindings } from '../../common/protocol';
import { adviceFor, childFinding, type AdviceKind } from './rules';
import { showAdvice } from './advice-card';

/** The same advice about the same person is not shown again within this time. */
const REPEAT_MS = 2 * 60_000;

export interface ChildGuard {
  /** `sourceId`: the event the child finding links to (the observation, or the worker's finding on it). */
  finding(f: Finding, snap: Snapshot | null, sourceId: string): void;
}

export function createChildGuard(
  doc: Document,
  emit: (f: Finding, observationId: string) => void,
  enabled: () => boolean,
  now: () => number = Date.now,
): ChildGuard {
  const shown = new Map<string, number>();
  return {
    finding(f, snap, sourceId) {
      // Only on a participant's screen: the host is the teacher, who has the alert panel.
      if (!enabled() || snap?.self.host !== false || f.ruleId.startsWith('child.')) return;
      const kind: AdviceKind | null = adviceFor(f);
      if (!kind) return;
      const key = `${kind}\u0000${f.subject.participantId ?? f.subject.name ?? ''}`;
      const last = shown.get(key);
      if (last !== undefined && now() - last < REPEAT_MS) return;
      shown.set(key, now());
      showAdvice(doc, kind);
      emit(childFinding(kind, f), sourceId);
    },
  };
}

/** The worker's chat findings, as pushed to this tab for the panel. */
export function childFromWorker(guard: ChildGuard | null | undefined, snap: Snapshot | null, msg: PanelFindings): void {
  if (!guard || !Array.isArray(msg.findings)) return;
  for (const ev of msg.findings) if (ev?.finding) guard.finding(ev.finding, snap, ev.id);
}
