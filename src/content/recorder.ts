/**
 * Turns observations into events in the outbox: each observation, then the findings the detectors
 * raise on it. Storing never depends on judging: a detector that throws is told once in the log, with
 * the event it threw on, and the event is stored regardless.
 */
import type { Finding, Observation, Snapshot } from '../shared/model';
import type { EventDraft, EventType } from '../shared/protocol';
import { isoWithOffset } from '../shared/time';
import type { Guards } from './guards';
import type { InstanceState } from './instance-state';
import { createVerdictRequests } from './verdict-requests';

export interface Recorder {
  emit(type: EventType, payload: Record<string, unknown>): string;
  /** Records what one flush observed, all at one time (they were observed together). */
  recordAll(observations: readonly Observation[], snap: Snapshot, now: number): void;
  /** Asks the worker for the verdicts on new display names (one request at a time). */
  checkNames(g: Guards): void;
  /** A new guard replaced the old: no verdict is awaited for those already here. */
  forgetNameEvents(): void;
  awaitingVerdicts(): number;
}

export function createRecorder(state: InstanceState): Recorder {
  // Event ids: this instance's random UUID with a counter as its last group, unique as UUIDs are
  // and cheaper than a random UUID per event on a busy chat.
  const idBase = crypto.randomUUID().slice(0, 24);
  let idSeq = 0;
  /** While a flush records what it saw: the one time of it all. */
  let flushTime: string | null = null;
  const emit = (type: EventType, payload: Record<string, unknown>): string => {
    const draft: EventDraft = {
      id: idBase + (idSeq++).toString(16).padStart(12, '0'),
      type,
      time: flushTime ?? isoWithOffset(),
      payload,
    };
    state.outbox.push(draft);
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
