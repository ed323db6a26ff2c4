/** Snapshot → Observation → Finding (docs/architecture.md, "Data flow"). */

export type Platform = 'meet' | 'zoom' | 'teams';
export const PLATFORMS: readonly Platform[] = ['meet', 'zoom', 'teams'];

export interface MeetingIdentity {
  platform: Platform;
  /** Normalized as the platform names it; null when the page does not reveal it (yet). */
  code: string | null;
  title: string | null;
  url: string;
}

/** ended: the call is over for us (ended, removed, denied). */
export type MeetingState = 'prejoin' | 'waiting' | 'in-call' | 'ended' | 'unknown';

export type Role = 'host' | 'cohost' | 'participant' | 'guest' | 'external';

export interface Participant {
  /** Derived from the name where the client has no stable id (idStable false): a rename is then a leave and a join. */
  id: string;
  idStable: boolean;
  /** Suffixes such as "(Guest)" kept. */
  name: string;
  role: Role;
  self: boolean;
}

export interface Presenter {
  participantId: string | null;
  name: string | null;
  self: boolean;
}

export interface ChatMessage {
  id: string;
  senderId: string | null;
  /** From the run's first message where the client omits it on follow-ons. */
  senderName: string;
  self: boolean;
  text: string;
  /** ISO 8601 when the client gives it, else the displayed time. */
  time: string | null;
  /** null: to everyone. */
  privateTo: string | null;
  /**
   * Read from the client's new-message preview while the chat panel was closed: the text may be cut
   * (docs/architecture.md#the-tracker).
   */
  preview?: true;
  /** The full message read once the panel opened, for the preview of this id (logged once, judged once). */
  upgradeOf?: string;
}

/** The overlay turns it into advice ("open the People panel"). */
export type CoverageReason =
  'not-in-call' | 'panel-closed' | 'other-panel-open' | 'virtualized' | 'selector-missing' | 'not-host' | 'no-share';

export interface Coverage {
  roster: 'full' | 'partial' | 'hidden';
  rosterReason: CoverageReason | null;
  chat: 'visible' | 'hidden';
  chatReason: CoverageReason | null;
  presenter: 'readable' | 'unreadable';
  presenterReason: CoverageReason | null;
  /** With the list not full: how many people the stage (tiles) named, of the client's count (null: no counter). */
  stage?: { read: number; of: number | null };
}

export interface Snapshot {
  meeting: MeetingIdentity;
  state: MeetingState;
  self: { id: string | null; name: string | null; host: boolean | null };
  /** All of them only when coverage.roster is 'full'. */
  participants: readonly Participant[];
  /** The client's own counter, read even with the list closed. */
  participantCount: number | null;
  /**
   * People the page shows outside the list (video tiles, gallery), read while the list is not full:
   * a partial view that may add joins, never leaves (docs/architecture.md#the-tracker).
   */
  stage?: readonly Participant[];
  /**
   * People the client's own join notices name ("<Name> joined") while the list is not full: a name
   * only (id `notice:<name>`), a partial view like the stage.
   */
  joinNotices?: readonly Participant[];
  waiting: readonly Participant[];
  presenters: readonly Presenter[];
  /** In page order. A chat that only grows (Meet) is the previous list appended to; the tracker reads on. */
  chat: readonly ChatMessage[];
  /** New-message previews the client shows while the chat panel is closed (each `preview: true`). */
  chatPreviews?: readonly ChatMessage[];
  coverage: Coverage;
}

export type Observation =
  | { kind: 'meeting.state'; state: MeetingState; meeting: MeetingIdentity }
  | { kind: 'participant.joined'; participant: Participant }
  | { kind: 'participant.left'; participant: Participant }
  | { kind: 'participant.renamed'; participant: Participant; from: string }
  | { kind: 'participant.role'; participant: Participant; from: Role }
  /** The client's counter rose by `count` (to `total`) while no source showed who: the list was closed. */
  | { kind: 'participants.unnamed'; count: number; total: number }
  | { kind: 'waiting.joined'; participant: Participant }
  | { kind: 'waiting.admitted'; participant: Participant }
  /** Denied, removed, or gave up. */
  | { kind: 'waiting.left'; participant: Participant }
  | { kind: 'share.started'; presenter: Presenter }
  | { kind: 'share.stopped'; presenter: Presenter; durationMs: number | null }
  | { kind: 'chat.message'; message: ChatMessage }
  | { kind: 'coverage.changed'; coverage: Coverage; previous: Coverage | null };

export type ObservationKind = Observation['kind'];

export type Severity = 1 | 2 | 3;
export type Tier = 'alert' | 'review';

export type FindingCategory =
  | 'unknown-participant'
  | 'impersonation'
  | 'duplicate'
  | 'rename'
  | 'raid'
  | 'offensive-name'
  | 'suspicious-name'
  | 'privilege'
  | 'screen-share'
  | 'profanity'
  | 'insult'
  | 'sexual'
  | 'threat'
  | 'self-harm'
  | 'grooming'
  | 'hate'
  | 'spam'
  | 'link'
  | 'personal-info'
  | 'blocked-word';

export interface Finding {
  /** Stable, e.g. "chat.threat.template". */
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  tier: Tier;
  subject: { participantId?: string; name?: string; messageId?: string };
  evidence: {
    text?: string;
    span?: [number, number];
    matched?: string;
    detail?: string;
    names?: string[];
  };
}
