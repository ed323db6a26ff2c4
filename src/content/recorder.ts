/** Storing never depends on judging: a detector that throws is logged once, and the event is stored anyway. */
import type { Finding, Observation, Snapshot } from '../common/model';
import type { EventDraft, EventType } from '../common/protocol';
import { isoWithOffset } from '../common/time';
import type { Guards } from './guards';
import type { InstanceState } from './instance-state';
import { createVerdictRequests } from './verdict-requests';

export interface Recorder {
  emit(type: EventType, payload: Record<string, unknown>): string;
  /** All at one time: they were observed together. */
  recordAll(observations: readonly Observation[], snap: Snapshot, now: number): void;
  /** One request at a time. */
  checkNames(g: Guards): void;
  forgetNameEvents(): void;
  awaitingVerdicts(): number;
}

export function createRecorder(state: InstanceState): Recorder {
  // A counter in the last group of this instance's UUID: unique, and cheaper than a UUID per event.
  const idBase = crypto.randomUUID().slice(0, 24);
  let idSeq = 0;
  let flushTime: string | null = null;
  const emit = (type: EventType, payload: Record<string, unknown>): string => {
    const draft: EventDraft = {
      id: idBase + (idSeq++).toString(16).padStart(12, '0'),
      type,
      time: flushTime ?? isoWithOffset(),
      payload,
    };
    state.outbox.push(draft);
    if (type === 'finding') {
      state.overlay?.finding({ id: draft.id, time: draft.time, finding: payload['finding'] as Finding });
      state.child?.finding(payload['finding'] as Finding, state.lastSnap, String(payload['observationId'] ?? draft.id));
    }
    return draft.id;
  };

  const failedDetectors = new Set<string>();
  const detectorFailed = (detector: string, observationId: string | null, err: unknown): void => {
    if (failedDetectors.has(detector)) return;
    failedDetectors.add(detector);
    console.warn(`Class Guard: ${detector} failed:`, err);
    emit('detector.failed', { detector, observationId, error: String(err).slice(0, 300) });
  };
  const judge = (obs: Observation, snap: Snapshot, observationId: string): Finding[] => {
    try {
      return state.guards ? state.guards.observe(obs, snap) : [];
    } catch (err) {
      detectorFailed('participants', observationId, err);
      return [];
    }
  };

  const verdicts = createVerdictRequests(state, emit, detectorFailed);
  const record = (obs: Observation, snap: Snapshot): void => {
    const { kind, ...payload } = obs;
    const observationId = emit(kind, payload);
    const findings = judge(obs, snap, observationId);
    verdicts.named(obs, observationId);
    for (const finding of findings) emit('finding', { finding, observationId });
    try {
      state.child?.observed(obs, snap, observationId);
    } catch (err) {
      detectorFailed('child', observationId, err);
    }
    if (obs.kind === 'coverage.changed') state.overlay?.coverageChanged(obs.coverage);
    if (obs.kind !== 'chat.message') state.overlay?.changed();
  };

  return {
    emit,
    recordAll(observations, snap, now) {
      flushTime = isoWithOffset(now);
      try {
        for (const obs of observations) record(obs, snap);
      } finally {
        flushTime = null;
      }
    },
    checkNames: verdicts.check,
    forgetNameEvents: verdicts.forget,
    awaitingVerdicts: verdicts.awaiting,
  };
}
