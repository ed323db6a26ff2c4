/** Locale-free hooks only, in the kit's schema (kit/selectors.ts); localized text is in text.ts. */
import { css as cssOf, selectorSpec, variantCss, type SelectorTable } from '../kit/selectors';

const DOC = 'docs/adapters/zoom.md';

export type ZoomFixture =
  | 'prejoin'
  | 'prejoin-classic'
  | 'waiting'
  | 'roster'
  | 'roster-virtualized'
  | 'roster-legacy'
  | 'closed'
  | 'chat'
  | 'share'
  | 'ended'
  | 'removed'
  | 'shell'
  | 'class';

export const ZOOM_FIXTURES: readonly ZoomFixture[] = [
  'prejoin',
  'prejoin-classic',
  'waiting',
  'roster',
  'roster-virtualized',
  'roster-legacy',
  'closed',
  'chat',
  'share',
  'ended',
  'removed',
  'shell',
  'class',
];

export type ZoomScope = 'roster-panel' | 'chat-list' | 'footer' | 'share' | 'left';

const IN_CALL_CURRENT = {
  roster: 1,
  'roster-virtualized': 1,
  closed: 1,
  chat: 1,
  share: 1,
  ended: 1,
  removed: 1,
  class: 1,
} as const;

export const SELECTORS = {
  webclientIframe: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: 'iframe#webclient', source: `${DOC}#frames (.pwa-webclient__iframe)` }],
    fixtures: { shell: 1 },
    scope: 'document',
  }),
  prejoinName: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      {
        css: '#input-for-name',
        source: 'preview flow 2024+ (Vexa selectors.ts, live-verified 2025)',
        fixtures: { prejoin: 1 },
      },
      // TODO [2027-01-01]: drop once no tenant serves the classic join form.
      { css: '#inputname', source: 'classic join form (selenium bots 2020–2023)', fixtures: { 'prejoin-classic': 1 } },
    ],
    fixtures: { prejoin: 1, 'prejoin-classic': 1 },
    scope: 'document',
  }),
  prejoinJoin: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      { css: 'button.preview-join-button', source: 'preview flow 2024+ (Vexa selectors.ts)', fixtures: { prejoin: 1 } },
      // TODO [2027-01-01]: classic join form.
      { css: '#joinBtn', source: 'classic join form (selenium bots 2020–2023)', fixtures: { 'prejoin-classic': 1 } },
    ],
    fixtures: { prejoin: 1, 'prejoin-classic': 1 },
    scope: 'document',
  }),
  /** No locale-free hook is known: its text is read against text.ts. */
  waitingRoomText: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      {
        css: '.wr-default__text',
        source: 'waiting room (selenium bot comments 2021; Vexa notes it renders inside .meeting-app)',
      },
    ],
    fixtures: { waiting: 1 },
    scope: 'document',
  }),
  /** Only once admitted; stays in the DOM with .footer__hidden. */
  footer: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: 'footer#wc-footer', source: `${DOC}#state` }],
    fixtures: { ...IN_CALL_CURRENT, 'roster-legacy': 1 },
    scope: 'document',
  }),
  /** "End" for hosts, "Leave" for attendees (text.ts). */
  leaveButton: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      {
        css: '.footer__leave-btn-container button',
        source: `${DOC}#state; Vexa (footer-button-base__button)`,
        fixtures: IN_CALL_CURRENT,
      },
      // TODO [2027-01-01]: the 2020 footer (public page dump "Leave Meeting").
      { css: 'button.footer__leave-btn', source: 'legacy footer, 2020 page dump', fixtures: { 'roster-legacy': 1 } },
    ],
    fixtures: { ...IN_CALL_CURRENT, 'roster-legacy': 1 },
    scope: 'footer',
  }),
  /** Works with the panel closed. */
  footerCounter: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: '#participant .footer-button__number-counter', source: `${DOC}#roster` }],
    fixtures: IN_CALL_CURRENT,
    scope: 'footer',
  }),
  /** Other modals (the recording notice) carry it too. */
  modalTitle: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: '.zm-modal-body-title', source: 'Vexa selectors.ts + removal.ts (live-verified)' }],
    fixtures: { ended: 1, removed: 1, roster: 1 },
    scope: 'document',
  }),
  topic: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: '#meeting-info-indication .meeting-info-icon__title', source: `${DOC}#identity` }],
    fixtures: IN_CALL_CURRENT,
    scope: 'left',
  }),
  infoRow: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: '.meeting-info-icon__info-row', source: `${DOC}#identity` }],
    fixtures: { roster: 3 },
    scope: 'left',
  }),
  /** Scope of every roster query below. */
  rosterPanel: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      {
        css: '.participants-section-container',
        source: 'participants panel (2020 page dump: participants-section-container__participants-footer)',
      },
    ],
    fixtures: { roster: 1, 'roster-virtualized': 1, 'roster-legacy': 1, class: 1 },
    scope: 'document',
  }),
  /** Only the digits are read. */
  rosterHeader: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      {
        css: '.panel-shell-header__title',
        source: `panel shell 2024+ (${DOC}#roster)`,
        fixtures: { roster: 1, 'roster-virtualized': 1, class: 1 },
      },
      // TODO [2027-01-01]: legacy header.
      { css: '.participants-header__title', source: 'legacy header, 2020 page dump', fixtures: { 'roster-legacy': 1 } },
    ],
    fixtures: { roster: 1, 'roster-virtualized': 1, 'roster-legacy': 1, class: 1 },
    scope: 'roster-panel',
  }),
  rosterList: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      {
        css: '#participants-unified-list',
        source: `${DOC}#roster (react-virtualized)`,
        fixtures: { roster: 1, 'roster-virtualized': 1, class: 1 },
      },
      // TODO [2027-01-01]: older list.
      {
        css: '#participants-ul, ul.participants-ul',
        source: `${DOC}#roster (older #participants-ul); 2020 page dump (ul.participants-ul)`,
        fixtures: { 'roster-legacy': 1 },
      },
    ],
    fixtures: { roster: 1, 'roster-virtualized': 1, 'roster-legacy': 1, class: 1 },
    scope: 'roster-panel',
  }),
  /** Ids are list positions, not user ids. */
  rosterRow: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      {
        css: '.participants-li[id^="participants-list-"]',
        source: `${DOC}#roster; 2020 page dump`,
      },
    ],
    fixtures: { roster: 6, 'roster-virtualized': 14, 'roster-legacy': 3, class: 1 },
    scope: 'roster-panel',
  }),
  rowName: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      {
        css: '.participants-item__display-name',
        source: `${DOC}#roster; 2020 page dump`,
      },
    ],
    fixtures: { roster: 7, 'roster-virtualized': 16, 'roster-legacy': 3, class: 1 },
    scope: 'roster-panel',
  }),
  /** Localized; parsed by text.ts. */
  rowLabel: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      {
        css: '.participants-item__name-label',
        source: `${DOC}#roster; 2020 page dump`,
      },
    ],
    fixtures: { roster: 6, 'roster-virtualized': 14, 'roster-legacy': 3, class: 1 },
    scope: 'roster-panel',
  }),
  waitingRow: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: '[id^="waitingRoom-li-"]', source: `${DOC}#waiting-room` }],
    fixtures: { roster: 1, 'roster-virtualized': 2 },
    scope: 'roster-panel',
  }),
  /** Mounted only while the chat panel is open. */
  chatList: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: '.chat-container__chat-list', source: `${DOC}#chat` }],
    fixtures: { chat: 1, class: 1 },
    scope: 'document',
  }),
  chatRow: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: '.chat-item-container[data-id]', source: `${DOC}#chat` }],
    fixtures: { chat: 10 },
    scope: 'chat-list',
  }),
  /** Only on the first message of a run. */
  chatSender: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      { css: '.new-chat-item__chat-info-header span.chat-item__sender[data-userid][data-name]', source: `${DOC}#chat` },
    ],
    fixtures: { chat: 5 },
    scope: 'chat-list',
  }),
  chatText: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      { css: '.chat-rtf-box__display', source: `${DOC}#chat; Vexa selectors.ts`, fixtures: { chat: 9 } },
      {
        css: '.new-chat-message__text-content',
        source: `${DOC}#chat (container of the display)`,
        fixtures: { chat: 9 },
      },
    ],
    fixtures: { chat: 18 },
    scope: 'chat-list',
  }),
  /** Absent on follow-on messages. */
  chatHeader: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: '.new-chat-item__chat-info-header', source: `${DOC}#chat` }],
    fixtures: { chat: 5 },
    scope: 'chat-list',
  }),
  /** Hidden until hover, still in the DOM. */
  chatTimeStamp: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: '.new-chat-item__chat-info-time-stamp', source: `${DOC}#chat` }],
    fixtures: { chat: 5 },
    scope: 'chat-list',
  }),
  chatSelf: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: '.new-chat-message__text-box--self', source: `${DOC}#chat` }],
    fixtures: { chat: 2 },
    scope: 'chat-list',
  }),
  /** data-index is the position in the whole chat. */
  chatIndex: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: '.chat-virtuoso-wrapper > div[data-index]', source: `${DOC}#chat` }],
    fixtures: { chat: 10 },
    scope: 'chat-list',
  }),
  /** Its aria-label is fixed English, with the "particpants" typo. */
  participantsButton: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: '#participant button[aria-label]', source: `${DOC}#roster` }],
    fixtures: IN_CALL_CURRENT,
    scope: 'footer',
  }),
  /** Text unverified. */
  shareBanner: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      {
        css: '.sharee-container__viewing-status > span',
        source: `${DOC}#screen-share (.sharee-container__viewing-status)`,
      },
    ],
    fixtures: { share: 1 },
    scope: 'share',
  }),
  /** Stays after the first share. */
  shareContainer: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: '#sharee-container', source: `${DOC}#screen-share` }],
    fixtures: { share: 1 },
    scope: 'left',
  }),
  /** node-id is the sharer's user id ("" once stopped). */
  sharePlayer: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [{ css: 'video-player[media-type="share"][node-id]:not([node-id=""])', source: `${DOC}#screen-share` }],
    fixtures: { share: 1 },
    scope: 'share',
  }),
  /** node-id is the user id. */
  cameraPlayer: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      {
        css: 'div[data-attr="video-item-container"] > video-player[media-type="video"][node-id]',
        source: `${DOC}#screen-share (camera tile)`,
      },
    ],
    fixtures: { roster: 2, 'roster-virtualized': 2, closed: 2, chat: 2, share: 3, ended: 1, removed: 1, class: 1 },
    scope: 'left',
  }),
  /** Its parent frame holds the name footer. */
  cameraTile: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      {
        css: '[data-attr="video-item-container"]',
        source: `${DOC}#screen-share (camera tile)`,
      },
    ],
    fixtures: { roster: 2, 'roster-virtualized': 2, closed: 2, chat: 2, share: 3, ended: 1, removed: 1, class: 1 },
    scope: 'left',
  }),
  tileName: selectorSpec<ZoomFixture, ZoomScope>({
    variants: [
      {
        css: '.video-avatar__avatar-footer > span[role="none"]',
        source: `${DOC}#screen-share; Vexa selectors.ts (live-verified name footer)`,
      },
    ],
    fixtures: { roster: 2, 'roster-virtualized': 2, closed: 2, chat: 2, share: 3, ended: 1, removed: 1, class: 1 },
    scope: 'left',
  }),
} as const;

export type SelectorName = keyof typeof SELECTORS;

export function css(name: SelectorName): string {
  return cssOf(SELECTORS[name]);
}

export function variants(name: SelectorName): readonly string[] {
  return variantCss(SELECTORS[name]);
}

export const ZOOM_TABLE: SelectorTable<ZoomFixture, ZoomScope, SelectorName> = {
  platform: 'zoom',
  fixtures: ZOOM_FIXTURES,
  scopes: {
    'roster-panel': { anchor: css('rosterPanel') },
    'chat-list': { anchor: css('chatList') },
    footer: { anchor: css('footer') },
    share: { anchor: css('shareContainer') },
    left: { anchor: '#wc-container-left' },
  },
  selectors: SELECTORS,
};

/** docs/adapters/zoom.md#chat */
export const CHAT_PLACEHOLDER_ID = 'msgId-placeholder';
