/** Locale-free hooks only, in the kit's schema (kit/selectors.ts); localized text is in text.ts. */
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

export type MeetScope = 'main' | 'people-panel' | 'chat-container' | 'toolbar';

export const SELECTORS = {
  /** Its aria-label "Your name" is localized. */
  nameInput: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: 'input[jsname][type="text"]', source: `${DOC}#state (pre-join name input)` }],
    fixtures: { prejoin: 1 },
    scope: 'document',
  }),
  /** Also in the lobby, so it proves no admission; it anchors the toolbar. */
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
  /** Ligature text is the same in every UI language. */
  toolbarGlyph: selectorSpec<MeetFixture, MeetScope>({
    variants: [
      { css: '.google-symbols', source: `${DOC}#toolbar-and-glyphs` },
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
  /** A subset of the roster: never used as the roster. */
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
  endedHeading: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: 'h1.roSPhc', source: `${DOC}#state (removed / ended page)` }],
    fixtures: { removed: 1, ended: 1 },
    scope: 'document',
  }),
  /** Equals the code when the meeting is untitled. */
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
  /** Present with the panel closed. */
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
  /** Presentations have rows too, with the same participant id. */
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
  /** The others are "Waiting to join" rows. Some here but no participantRow: the row selector rotated. */
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
  /** A separate element, so a name typed "Lan (You)" cannot pass for self. */
  selfMarker: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: '.NnTWjc', source: `${DOC}#people-panel` }],
    fixtures: { 'in-call-people': 1, 'in-call-share': 1, 'in-call-own-share': 1 },
    scope: 'people-panel',
  }),
  roleLine: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: '.d93U2d', source: `${DOC}#people-panel (role line)` }],
    fixtures: { 'in-call-people': 2, 'in-call-share': 2, 'in-call-own-share': 2 },
    scope: 'people-panel',
  }),
  chatContainer: selectorSpec<MeetFixture, MeetScope>({
    variants: [
      { css: 'div[jsname="xySENc"]', source: `${DOC}#chat (container jsname)` },
      // Fallback should the jsname change. TODO [2027-01-01]: drop if the jsname still matches live captures.
      { css: 'div.Ge9Kpc[aria-live="polite"]', source: `${DOC}#chat (container class)` },
    ],
    fixtures: { 'in-call-chat': 1 },
    scope: 'document',
  }),
  /** With no chatContainer match, the container selector has rotated. */
  anyMessage: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: '[data-message-id]', source: `${DOC}#chat (message element and its pin button)` }],
    fixtures: { 'in-call-chat': 14 },
    scope: 'document',
  }),
  /** Its parent is the message element (docs/adapters/meet.md#chat); read with or without its id yet. */
  chatText: selectorSpec<MeetFixture, MeetScope>({
    variants: [{ css: '[jsname="dTKtvb"]', source: `${DOC}#chat (text [jsname="dTKtvb"] > div)` }],
    fixtures: { 'in-call-chat': 7 },
    scope: 'chat-container',
  }),
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

export function css(name: SelectorName): string {
  return cssOf(SELECTORS[name]);
}

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
    // The leave button's aria-label is localized; the jsname is not.
    toolbar: { anchor: css('leaveButton'), closest: '[role="region"]', orParent: true },
  },
  selectors: SELECTORS,
};

export const GLYPH = {
  inCall: ['closed_caption_off', 'chat'],
  ownShare: 'computer_arrow_up',
} as const;
