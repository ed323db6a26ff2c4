/**
 * The one messaging protocol between content scripts, the service worker and extension pages.
 * Types only: the worker validates every incoming message against the zod schemas in
 * src/background/validate.ts (kept out of the content bundle), and answers `Reply<T>`.
 */
import type { Coverage, Finding, MeetingIdentity, MeetingState, Participant, Presenter } from './model';
import type { Settings } from './settings';
import type { ClassConfig } from './classes';

/** Event types stored in the log (docs/events.md). Observations keep their kind as the type. */
export const EVENT_TYPES = [
  // written by the worker
  'session.started',
  'event.quarantined',
  // written by content scripts
  'content.attached',
  'meeting.state',
  'participant.joined',
  'participant.left',
  'participant.renamed',
  'participant.role',
  'waiting.joined',
  'waiting.admitted',
  'waiting.left',
  'share.started',
  'share.stopped',
  'chat.message',
  'coverage.changed',
  'finding',
  // written by the worker or a content script when a detector threw on an event
  'detector.failed',
  // written by extension pages on the teacher's behalf
  'teacher.action',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** An event as its observer mints it: the id is unique and fixed at the source, so an event delivered twice is stored once. */
export interface EventDraft {
  id: string;
  type: EventType;
  /** ISO 8601 with offset, the time it was observed. */
  time: string;
  payload: Record<string, unknown>;
}

export interface StoredEvent extends EventDraft {
  sessionId: string;
  /** 0-based position in the session's chain. */
  seq: number;
  prevHash: string;
  hash: string;
}

export interface SessionRecord {
  id: string;
  /** platform + meeting code (or URL path when the code is unknown): what makes a reload the same meeting. */
  key: string;
  meeting: MeetingIdentity;
  startedAt: string;
  lastEventAt: string;
  endedAt: string | null;
  eventCount: number;
  headHash: string;
}

/** A resumed session's state as its log tells it, to seed a restarted content script (no duplicate joins or messages). */
export interface ResumeState {
  state: MeetingState | null;
  coverage: Coverage | null;
  participants: Participant[];
  waiting: Participant[];
  presenters: Presenter[];
  chatIds: string[];
}

/** Message name → [request payload, reply value]. */
export interface ProtocolMap {
  'session.open': [
    { meeting: MeetingIdentity },
    { sessionId: string; resumed: ResumeState | null; settings: Settings; classConfig: ClassConfig | null },
  ];
  'events.append': [{ sessionId: string; events: EventDraft[] }, { stored: string[] }];
  'meeting.config': [{ meeting: MeetingIdentity }, { settings: Settings; classConfig: ClassConfig | null }];
  'settings.get': [Record<string, never>, { settings: Settings; locked: string[]; problems: string[] }];
  'log.sessions': [Record<string, never>, SessionRecord[]];
  'log.events': [{ sessionId: string }, StoredEvent[]];
  'log.verify': [
    { sessionId: string },
    { valid: boolean; count: number; head?: string; brokenAt?: number; reason?: string },
  ];
  /** The chat classifier's findings about display names (one list per name, in order), with the settings' word lists. */
  'names.classify': [{ names: string[] }, { verdicts: Finding[][] }];
}

export type MessageName = keyof ProtocolMap;
export type Request<K extends MessageName = MessageName> = { type: K; payload: ProtocolMap[K][0] };
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Hard caps at the boundary (docs/events.md): text beyond them is cut and the cut recorded. */
export const LIMITS = {
  /** One message, serialized. */
  messageBytes: 1_000_000,
  /** One event's payload, serialized. */
  payloadBytes: 64_000,
  eventsPerBatch: 200,
  nameChars: 256,
  chatChars: 4_000,
} as const;

/** The people of the meeting a content script sees, for "Everyone here now is my class". */
export interface CapturedRoster {
  meeting: MeetingIdentity;
  /** The host's display name: the teacher, to be saved as the class's teacher. */
  teacher: string | null;
  roster: { name: string }[];
}

/**
 * Requests from the worker and the extension's pages to a meeting tab's content script
 * (content/page-requests.ts), which answers `Reply<PageReplies[type]>`, or nothing.
 */
export type PageRequest = { type: 'roster.capture' } | { type: 'ping' } | { type: 'settings.changed' };

export interface PageReplies {
  'roster.capture': CapturedRoster;
  ping: 'alive';
  'settings.changed': never;
}
