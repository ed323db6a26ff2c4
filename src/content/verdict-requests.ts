/**
 * New display names go to the worker for the classifier's verdict, one request at a time (a
 * 1,000-person join is five requests); the findings come back into this meeting's log linked to the
 * event that named the person.
 */
import type { Finding, Observation } from '../shared/model';
import { LIMITS, type EventType } from '../shared/protocol';
import type { Guards } from './guards';
import type { InstanceState } from './instance-state';
import { contextAlive, request } from './messenger';

export interface VerdictRequests {
  /** Notes the event that named a person whose verdict is still awaited. */
  named(obs: Observation, observationId: string): void;
  check(g: Guards): void;
  forget(): void;
  awaiting(): number;
}

type Emit = (type: EventType, payload: Record<string, unknown>) => string;
type Failed = (detector: string, observationId: string | null, err: unknown) => void;

export function createVerdictRequests(state: InstanceState, emit: Emit, detectorFailed: Failed): VerdictRequests {
  /**
   * For the people whose name's verdict has not come yet: the event that told of the name (joined,
   * waiting, renamed), which the late findings link to. Only they are kept, not the whole class.
   */
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
    // More names (or a retry) wait for the next flush; ask now if there are.
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
