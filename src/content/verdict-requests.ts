/** Names go to the worker one request at a time; late findings link to the event that named the person. */
import type { Finding, Observation } from '../common/model';
import { LIMITS, type EventType } from '../common/protocol';
import type { Guards } from './guards';
import type { InstanceState } from './instance-state';
import { contextAlive, request } from './messenger';

export interface VerdictRequests {
  named(obs: Observation, observationId: string): void;
  check(g: Guards): void;
  forget(): void;
  awaiting(): number;
}

type Emit = (type: EventType, payload: Record<string, unknown>) => string;
type Failed = (detector: string, observationId: string | null, err: unknown) => void;

export function createVerdictRequests(state: InstanceState, emit: Emit, detectorFailed: Failed): VerdictRequests {
  /** Only people still awaiting a verdict are kept, not the whole class. */
  const nameEvent = new Map<string, string>();
  let checking = false;

  const check = (g: Guards): void => {
    if (checking || state.stopped) return;
    const names = g.takeNamesToCheck(LIMITS.eventsPerBatch);
    if (names.length === 0) return;
    checking = true;
    request('names.classify', { names }).then(
      ({ verdicts }) => came(g, names, verdicts),
      (err: unknown) => {
        if (!contextAlive()) return;
        console.warn('Class Guard: could not classify names yet:', String(err));
        came(g, names, null);
      },
    );
  };

  const came = (g: Guards, names: string[], verdicts: Finding[][] | null): void => {
    checking = false;
    if (state.stopped || g !== state.guards) return;
    let findings: Finding[] = [];
    try {
      findings = g.verdicts(names, verdicts);
    } catch (err) {
      detectorFailed('participants.names', null, err);
    }
    for (const finding of findings) {
      const id = finding.subject.participantId;
      const observationId = id !== undefined ? nameEvent.get(id) : undefined;
      emit('finding', observationId ? { finding, observationId } : { finding });
    }
    for (const id of nameEvent.keys()) if (!g.awaitsVerdict(id)) nameEvent.delete(id);
    if (findings.length > 0) state.overlay?.changed();
    check(g);
  };

  return {
    named(obs, observationId) {
      const { kind } = obs;
      if (
        kind !== 'participant.joined' &&
        kind !== 'waiting.joined' &&
        kind !== 'participant.renamed' &&
        kind !== 'participant.left'
      )
        return;
      const id = obs.participant.id;
      if (kind !== 'participant.left' && state.guards?.awaitsVerdict(id)) nameEvent.set(id, observationId);
      else nameEvent.delete(id);
    },
    check,
    forget: () => nameEvent.clear(),
    awaiting: () => nameEvent.size,
  };
}
