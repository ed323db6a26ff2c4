/**
 * docs/adapters/zoom.md (participant ids are name-derived: #identity-of-participants).
 *
 *   frame check ─ app shell top frame (holds iframe#webclient) → not ours; the iframe and the
 *                 direct /wc/ client → ours
 *   state       ─ end modal title → footer#wc-footer → waiting-room text → pre-join inputs   (state.ts)
 *   roster      ─ .participants-section-container › #participants-unified-list rows (virtualized:
 *                 rendered rows vs the header / footer counter decide full or partial)        (roster.ts)
 *   presenter   ─ #sharee-container share player node-id → camera tile name, else a chat sender,
 *                 else the share banner's text                                                (share.ts)
 *   chat        ─ .chat-container__chat-list rows; sender carried forward over a run, cached by id (chat.ts)
 *   stage       ─ gallery name footers → partial sightings while the list is not full           (stage.ts)
 */
import type { Coverage, Snapshot } from '../../common/model';
import type { PlatformAdapter } from '../types';
import { findOptional } from '../kit/query';
import { ZoomChat } from './chat';
import { isZoomMeetingUrl } from './detect';
import { ZoomSelf, emptyRoster, footerCount, readRoster, rowIn, rowShows, type RosterRead } from './roster';
import { css } from './selectors';
import { readPresenters } from './share';
import { ZoomStage } from './stage';
import { findFooter, readIdentity, readState } from './state';

export { CHAT_MAX, NAME_MAX } from '../kit/text';
export { SELF_ID } from './roster';

const Q = { iframe: css('webclientIframe'), chatList: css('chatList') };

/** Fewer rendered rows than counted is the virtualized list. */
function rosterCoverage(
  inCall: boolean,
  roster: RosterRead,
  count: number | null,
): Pick<Coverage, 'roster' | 'rosterReason'> {
  if (!inCall) return { roster: 'hidden', rosterReason: 'not-in-call' };
  if (!roster.listPresent) return { roster: 'hidden', rosterReason: 'panel-closed' };
  if (count === null) return { roster: 'partial', rosterReason: 'selector-missing' };
  if (roster.participants.length < count) return { roster: 'partial', rosterReason: 'virtualized' };
  return { roster: 'full', rosterReason: null };
}

export class ZoomAdapter implements PlatformAdapter {
  readonly platform = 'zoom' as const;
  private readonly chat = new ZoomChat();
  private readonly stage = new ZoomStage();
  private readonly self: ZoomSelf;
  /** rowFor() answers from it while its rows are still mounted. */
  private lastRoster: RosterRead | null = null;
  private lastHref = '';
  private lastHrefIsMeeting = false;

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
  ) {
    this.self = new ZoomSelf(doc);
  }

  isMeetingFrame(): boolean {
    if (this.doc.querySelector(Q.iframe)) return false;
    return this.urlIsMeeting();
  }

  snapshot(): Snapshot {
    const meeting = readIdentity(this.doc, this.win);
    const state = readState(this.doc);
    const inCall = state === 'in-call';
    const footer = inCall ? findFooter(this.doc) : null;
    const roster = inCall ? readRoster(this.doc) : emptyRoster();
    this.lastRoster = roster;
    const count = roster.headerCount ?? (footer ? footerCount(footer) : null);
    const self = this.self.read(roster, footer, state);
    const chatList = inCall ? findOptional(this.doc, Q.chatList) : null;
    const chat = chatList ? this.chat.read(chatList) : [];
    const { presenters, readable } = inCall
      ? readPresenters(this.doc, roster, this.chat.nameByUserId)
      : { presenters: [], readable: false };
    const rosterCov = rosterCoverage(inCall, roster, count);
    // The gallery names people only while the list does not show everyone.
    const stage = inCall && rosterCov.roster !== 'full' ? this.stage.read(this.doc, self.name) : undefined;
    const coverage: Coverage = {
      ...rosterCov,
      // With the list open but virtualized, the hint is about scrolling it, not the tiles.
      ...(stage && rosterCov.roster === 'hidden' ? { stage: { read: stage.length, of: count } } : {}),
      chat: chatList ? 'visible' : 'hidden',
      chatReason: chatList ? null : inCall ? 'panel-closed' : 'not-in-call',
      presenter: readable ? 'readable' : 'unreadable',
      presenterReason: readable ? null : inCall ? 'selector-missing' : 'not-in-call',
    };
    return {
      meeting,
      state,
      self,
      participants: roster.participants,
      participantCount: count,
      ...(stage ? { stage } : {}),
      waiting: roster.waiting,
      presenters,
      chat,
      coverage,
    };
  }

  rowFor(kind: 'participant' | 'waiting', participantId: string): Element | null {
    const cached = this.lastRoster ? rowIn(this.lastRoster, kind, participantId) : null;
    // React reuses row elements by list position: a mounted row may show someone else by now.
    if (cached?.el.isConnected && rowShows(cached.el, cached.name)) return cached.el;
    // The list re-rendered since the last snapshot (scroll, React update): read it again.
    if (!findFooter(this.doc)) return null;
    this.lastRoster = readRoster(this.doc);
    return rowIn(this.lastRoster, kind, participantId)?.el ?? null;
  }

  controls(): Element[] {
    // The whole footer, not only Leave: the panel's steps send the teacher to its Security and Participants buttons.
    const bars = [...this.doc.querySelectorAll(`${css('leaveButton')}, ${css('footer')}, ${css('rosterPanel')}`)];
    // The chat too while it is open (its list is empty at first: its container is the box).
    const list = this.doc.querySelector(css('chatList'));
    const chat = list?.parentElement?.closest('[class*="chat-container"]') ?? list;
    return chat ? [...bars, chat] : bars;
  }

  private urlIsMeeting(): boolean {
    const href = this.win.location.href;
    if (href !== this.lastHref) {
      this.lastHref = href;
      try {
        this.lastHrefIsMeeting = isZoomMeetingUrl(new URL(href));
      } catch {
        this.lastHrefIsMeeting = false;
      }
    }
    return this.lastHrefIsMeeting;
  }
}

export function createZoomAdapter(doc: Document, win: Window): PlatformAdapter {
  return new ZoomAdapter(doc, win);
}
