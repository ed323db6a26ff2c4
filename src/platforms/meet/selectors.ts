/**
 * Every Meet selector the adapter uses, as data in the kit's schema (kit/selectors.ts): variants
 * (current UI first, then an older or fallback hook), their source in docs/adapters/meet.md, and
 * how many times each must match in each fixture page. Only locale-free hooks here; localized text
 * lives in text.ts.
 */
import { css as cssOf, selectorSpec, variantCss, type SelectorTable } from '../kit/selectors';

const DOC = 'docs/adapters/meet.md';

export type MeetFixture =
  | 'prejoin'
  | 'waiting'
  | 'in-call-people'
  | 'in-call-closed'
  | 'in-call-chat'
  | 'in-call-share'
  | 'in-call-own-share'
  | 'removed'
  | 'ended';

export const MEET_FIXTURES: readonly MeetFixture[] = [
  'prejoin',
  'waiting',
  'in-call-people',
  'in-call-closed',
  'in-call-chat',
  'in-call-share',
  'in-call-own-share',
  'removed',
  'ended',
];

/** Where an entry is queried from besides the document. */
export type MeetScope = 'main' | 'people-panel' | 'chat-container' | 'toolbar';

export const SELECTORS = {
  /** Pre-join name input of a signed-out user; its aria-label "Your name" is localized. */
  nameInput: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: 'input[jsname][type="text"]', source: `${DOC}#state (pre-join name input)` }],
    fixtures: { prejoin: 1 },
    scope: 'document',
  }),
  /** Leave button; also in the lobby, so it proves nothing about admission, but it anchors the toolbar. */
  leaveButton: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: 'button[jsname="CQylAd"]', source: `${DOC}#state (leave button)` }],
    fixtures: {
      waiting: 1,
      'in-call-people': 1,
      'in-call-closed': 1,
      'in-call-chat': 1,
      'in-call-share': 1,
      'in-call-own-share': 1,
    },
    scope: 'document',
  }),
  /**
   * Icon-font glyphs inside the toolbar; their ligature text (chat, closed_caption_off,
   * computer_arrow_up) is the same in every UI language. Counted from the toolbar root.
   */
  toolbarGlyph: selectorSpec<MeetFixture, MeetScope>({
    variants: [
      { css: '.google-symbols', source: `${DOC}#toolbar-and-glyphs` },
      // Both icon fonts are named by the sources; a build may use either.
      { css: '.google-material-icons', source: `${DOC}#toolbar-and-glyphs` },
    ],
    fixtures: {
      waiting: 3,
      'in-call-people': 11,
      'in-call-closed': 11,
      'in-call-chat': 11,
      'in-call-share': 11,
      'in-call-own-share': 11,
    },
    scope: 'toolbar',
  }),
  /** Video and share tiles; only after admission. A subset of the roster: never used as the roster. */
  tile: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: '[data-participant-id][data-tile-media-id]', source: `${DOC}#screen-share (tiles)` }],
    fixtures: {
      'in-call-people': 4,
      'in-call-closed': 4,
      'in-call-chat': 4,
      'in-call-share': 5,
      'in-call-own-share': 5,
    },
    scope: 'main',
  }),
  tileName: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: 'span.notranslate', source: `${DOC}#screen-share (tile name)` }],
    fixtures: {
      'in-call-people': 4,
      'in-call-closed': 4,
      'in-call-chat': 4,
      'in-call-share': 5,
      'in-call-own-share': 5,
    },
    scope: 'main',
  }),
  /** The removed / ended page heading. */
  endedHeading: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: 'h1.roSPhc', source: `${DOC}#state (removed / ended page)` }],
    fixtures: { removed: 1, ended: 1 },
    scope: 'document',
  }),
  /** Meeting title in the toolbar; equals the code when the meeting is untitled. */
  title: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: '.u6vdEc', source: `${DOC}#identity` }],
    fixtures: {
      'in-call-people': 1,
      'in-call-closed': 1,
      'in-call-chat': 1,
      'in-call-share': 1,
      'in-call-own-share': 1,
    },
    scope: 'document',
  }),
  /** The client's own participant counter on the People button, present with the panel closed. */
  avatarCount: selectorSpec<MeetFixture, MeetScope>({
    variants: [
      { css: '[data-avatar-count]', source: `${DOC}#toolbar-and-glyphs (People button badge, new UI 2025-12+)` },
    ],
    fixtures: {
      'in-call-people': 1,
      'in-call-closed': 1,
      'in-call-chat': 1,
      'in-call-share': 1,
      'in-call-own-share': 1,
    },
    scope: 'toolbar',
  }),
  /** People-panel rows of people in the call (and of presentations: same participant id). */
  participantRow: selectorSpec<MeetFixture, MeetScope>({
    variants: [
      {
        css: '[role="listitem"][data-participant-id].cxdMu',
        source: `${DOC}#people-panel (row classes after the GvcuGe → zWGUib/cxdMu rotation)`,
      },
      {
        css: '[role="listitem"][data-participant-id][jscontroller="ZHOeze"]',
        source: `${DOC}#people-panel (row jscontroller: a second hook should the classes rotate again)`,
      },
    ],
    fixtures: { 'in-call-people': 7, 'in-call-share': 8, 'in-call-own-share': 8 },
    scope: 'people-panel',
  }),
  /**
   * Any People-panel row, whatever its classes. Those that are not participant rows are the
   * "Waiting to join" rows (host view; a separate role=list whose items lack the row controller).
   * When these exist but participantRow matches none, the row selector has rotated and coverage
   * says 'selector-missing' rather than 'panel-closed'.
   */
  anyRow: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: '[role="listitem"][data-participant-id]', source: `${DOC}#waiting-to-join` }],
    fixtures: { 'in-call-people': 8, 'in-call-share': 8, 'in-call-own-share': 8 },
    scope: 'document',
  }),
  rowName: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: '.zWGUib', source: `${DOC}#people-panel (name span)` }],
    fixtures: { 'in-call-people': 8, 'in-call-share': 8, 'in-call-own-share': 8 },
    scope: 'people-panel',
  }),
  /** The "(You)" marker: a separate element, so a name typed as "Lan (You)" cannot pass for self. */
  selfMarker: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: '.NnTWjc', source: `${DOC}#people-panel` }],
    fixtures: { 'in-call-people': 1, 'in-call-share': 1, 'in-call-own-share': 1 },
    scope: 'people-panel',
  }),
  /** Role line under a row name ("Meeting host", localized: text.ts). */
  roleLine: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: '.d93U2d', source: `${DOC}#people-panel (role line)` }],
    fixtures: { 'in-call-people': 2, 'in-call-share': 2, 'in-call-own-share': 2 },
    scope: 'people-panel',
  }),
  /** Chat container: appears on the first open of the chat panel and then persists. */
  chatContainer: selectorSpec<MeetFixture, MeetScope>({
    variants: [
      { css: 'div[jsname="xySENc"]', source: `${DOC}#chat (container jsname)` },
      // Fallback should the jsname change. TODO [2027-01-01]: drop if the jsname still matches live captures.
      { css: 'div.Ge9Kpc[aria-live="polite"]', source: `${DOC}#chat (container class)` },
    ],
    fixtures: { 'in-call-chat': 1 },
    scope: 'document',
  }),
  /** Any message or pin button; with no chatContainer match, the container selector has rotated. */
  anyMessage: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: '[data-message-id]', source: `${DOC}#chat (message element and its pin button)` }],
    fixtures: { 'in-call-chat': 14 },
    scope: 'document',
  }),
  /**
   * A message's text wrapper; its parent is the message element, which carries data-message-id once
   * Meet's server has it (a message is anchored on its text: the pin button carries the id too). Read
   * whether or not the id is there yet: a message still waiting for its id holds the chat's walk back.
   */
  chatText: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: '[jsname="dTKtvb"]', source: `${DOC}#chat (text [jsname="dTKtvb"] > div)` }],
    fixtures: { 'in-call-chat': 7 },
    scope: 'chat-container',
  }),
  /** A run of messages by one sender; the header carries sender and displayed time. */
  chatGroup: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: '[jsname="Ypafjf"]', source: `${DOC}#chat (message group)` }],
    fixtures: { 'in-call-chat': 5 },
    scope: 'chat-container',
  }),
  chatSender: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: '.poVWob', source: `${DOC}#chat (group header)` }],
    fixtures: { 'in-call-chat': 5 },
    scope: 'chat-container',
  }),
  chatTime: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: '[jsname="biJjHb"]', source: `${DOC}#chat (group header time)` }],
    fixtures: { 'in-call-chat': 5 },
    scope: 'chat-container',
  }),
} as const;

export type SelectorName = keyof typeof SELECTORS;

/** The combined selector (every variant), for existence checks and single lookups. */
export function css(name: SelectorName): string {
  return cssOf(SELECTORS[name]);
}

/** The variants of an entry in order, for lookups that try the current UI first. */
export function variants(name: SelectorName): readonly string[] {
  return variantCss(SELECTORS[name]);
}

export const MEET_TABLE: SelectorTable<MeetFixture, MeetScope, SelectorName> = {
  platform: 'meet',
  fixtures: MEET_FIXTURES,
  scopes: {
    main: { anchor: 'main' },
    'people-panel': { anchor: css('participantRow'), closest: 'aside' },
    'chat-container': { anchor: css('chatContainer') },
    // The call-controls region around the leave button (its aria-label is localized; the jsname is not).
    toolbar: { anchor: css('leaveButton'), closest: '[role="region"]', orParent: true },
  },
  selectors: SELECTORS,
};

/** Icon-font ligatures: locale-free (docs/adapters/meet.md#toolbar-and-glyphs). */
export const GLYPH = {
  /** Only after admission, in the toolbar. */
  inCall: ['closed_caption_off', 'chat'],
  /** One's own screen share is on. */
  ownShare: 'computer_arrow_up',
} as const;
