/** Types only: the zod schemas are in src/background/validate.ts, out of the content bundle. */
import type {
  Coverage,
  Finding,
  FindingCategory,
  MeetingIdentity,
  MeetingState,
  Participant,
  Platform,
  Presenter,
  Severity,
} from './model';
import type { Settings } from './settings';
import type { ClassConfig } from './classes';
import type { ChecklistItem, ChecklistStatus } from './checklist';
import type { ChecklistResume } from './checklist-resume';

/** docs/events.md. Observations keep their kind as the type. */
export const EVENT_TYPES = [
  'session.started',
  'event.quarantined',
  'content.attached',
  'meeting.state',
  'participant.joined',
  'participant.left',
  'participant.renamed',
  'participant.role',
  'participants.unnamed',
  'waiting.joined',
  'waiting.admitted',
  'waiting.left',
  'share.started',
  'share.stopped',
  'chat.message',
  'coverage.changed',
  'finding',
  'detector.failed',
  'teacher.action',
  'checklist.item',
  'checklist.card',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The id is fixed at the source, so an event delivered twice is stored once. */
export interface EventDraft {
  id: string;
  type: EventType;
  time: string;
  payload: Record<string, unknown>;
}

export interface StoredEvent extends EventDraft {
  sessionId: string;
  seq: number;
  prevHash: string;
  hash: string;
}

export interface SessionRecord {
  id: string;
  /** What makes a reload the same meeting (docs/events.md, "Sessions"). */
  key: string;
  meeting: MeetingIdentity;
  startedAt: string;
  lastEventAt: string;
  endedAt: string | null;
  eventCount: number;
  headHash: string;
  /** Findings in the log, for the meetings list (absent in logs written before it was counted). */
  findingCount?: number;
  /** Kept as evidence: retention never deletes it (docs/events.md, "Retention"). */
  keptAsEvidence?: boolean;
}

/** What retention deleted, kept after the meeting's events are gone. */
export interface PurgeRecord {
  id?: number;
  purgedAt: string;
  sessionId: string;
  platform: string;
  code: string | null;
  startedAt: string;
  lastEventAt: string;
  eventCount: number;
  headHash: string;
  retentionDays: number;
  /** Why: the retention period, or storage near its quota (absent in records written before the second). */
  reason?: 'retention' | 'storage';
}

/** Storage near its quota (docs/events.md): what the worker last had to do about it. */
export interface StorageWarning {
  /** `purged`: old meetings were deleted to make room; `full`: nothing more could be deleted. */
  level: 'purged' | 'full';
  at: string;
  /** Meetings deleted by this check. */
  purged: number;
  /** The estimate at that check. */
  usage: number;
  quota: number;
  /** Bytes deleted, by that check and earlier ones, that the estimate did not show yet. */
  freed?: number;
  /** A write was refused for lack of space (the events wait in the outbox). */
  writeRefused?: boolean;
}

export interface StorageStatus {
  usage: number | null;
  quota: number | null;
  warning: StorageWarning | null;
}

/** Seeds a restarted content script, so it reports no join or message twice. */
export interface ResumeState {
  state: MeetingState | null;
  coverage: Coverage | null;
  participants: Participant[];
  waiting: Participant[];
  presenters: Presenter[];
  chatIds: string[];
  /** The teacher paused the guard's alerts in this meeting (popup). */
  paused?: boolean;
  /** The pre-class checklist as logged: ticks, page states, the card dismissed (docs/checklist.md). */
  checklist?: ChecklistResume;
}

/** [request payload, reply value]. */
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
  /** Kept as evidence or not; the change is logged in the meeting's chain. */
  'log.keep': [{ sessionId: string; keep: boolean }, SessionRecord];
  /** Newest first. */
  'log.purges': [Record<string, never>, PurgeRecord[]];
  /** Storage used and its quota, with the last near-quota warning (docs/events.md, "Storage near its quota"). */
  'log.storage': [Record<string, never>, StorageStatus];
  /** One list per name, in order. */
  'names.classify': [{ names: string[] }, { verdicts: Finding[][] }];
  /** Opens the safety guide in a tab (the meeting tab cannot open extension pages itself). */
  'guide.open': [{ lang: 'vi' | 'en' }, null];
  /**
   * "In my class" in the meeting tab's panel: the worker adds the name of that finding's person to the
   * class roster and tells the tab (as for a notification's button); `text` says what happened.
   */
  'roster.add': [{ sessionId: string; findingId: string; name: string }, { ok: boolean; text: string }];
  /** The panel's "Save" on the learned roster (docs/detectors.md, "Learning mode"). */
  'roster.learned.save': [{ sessionId: string; names: string[] }, LearnedSaveReply];
  // Forwarding (docs/forwarding.md): the settings page's status and test button.
  'forwarding.status': [Record<string, never>, ForwardingStatus];
  'forwarding.test': [Record<string, never>, { ok: boolean; error?: string }];
  // Parent mode (docs/parent-mode.md): every change goes through the worker, which asks for the PIN.
  'settings.write': [{ settings: Record<string, unknown> }, { written: true }];
  'parent.status': [Record<string, never>, ParentStatus];
  'parent.setup': [{ pin: string }, ParentStatus];
  'parent.unlock': [{ pin: string }, ParentStatus & { ok: boolean }];
  'parent.lock': [Record<string, never>, ParentStatus];
  'parent.disable': [Record<string, never>, ParentStatus];
  'parent.summary': [Record<string, never>, ParentSummary];
  /** The meeting tab asks before pausing the guard: refused in parent mode unless the parent unlocked. */
  'parent.allows': [{ what: 'pause' }, { allowed: boolean; reason: 'parent-locked' | null }];
}

export interface ParentStatus {
  enabled: boolean;
  /** ms since the epoch; null while locked. */
  unlockedUntil: number | null;
  /** The next PIN attempt is refused until then. */
  retryAfterMs: number;
}

export interface ParentSummary {
  classes: {
    sessionId: string;
    platform: Platform;
    title: string | null;
    startedAt: string;
    endedAt: string;
    /** Alerts in that class. */
    incidents: number;
    categories: FindingCategory[];
    /** Participant-side findings: what reached the child (`ruleId` says which advice, common/rule-words.ts). */
    seen: { time: string; category: FindingCategory; ruleId: string; name: string | null; words: string | null }[];
  }[];
}

export interface ForwardingStatus {
  pending: number;
  /** When the oldest item still waiting was queued (the popup's "waiting since"); null when none waits. */
  oldestQueuedAt?: number | null;
  status: {
    lastSuccessAt: number | null;
    lastFailure: { at: number; error: string } | null;
    givenUp: number;
  };
}

export type MessageName = keyof ProtocolMap;
export type Request<K extends MessageName = MessageName> = { type: K; payload: ProtocolMap[K][0] };
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Text beyond them is cut and the cut recorded (docs/events.md). */
export const LIMITS = {
  messageBytes: 1_000_000,
  payloadBytes: 64_000,
  eventsPerBatch: 200,
  nameChars: 256,
  chatChars: 4_000,
} as const;

/** For "Everyone here now is my class". */
export interface CapturedRoster {
  meeting: MeetingIdentity;
  /** The host, saved as the class's teacher. */
  teacher: string | null;
  roster: { name: string }[];
}

/** Answered with `Reply<PageReplies[type]>`, or not at all (content/page-requests.ts). */
export type PageRequest =
  | { type: 'roster.capture' }
  | { type: 'ping' }
  | { type: 'settings.changed' }
  | PanelFindings
  | { type: 'popup.state' }
  | TeacherActRequest
  | LearnedRosterRequest
  | ChecklistRequest;

export interface PageReplies {
  'roster.capture': CapturedRoster;
  ping: 'alive';
  'settings.changed': never;
  'panel.findings': never;
  'popup.state': PopupState;
  /** `refused`: not applied; parent mode is on and locked, or the worker could not be asked. */
  'teacher.act': { done: boolean; refused?: 'parent-locked' | 'unavailable' };
  checklist: ChecklistStatus;
  'roster.learned': LearnedRoster;
  'roster.learned.answer': LearnedRoster;
}

// ── The learned roster (docs/detectors.md, "Learning mode") ───────────────────────────────────────
/**
 * `roster.learned`: what the meeting tab learned as the class (raiders left out) and whether the
 * teacher is still asked to confirm it. Saving it is `saveCapturedRoster` with `captured`; the saved
 * class reaches the tab as `settings.changed`. `roster.learned.answer` withdraws the offer (the
 * teacher saved or dismissed it) and answers with the state after.
 */
export type LearnedRosterRequest = { type: 'roster.learned' } | { type: 'roster.learned.answer' };

/** `count` names saved to `className`; else why not (`gone`: the session or its names are not in the log). */
export type LearnedSaveReply =
  { ok: true; count: number; className: string } | { ok: false; reason: 'locked' | 'gone' };

export interface LearnedRoster {
  captured: CapturedRoster;
  /** Still learning (window open), offered (ended, awaiting the teacher), or answered / not learning. */
  status: 'learning' | 'offered' | 'none';
  /** While learning, when the window ends (ms since the epoch). */
  endsAt: number | null;
}

/** From the popup to the meeting tab's checklist (docs/checklist.md); every op answers with the status. */
export type ChecklistRequest =
  | { type: 'checklist'; op: 'get' | 'show' | 'open-people' | 'open-chat' }
  | { type: 'checklist'; op: 'tick'; item: ChecklistItem; done: boolean };

/** A `teacher.action` event written by the in-meeting panel (docs/teacher-steps.md). */
export interface TeacherActionPayload {
  action: 'dismissed' | 'note' | 'shown-in-list' | 'in-my-class' | 'paused' | 'resumed';
  /** Where the teacher acted, when not in the panel. */
  source?: 'popup' | 'notification';
  /** in-my-class: the class whose roster got the name. */
  className?: string;
  /** The newest finding of the entry acted on, and all of them (a raid is many); '' for pause/resume. */
  findingId: string;
  findingIds: string[];
  /** The person's name, or the raid's arrivals, for the report's sentence. */
  words?: string;
  note?: string;
  /** shown-in-list: whether the row was on screen. */
  found?: boolean;
}

/** Findings the worker derived (chat), told to the meeting tab that wrote their messages. */
export interface PanelFindings {
  type: 'panel.findings';
  sessionId: string;
  findings: { id: string; time: string; finding: Finding }[];
}

// --- The popup and notifications (docs/popup.md) ---

/** An open entry of the meeting's alert panel, as the popup lists it. Names are hostile text. */
export interface PopupEntry {
  key: string;
  kind: 'person' | 'raid';
  name: string | null;
  categories: FindingCategory[];
  severity: Severity;
  lastAt: string;
  findingIds: string[];
  /** The newest few findings' evidence, newest first. */
  evidence: Finding['evidence'][];
  joinCount: number;
  joins: string[];
}

/** The meeting in the active tab, as its content script sees it now. */
export interface PopupState {
  sessionId: string;
  meeting: MeetingIdentity;
  state: MeetingState;
  /** The matched class; null: learning mode (no class, or no roster). */
  className: string | null;
  rosterSize: number;
  learning: boolean;
  /** At most POPUP_PEOPLE_MAX; `participantCount` is the client's own count when it shows one. */
  participants: Pick<Participant, 'name' | 'role' | 'self'>[];
  participantCount: number;
  waiting: Pick<Participant, 'name'>[];
  presenters: Pick<Presenter, 'name' | 'self'>[];
  entries: PopupEntry[];
  review: number;
  coverage: Coverage | null;
  paused: boolean;
}

export const POPUP_PEOPLE_MAX = 300;

/** What the teacher did in the popup or a notification; the meeting tab logs it and updates its panel. */
export type TeacherAct =
  | { action: 'dismissed'; key: string }
  | { action: 'in-my-class'; key: string | null; name: string; className: string; findingId?: string }
  | { action: 'paused' }
  | { action: 'resumed' };

export interface TeacherActRequest {
  type: 'teacher.act';
  sessionId: string;
  act: TeacherAct;
  source: 'popup' | 'notification' | 'panel';
}
