/** Seeds a restarted content script's tracker, so the log gets no second "joined" or chat message. */
import type { Coverage, MeetingState, Participant, Presenter } from '../common/model';
import type { ResumeState, StoredEvent } from '../common/protocol';
import { foldChecklist } from '../common/checklist-resume';

const CHAT_IDS_KEPT = 5_000;

export function foldSessionState(events: readonly StoredEvent[]): ResumeState {
  const participants = new Map<string, Participant>();
  const waiting = new Map<string, Participant>();
  const presenters = new Map<string, Presenter>();
  const chatIds: string[] = [];
  let coverage: Coverage | null = null;
  let state: MeetingState | null = null;
  let paused = false;
  const presenterKey = (p: Presenter) => p.participantId ?? `name:${p.name ?? ''}`;

  for (const e of events) {
    const p = e.payload as Record<string, unknown>;
    const participant = p['participant'] as Participant | undefined;
    switch (e.type) {
      case 'participant.joined':
      case 'participant.renamed':
      case 'participant.role':
        if (participant) participants.set(participant.id, participant);
        break;
      case 'participant.left':
        if (participant) participants.delete(participant.id);
        break;
      case 'waiting.joined':
        if (participant) waiting.set(participant.id, participant);
        break;
      case 'waiting.admitted':
      case 'waiting.left':
        if (participant) waiting.delete(participant.id);
        break;
      case 'share.started': {
        const pr = p['presenter'] as Presenter | undefined;
        if (pr) presenters.set(presenterKey(pr), pr);
        break;
      }
      case 'share.stopped': {
        const pr = p['presenter'] as Presenter | undefined;
        if (pr) presenters.delete(presenterKey(pr));
        break;
      }
      case 'chat.message': {
        const id = (p['message'] as { id?: unknown } | undefined)?.id;
        if (typeof id === 'string') chatIds.push(id);
        break;
      }
      case 'teacher.action':
        if (p['action'] === 'paused') paused = true;
        else if (p['action'] === 'resumed') paused = false;
        break;
      case 'coverage.changed':
        coverage = (p['coverage'] as Coverage | undefined) ?? coverage;
        break;
      case 'meeting.state':
        state = (p['state'] as MeetingState | undefined) ?? state;
        // The tracker forgets shares when a call ends; so does the resumed state.
        if (state !== 'in-call') presenters.clear();
        break;
    }
  }
  return {
    state,
    coverage,
    participants: [...participants.values()],
    waiting: [...waiting.values()],
    presenters: [...presenters.values()],
    chatIds: chatIds.slice(-CHAT_IDS_KEPT),
    paused,
    checklist: foldChecklist(events),
  };
}
