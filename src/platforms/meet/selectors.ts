/**
 * Every Meet selector the adapter uses, as data. Each entry lists its variants (current UI first,
 * then an older or fallback hook), where the hook comes from, and how many times it must match
 * in each fixture page (test/fixtures/meet/<fixture>.<en|vi>.html; a fixture not listed must give
 * 0). test/dom/meet.test.ts checks every entry against every fixture in both UI languages.
 * Only locale-free hooks here; localized text lives in text.ts.
 */

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

export interface SelectorVariant {
  css: string;
  /** Which UI generation it serves and who saw it. */
  source: string;
}

export interface SelectorSpec {
  variants: readonly SelectorVariant[];
  /** Matches of the combined selector, queried from `scope`, per fixture (both languages). */
  fixtures: Partial<Record<MeetFixture, number>>;
  /** Where the adapter queries it from; the test does the same. */
  scope: 'document' | 'main' | 'people-panel' | 'chat-container' | 'toolbar';
}

const spec = (s: SelectorSpec): SelectorSpec => s;

export const SELECTORS = {
  /** Pre-join name input of a signed-out user; its aria-label "Your name" is localized. */
  nameInput: spec({
    variants: [{ css: 'input[jsname][type="text"]', source: 'platform-dom.md Meet State (pre-join name input)' }],
    fixtures: { prejoin: 1 },
    scope: 'document',
  }),
  /** Leave button; also in the lobby, so it proves nothing about admission, but it anchors the toolbar. */
  leaveButton: spec({
    variants: [{ css: 'button[jsname="CQylAd"]', source: 'platform-dom.md Meet State (leave button)' }],
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
  toolbarGlyph: spec({
    variants: [
      { css: '.google-symbols', source: 'platform-dom.md ground rules (icon-font ligatures)' },
      // Both icon fonts are named by the sources; a build may use either.
      { css: '.google-material-icons', source: 'platform-dom.md ground rules (icon-font ligatures)' },
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
  tile: spec({
    variants: [{ css: '[data-participant-id][data-tile-media-id]', source: 'platform-dom.md Meet Roster and Screen share (tiles)' }],
    fixtures: { 'in-call-people': 4, 'in-call-closed': 4, 'in-call-chat': 4, 'in-call-share': 5, 'in-call-own-share': 5 },
    scope: 'main',
  }),
  tileName: spec({
    variants: [{ css: 'span.notranslate', source: 'platform-dom.md Meet Roster (tile name)' }],
    fixtures: { 'in-call-people': 4, 'in-call-closed': 4, 'in-call-chat': 4, 'in-call-share': 5, 'in-call-own-share': 5 },
    scope: 'main',
  }),
  /** The removed / ended page heading. */
  endedHeading: spec({
    variants: [{ css: 'h1.roSPhc', source: 'platform-dom.md Meet State (removed / ended page)' }],
    fixtures: { removed: 1, ended: 1 },
    scope: 'document',
  }),
  /** Meeting title in the toolbar; equals the code when the meeting is untitled. */
  title: spec({
    variants: [{ css: '.u6vdEc', source: 'platform-dom.md Meet Identity' }],
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
  avatarCount: spec({
    variants: [{ css: '[data-avatar-count]', source: 'platform-dom.md Meet Roster (People button badge .fdZ55, new UI 2025-12+)' }],
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
  participantRow: spec({
    variants: [
      { css: '[role="listitem"][data-participant-id].cxdMu', source: 'platform-dom.md Meet Roster (row classes after the GvcuGe → zWGUib/cxdMu rotation)' },
      { css: '[role="listitem"][data-participant-id][jscontroller="ZHOeze"]', source: 'platform-dom.md Meet Roster (row jscontroller: a second hook should the classes rotate again)' },
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
  anyRow: spec({
    variants: [{ css: '[role="listitem"][data-participant-id]', source: 'platform-dom.md Meet Roster and Waiting to join' }],
    fixtures: { 'in-call-people': 8, 'in-call-share': 8, 'in-call-own-share': 8 },
    scope: 'document',
  }),
  rowName: spec({
    variants: [{ css: '.zWGUib', source: 'platform-dom.md Meet Roster (name span)' }],
    fixtures: { 'in-call-people': 8, 'in-call-share': 8, 'in-call-own-share': 8 },
    scope: 'people-panel',
  }),
  /** The "(You)" marker: a separate element, so a name typed as "Lan (You)" cannot pass for self. */
  selfMarker: spec({
    variants: [{ css: '.NnTWjc', source: 'platform-dom.md Meet Roster' }],
    fixtures: { 'in-call-people': 1, 'in-call-share': 1, 'in-call-own-share': 1 },
    scope: 'people-panel',
  }),
  /** Role line under a row name ("Meeting host", localized: text.ts). */
  roleLine: spec({
    variants: [{ css: '.d93U2d', source: 'platform-dom.md Meet Roster and Host' }],
    fixtures: { 'in-call-people': 2, 'in-call-share': 2, 'in-call-own-share': 2 },
    scope: 'people-panel',
  }),
  /** Chat container: appears on the first open of the chat panel and then persists. */
  chatContainer: spec({
    variants: [
      { css: 'div[jsname="xySENc"]', source: 'platform-dom.md Meet Chat (container jsname)' },
      // Fallback should the jsname change. TODO [2027-01-01]: drop if the jsname still matches live captures.
      { css: 'div.Ge9Kpc[aria-live="polite"]', source: 'platform-dom.md Meet Chat (container class)' },
    ],
    fixtures: { 'in-call-chat': 1 },
    scope: 'document',
  }),
  /** Any message or pin button; with no chatContainer match, the container selector has rotated. */
  anyMessage: spec({
    variants: [{ css: '[data-message-id]', source: 'platform-dom.md Meet Chat (message element and its pin button)' }],
    fixtures: { 'in-call-chat': 14 },
    scope: 'document',
  }),
  /**
   * A message's text wrapper; its parent is the message element, which carries data-message-id once
   * Meet's server has it (a message is anchored on its text: the pin button carries the id too). Read
   * whether or not the id is there yet: a message still waiting for its id holds the chat's walk back.
   */
  chatText: spec({
    variants: [{ css: '[jsname="dTKtvb"]', source: 'platform-dom.md Meet Chat (text [jsname="dTKtvb"] > div)' }],
    fixtures: { 'in-call-chat': 7 },
    scope: 'chat-container',
  }),
  /** A run of messages by one sender; the header carries sender and displayed time. */
  chatGroup: spec({
    variants: [{ css: '[jsname="Ypafjf"]', source: 'platform-dom.md Meet Chat (group .Ss4fHf)' }],
    fixtures: { 'in-call-chat': 5 },
    scope: 'chat-container',
  }),
  chatSender: spec({
    variants: [{ css: '.poVWob', source: 'platform-dom.md Meet Chat (group header .QTyiie)' }],
    fixtures: { 'in-call-chat': 5 },
    scope: 'chat-container',
  }),
  chatTime: spec({
    variants: [{ css: '[jsname="biJjHb"]', source: 'platform-dom.md Meet Chat' }],
    fixtures: { 'in-call-chat': 5 },
    scope: 'chat-container',
  }),
} as const satisfies Record<string, SelectorSpec>;

export type SelectorName = keyof typeof SELECTORS;

/** The combined selector (every variant), for existence checks and single lookups. */
export function css(name: SelectorName): string {
  return SELECTORS[name].variants.map((v) => v.css).join(', ');
}

/**
 * All matches of the first variant that matches anything, current UI first. Cheaper than the
 * combined selector on big lists (no de-duplication across variants).
 */
export function queryFirstVariant(root: ParentNode, name: SelectorName): ArrayLike<Element> & Iterable<Element> {
  let found: NodeListOf<Element> | null = null;
  for (const v of SELECTORS[name].variants) {
    found = root.querySelectorAll(v.css);
    if (found.length > 0) break;
  }
  return found ?? [];
}

/** Icon-font ligatures: locale-free (platform-dom.md ground rules). */
export const GLYPH = {
  /** Only after admission, in the toolbar. */
  inCall: ['closed_caption_off', 'chat'],
  /** One's own screen share is on. */
  ownShare: 'computer_arrow_up',
} as const;
