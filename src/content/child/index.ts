/**
 * Participant-side guarding (docs/parent-mode.md#the-child-in-class): when this browser takes part in
 * a class and is not its host, a finding aimed at what the child sees becomes calm advice on the
 * page, and a `child.*` finding in the log, which forwarding sends to the parent's channel.
 */
import type { ClassConfig } from '../../common/classes';
import type { Finding, Observation, Snapshot } from '../../common/model';
import type { PanelFindings } from '../../common/protocol';
import { adviceFor, childFinding, type AdviceKind } from './rules';
import { showAdvice } from './advice-card';
import { createPrivateWatch } from './private';
import type { Lang } from '../messages';

/** The same advice about the same person is not shown again within this time. */
const REPEAT_MS = 2 * 60_000;

export interface ChildGuard {
  /** `sourceId`: the event the child finding links to (the observation, or the worker's finding on it). */
  finding(f: Finding, snap: Snapshot | null, sourceId: string): void;
  /** Every observation, as recorded: private messages to the child are judged by who sent them. */
  observed(obs: Observation, snap: Snapshot, observationId: string): void;
  /** What the log had before a reload: who is host or co-host is learnt, nothing is judged. */
  replay(obs: Observation): void;
}

export interface ChildGuardDeps {
  emit: (f: Finding, observationId: string) => void;
  enabled: () => boolean;
  /** This meeting's class, once the session has opened (null: none known). */
  classConfig: () => ClassConfig | null;
  /** The language the page's guard speaks (the advice uses it too). */
  lang: () => Lang;
  now?: () => number;
}

export function createChildGuard(doc: Document, deps: ChildGuardDeps): ChildGuard {
  const { emit, enabled, now = Date.now } = deps;
  const shown = new Map<string, number>();
  const privates = createPrivateWatch(deps.classConfig);
  // Only on a participant's screen: the host is the teacher, who has the alert panel.
  const childSide = (snap: Snapshot | null) => enabled() && snap?.self.host === false;
  return {
    finding(f, snap, sourceId) {
      if (!childSide(snap) || f.ruleId.startsWith('child.')) return;
      const kind: AdviceKind | null = adviceFor(f);
      if (!kind) return;
      const key = `${kind}\u0000${f.subject.participantId ?? f.subject.name ?? ''}`;
      const last = shown.get(key);
      if (last !== undefined && now() - last < REPEAT_MS) return;
      shown.set(key, now());
      showAdvice(doc, kind, deps.lang());
      emit(childFinding(kind, f), sourceId);
    },
    observed(obs, snap, observationId) {
      // Staff are noted whatever the side, so a later switch to the child's side knows them.
      privates.note(obs);
      if (obs.kind !== 'chat.message' || !childSide(snap)) return;
      const f = privates.check(obs.message);
      if (!f) return;
      showAdvice(doc, 'private', deps.lang());
      emit(f, observationId);
    },
    replay: (obs) => privates.note(obs),
  };
}

/** The worker's chat findings, as pushed to this tab for the panel. */
export function childFromWorker(guard: ChildGuard | null | undefined, snap: Snapshot | null, msg: PanelFindings): void {
  if (!guard || !Array.isArray(msg.findings)) return;
  for (const ev of msg.findings) if (ev?.finding) guard.finding(ev.finding, snap, ev.id);
}
