/**
 * The plain data the whole extension speaks: what an adapter sees (Snapshot), what the tracker
 * derives from two snapshots (Observation), and what a detector concludes (Finding).
 * Adapters know one client's DOM and produce Snapshots; nothing downstream touches the DOM.
 */

export type Platform = 'meet' | 'zoom' | 'teams';
export const PLATFORMS: readonly Platform[] = ['meet', 'zoom', 'teams'];

export interface MeetingIdentity {
  platform: Platform;
  /**
   * The meeting's code as the platform names it, normalized: Meet "abc-defg-hij", Zoom the digits
   * only ("81234567890"), Teams the thread id ("19:meeting_…@thread.v2") or the numeric meet id.
   * null when the page does not reveal it (yet).
   */
  code: string | null;
  title: string | null;
  url: string;
}

/** prejoin: name/preview screen; waiting: asking to be let in; ended: the call is over for us (ended, removed, denied). */
export type MeetingState = 'prejoin' | 'waiting' | 'in-call' | 'ended' | 'unknown';

export type Role = 'host' | 'cohost' | 'participant' | 'guest' | 'external';

export interface Participant {
  /**
   * The platform's stable id where one exists (Meet data-participant-id, Zoom user id, Teams MRI).
   * Where the client exposes none, the adapter derives one from the name ("name:<name>") and sets
   * idStable=false; a rename then looks like a leave plus a join.
   */
  id: string;
  idStable: boolean;
  /** The display name as the client shows it (suffixes such as "(Guest)" kept; the client's separate role badges not). */
  name: string;
  role: Role;
  self: boolean;
}

export interface Presenter {
  /** The presenter's participant id when the client ties the share to one, else null. */
  participantId: string | null;
  name: string | null;
  self: boolean;
}

export interface ChatMessage {
  /** The platform's message id (Meet data-message-id, Zoom data-id, Teams data-mid). */
  id: string;
  senderId: string | null;
  /** Carried forward from the run's first message where the client omits it on follow-ons. */
  senderName: string;
  self: boolean;
  text: string;
  /** ISO 8601 when the client gives a full timestamp (Teams), else the displayed time ("10:42 AM"), else null. */
  time: string | null;
  /** null: to everyone. Otherwise the recipient's display name (a private message). */
  privateTo: string | null;
}

/** Why an aspect is not fully visible; the overlay turns it into advice ("open the People panel"). */
export type CoverageReason =
  'not-in-call' | 'panel-closed' | 'other-panel-open' | 'virtualized' | 'selector-missing' | 'not-host' | 'no-share';

export interface Coverage {
  roster: 'full' | 'partial' | 'hidden';
  rosterReason: CoverageReason | null;
  chat: 'visible' | 'hidden';
  chatReason: CoverageReason | null;
  presenter: 'readable' | 'unreadable';
  presenterReason: CoverageReason | null;
}

export interface Snapshot {
  meeting: MeetingIdentity;
  state: MeetingState;
  self: { id: string | null; name: string | null; host: boolean | null };
  /** Participants in the call that the adapter can see (all of them only when coverage.roster is 'full'). */
  participants: readonly Participant[];
  /** How many are in the call by the client's own counter (badge, header), even with the list closed. */
  participantCount: number | null;
  /** People waiting to be admitted (waiting room, lobby, knocking). */
  waiting: readonly Participant[];
  presenters: readonly Presenter[];
  /**
   * Chat messages rendered now, in page order. An adapter whose chat only grows (Meet) hands over
   * the previous list with the new messages appended (and its oldest dropped past a length: Meet's
   * latest CHAT_KEPT), which the tracker reads from where it ended; it reports each id once either way.
   */
  chat: readonly ChatMessage[];
  coverage: Coverage;
}

export type Observation =
  | { kind: 'meeting.state'; state: MeetingState; meeting: MeetingIdentity }
  | { kind: 'participant.joined'; participant: Participant }
  | { kind: 'participant.left'; participant: Participant }
  | { kind: 'participant.renamed'; participant: Participant; from: string }
  | { kind: 'participant.role'; participant: Participant; from: Role }
  | { kind: 'waiting.joined'; participant: Participant }
  | { kind: 'waiting.admitted'; participant: Participant }
  /** Left the waiting list without joining: denied, removed, or gave up. */
  | { kind: 'waiting.left'; participant: Participant }
  | { kind: 'share.started'; presenter: Presenter }
  | { kind: 'share.stopped'; presenter: Presenter; durationMs: number | null }
  | { kind: 'chat.message'; message: ChatMessage }
  | { kind: 'coverage.changed'; coverage: Coverage; previous: Coverage | null };

export type ObservationKind = Observation['kind'];

export type Severity = 1 | 2 | 3;
export type Tier = 'alert' | 'review';

export type FindingCategory =
  // participants and shares (issue 4)
  | 'unknown-participant'
  | 'impersonation'
  | 'duplicate'
  | 'rename'
  | 'raid'
  | 'offensive-name'
  | 'suspicious-name'
  | 'privilege'
  | 'screen-share'
  // chat (issue 5)
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
  /** Stable rule id, e.g. "participant.unknown", "chat.threat.template". */
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  tier: Tier;
  /** Who or what it is about. */
  subject: { participantId?: string; name?: string; messageId?: string };
  /** What a person reviewing the report needs to see: the exact words, the matched span, why. */
  evidence: {
    text?: string;
    span?: [number, number];
    matched?: string;
    detail?: string;
    names?: string[];
  };
}
