/** Locale-free hooks only, in the kit's schema (kit/selectors.ts); localized text is in text.ts. */
import { css as cssOf, selectorSpec, type SelectorTable } from '../kit/selectors';

const DOC = 'docs/adapters/teams.md';

export type TeamsFixture =
  'prejoin' | 'lobby' | 'roster' | 'roster-closed' | 'chat' | 'share' | 'removed' | 'declined' | 'meet-now';

export const TEAMS_FIXTURES: readonly TeamsFixture[] = [
  'prejoin',
  'lobby',
  'roster',
  'roster-closed',
  'chat',
  'share',
  'removed',
  'declined',
  'meet-now',
];

export type TeamsScope = 'roster' | 'chat' | 'stage';

const V2 = 'Teams v2 (Fluent UI v9)';
const inCall = (n: number) => ({ roster: n, 'roster-closed': n, chat: n, share: n, 'meet-now': n });

export const SELECTORS = {
  // ---- state ----
  prejoinScreen: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-tid="calling-prejoin-screen"]', source: `${V2}, ${DOC}#state` }],
    fixtures: { prejoin: 1 },
    scope: 'document',
  }),
  /** Its value is the name the guest will join with. */
  prejoinNameInput: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: 'input[data-tid="prejoin-display-name-input"]', source: `${V2}, ${DOC}#state (meeting bots)` }],
    fixtures: { prejoin: 1 },
    scope: 'document',
  }),
  meetingHeaderTitle: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-tid="meeting-header-title"]', source: `${V2}, ${DOC}#identity` }],
    fixtures: { prejoin: 1, lobby: 1 },
    scope: 'document',
  }),
  lobbyScreen: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-tid="calling-lobby-screen"]', source: `${V2}, ${DOC}#state` }],
    fixtures: { lobby: 1 },
    scope: 'document',
  }),
  /** Modelled in the lobby too, so the adapter checks the lobby first. */
  hangupButton: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [
      { css: 'button[data-tid="hangup-main-btn"]', source: `${V2}, live capture 2026-07 (${DOC}#state)` },
      // TODO [2027-01-01]: drop when no capture still shows the pre-2026 call bar.
      { css: 'button[data-tid="call-hangup"]', source: 'pre-2026 call bar (meeting-bot fallback list)' },
    ],
    fixtures: { lobby: 1, ...inCall(1) },
    scope: 'document',
  }),
  callDuration: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-tid="call-duration"]', source: `${V2}, live capture 2026-07` }],
    fixtures: inCall(1),
    scope: 'document',
  }),
  toolbar: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-tid="ubar-toolbar-wrapper"]', source: `${V2}, live capture 2026-07` }],
    fixtures: inCall(1),
    scope: 'document',
  }),
  /** Also shown when the call drops. */
  removedScreen: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '#calling-retry-screen-title', source: `${V2}, ${DOC}#state` }],
    fixtures: { removed: 1 },
    scope: 'document',
  }),
  declinedScreen: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-tid="calling-declined-screen"]', source: `${V2}, ${DOC}#state` }],
    fixtures: { declined: 1 },
    scope: 'document',
  }),

  // ---- identity and self ----
  callTitle: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-tid="calling-title"]', source: `${V2}, ${DOC}#identity` }],
    fixtures: inCall(1),
    scope: 'document',
  }),
  /** Signed-in users only. */
  meAvatar: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-tid="me-control-avatar"]', source: `${V2}, ${DOC}#roster` }],
    fixtures: { roster: 1, 'roster-closed': 1, chat: 1, share: 1, removed: 1, 'meet-now': 1 },
    scope: 'document',
  }),

  // ---- roster (People panel) ----
  /** The in-call count, even while the roster is closed. */
  rosterBadge: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-tid="roster-button-tile"]', source: `${V2}, ${DOC}#roster` }],
    fixtures: inCall(1),
    scope: 'document',
  }),
  peopleButton: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [
      // Newer builds only: the fixtures model the 2025 button, which the next two match.
      { css: 'button[data-tid="roster-button"]', source: `${V2} newer builds, ${DOC}#roster`, fixtures: {} },
      {
        css: 'button[data-tid="calling-toolbar-people-button"]',
        source: `${V2}, caption savers 2025`,
        fixtures: inCall(1),
      },
      // TODO [2027-01-01]: drop the bare id when the data-tid variants cover every build.
      { css: 'button#roster-button', source: `${V2}, caption savers 2025`, fixtures: inCall(1) },
    ],
    fixtures: inCall(1),
    scope: 'document',
  }),
  chatButton: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [
      { css: 'button[data-tid="chat-button"]', source: `${V2}, ${DOC}#chat` },
      { css: 'button#chat-button', source: `${V2}, ${DOC}#chat` },
    ],
    fixtures: inCall(1),
    scope: 'document',
  }),
  /** Unmounted while the chat panel replaces it. */
  rosterRoot: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [
      { css: '[data-tid="calling-roster-attendees"]', source: `${V2}, ${DOC}#roster` },
      { css: '[data-tid="calling-roster-wrapper"]', source: `${V2} variant named by a meeting bot (2026)` },
    ],
    fixtures: { roster: 1, share: 1, 'meet-now': 1 },
    scope: 'document',
  }),
  rosterTree: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[role="tree"]', source: `${V2} Fluent FlatTree, ${DOC}#roster` }],
    fixtures: { roster: 1, share: 1, 'meet-now': 1 },
    scope: 'roster',
  }),
  /**
   * Read in document order with the rows: a row belongs to the header before it. Counts are modelled
   * but for the in-meeting section (docs/adapters/teams.md#sources).
   */
  sectionHeader: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[id^="roster-title-section-"]', source: `${V2}, caption saver 2025 (#roster-title-section-2)` }],
    fixtures: { roster: 2, share: 2, 'meet-now': 1 },
    scope: 'roster',
  }),
  rosterRow: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-cid="roster-participant"]', source: `${V2}, ${DOC}#roster` }],
    fixtures: { roster: 20, share: 10, 'meet-now': 4 },
    scope: 'roster',
  }),
  inCallRow: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [
      {
        css: '[data-cid="roster-participant"][data-tid^="participantsInCall-"]',
        source: `${V2} scheduled meetings, ${DOC}#roster`,
        fixtures: { roster: 19, share: 8 },
      },
      {
        css: '[data-cid="roster-participant"][data-tid^="attendeesInMeeting-"]',
        source: `${V2} /meet/<id> meetings, meeting bot 2026`,
        fixtures: { 'meet-now': 4 },
      },
    ],
    fixtures: { roster: 19, share: 8, 'meet-now': 4 },
    scope: 'roster',
  }),
  /** Never counted as present. */
  invitedRow: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [
      { css: '[data-cid="roster-participant"][data-tid^="participantsFromThread-"]', source: `${V2}, ${DOC}#roster` },
    ],
    fixtures: { share: 2 },
    scope: 'roster',
  }),
  /** Absent for some callers. */
  rosterAvatar: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: 'span[id^="roster-avatar-img-"]', source: `${V2}, ${DOC}#roster` }],
    fixtures: { roster: 18, share: 10, 'meet-now': 4 },
    scope: 'roster',
  }),
  /** With the client's suffixes. */
  rosterName: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '.fui-StyledText[title]', source: `${V2}, ${DOC}#roster` }],
    fixtures: { roster: 20, share: 10, 'meet-now': 4 },
    scope: 'roster',
  }),
  organizerStatus: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-tid="ts-roster-organizer-status"]', source: `${V2}, caption saver 2025` }],
    fixtures: { roster: 1, share: 1, 'meet-now': 1 },
    scope: 'roster',
  }),

  // ---- stage and share ----
  stage: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-tid="stage-layouts-renderer"]', source: `${V2}, live capture 2026-07` }],
    fixtures: inCall(1),
    scope: 'document',
  }),
  /** Includes the 0×0 phantoms of a virtualized stage. */
  stageTile: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-cid="calling-participant-stream"]', source: `${V2}, ${DOC}#screen-share` }],
    fixtures: { roster: 10, 'roster-closed': 10, chat: 10, share: 8, 'meet-now': 4 },
    scope: 'stage',
  }),
  /** A camera tile's stream: its data-tid is the display name; shares are another stream type. */
  stagePerson: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [
      {
        css: '[data-cid="calling-participant-stream"] > [data-stream-type="Video"][data-tid]',
        source: `${V2}, ${DOC}#stage`,
      },
    ],
    fixtures: { roster: 8, 'roster-closed': 8, chat: 8, share: 4, 'meet-now': 4 },
    scope: 'stage',
  }),
  tileVideo: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-cid="calling-participant-stream"] video', source: `${V2}, ${DOC}#screen-share` }],
    fixtures: { share: 1 },
    scope: 'stage',
  }),

  // ---- chat (meeting thread) ----
  /** Scoping to it keeps captions (same Fluent classes) out. */
  chatViewport: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-tid="message-pane-list-viewport"]', source: `${V2}, ${DOC}#chat` }],
    fixtures: { chat: 1 },
    scope: 'document',
  }),
  chatItem: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-tid="chat-pane-item"]', source: `${V2}, ${DOC}#chat` }],
    fixtures: { chat: 8 },
    scope: 'chat',
  }),
  chatMessage: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-tid="chat-pane-message"][data-mid]', source: `${V2}, ${DOC}#chat` }],
    fixtures: { chat: 7 },
    scope: 'chat',
  }),
  /** Follow-on messages omit it. */
  chatAuthor: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '[data-tid="message-author-name"]', source: `${V2}, ${DOC}#chat` }],
    fixtures: { chat: 4 },
    scope: 'chat',
  }),
  chatTime: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: 'time[datetime]', source: `${V2}, ${DOC}#chat` }],
    fixtures: { chat: 7 },
    scope: 'chat',
  }),
  chatBody: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [
      { css: '[data-tid="messageBodyContent"]', source: `${V2}, ${DOC}#chat` },
      { css: '[id^="content-"]', source: `${V2}, ${DOC}#chat` },
    ],
    fixtures: { chat: 7 },
    scope: 'chat',
  }),
  chatControl: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '.fui-ChatControlMessage', source: `${V2}, caption saver 2025` }],
    fixtures: { chat: 1 },
    scope: 'chat',
  }),
  /** Rendered without an author. */
  chatMine: selectorSpec<TeamsFixture, TeamsScope>({
    variants: [{ css: '.fui-ChatMyMessage', source: `${V2}, Fluent UI v9 Chat component` }],
    fixtures: { chat: 1 },
    scope: 'chat',
  }),
} as const;

export type SelectorName = keyof typeof SELECTORS;

export function css(name: SelectorName): string {
  return cssOf(SELECTORS[name]);
}

export const TEAMS_TABLE: SelectorTable<TeamsFixture, TeamsScope, SelectorName> = {
  platform: 'teams',
  fixtures: TEAMS_FIXTURES,
  scopes: {
    roster: { anchor: css('rosterRoot') },
    chat: { anchor: css('chatViewport') },
    stage: { anchor: css('stage') },
  },
  selectors: SELECTORS,
};
