/**
 * docs/adapters/meet.md
 *
 *   toolbar (leave button's region) ─ glyphs → in call? own share?  ─ avatar count → participantCount  (page.ts)
 *   main (tiles)                    ─ share tiles (participant id ≠ media id) → presenters;            (stage.ts)
 *                                     camera tiles → stage sightings while the People list is closed
 *   People panel (aside)            ─ participant rows → roster, self, host; waiting rows               (people.ts)
 *   chat container (persists)       ─ groups → sender/time; messages → chat                            (chat.ts)
 *   toasts (chat / list closed)     ─ "<Name> says in chat: …" → chat previews; "<Name> joined" → notices (chat-toast.ts)
 */
import type { Coverage, Participant, Snapshot } from '../../common/model';
import type { PlatformAdapter } from '../types';
import { MeetChat } from './chat';
import { MeetToasts } from './chat-toast';
import { MeetPage } from './page';
import { MeetPeople, type PeoplePanel } from './people';
import { css } from './selectors';
import { MeetStage } from './stage';

export { CHAT_MAX, NAME_MAX } from '../kit/text';
export { CHAT_KEPT, CHAT_WHOLE_READ_EVERY } from './chat';

const NONE: readonly Participant[] = Object.freeze([]);

const NOT_IN_CALL: Coverage = {
  roster: 'hidden',
  rosterReason: 'not-in-call',
  chat: 'hidden',
  chatReason: 'not-in-call',
  presenter: 'unreadable',
  presenterReason: 'not-in-call',
};

/**
 * Fewer rows than the counter: part of the list is not rendered, so absent rows must not read as
 * leaving. The slack absorbs a frame or two of disagreement during joins and leaves.
 */
function fewerRowsThanCounted(rows: number, count: number | null): boolean {
  return count !== null && rows < count - Math.max(2, Math.ceil(count * 0.05));
}

export class MeetAdapter implements PlatformAdapter {
  readonly platform = 'meet' as const;
  private readonly page: MeetPage;
  private readonly people: MeetPeople;
  private readonly chat: MeetChat;
  private readonly stage: MeetStage;
  private readonly toasts: MeetToasts;

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
  ) {
    this.page = new MeetPage(doc, win);
    this.people = new MeetPeople(doc);
    this.chat = new MeetChat(doc, this.people);
    this.stage = new MeetStage(doc, this.page, this.people);
    this.toasts = new MeetToasts(doc);
  }

  /** The reCAPTCHA iframe on join is not the meeting. */
  isMeetingFrame(): boolean {
    return this.win === this.win.top;
  }

  snapshot(): Snapshot {
    const glyphs = this.page.toolbarGlyphs();
    const state = this.page.readState(glyphs);
    const meeting = this.page.identity();
    if (state !== 'in-call') {
      this.toasts.pause();
      return {
        meeting,
        state,
        self: { ...this.people.self },
        participants: [],
        participantCount: null,
        waiting: [],
        presenters: [],
        chat: [],
        coverage: NOT_IN_CALL,
      };
    }
    const people = this.people.read();
    const chat = this.chat.read();
    const count = this.page.participantCount();
    const roster = this.rosterCoverage(people, count);
    // The tiles are read for shares anyway; they name people only while the list is not full.
    const stage = roster.roster === 'full' ? undefined : this.stage.people();
    // Toasts name newcomers and previews only where neither list nor chat can.
    const wantToasts = stage !== undefined || !chat;
    if (!wantToasts) this.toasts.pause();
    const toasts = wantToasts ? this.toasts.read() : null;
    return {
      meeting,
      state,
      self: { ...this.people.self },
      participants: people ? people.participants : NONE,
      participantCount: count,
      ...(stage ? { stage } : {}),
      ...(stage && toasts?.joined.length ? { joinNotices: toasts.joined } : {}),
      waiting: people ? people.waiting : NONE,
      presenters: this.stage.read(people, glyphs),
      chat: chat ? chat.messages : [],
      // Meet raises the toast only while the chat is closed.
      ...(chat || !toasts?.previews.length ? {} : { chatPreviews: toasts.previews }),
      coverage: {
        ...roster,
        ...(stage && roster.roster === 'hidden' ? { stage: { read: stage.length, of: count } } : {}),
        chat: chat ? 'visible' : 'hidden',
        chatReason: chat ? null : this.chat.unrecognized ? 'selector-missing' : 'panel-closed',
        presenter: 'readable',
        presenterReason: null,
      },
    };
  }

  dispose(): void {
    this.page.dispose();
    this.people.dispose();
    this.stage.dispose();
    this.toasts.pause();
  }

  rowFor(kind: 'participant' | 'waiting', participantId: string): Element | null {
    const pick = (people: PeoplePanel | null | undefined): Element | null => {
      const row = (kind === 'participant' ? people?.rows : people?.waitingRows)?.get(participantId);
      return row?.isConnected ? row : null;
    };
    // Called right after snapshot(): the last parse usually has the row.
    return pick(this.people.last()) ?? pick(this.people.read());
  }

  /** Asked every second while the panel or the checklist keeps clear: nothing here searches the page. */
  controls(): Element[] {
    const toolbar = this.page.findToolbar();
    const inToolbar = toolbar ? [...toolbar.querySelectorAll(css('leaveButton'))] : [];
    const out = inToolbar.length > 0 ? inToolbar : [...this.doc.querySelectorAll(css('leaveButton'))];
    // The whole bar: the steps the panel gives send the teacher to its buttons (People, Host controls).
    if (toolbar) out.push(toolbar);
    // The side panel open, People or chat: what the teacher reads there stays in view.
    for (const panel of [this.people.panelElement(), this.chat.panelElement()]) if (panel) out.push(panel);
    return out;
  }

  private rosterCoverage(people: PeoplePanel | null, count: number | null): Pick<Coverage, 'roster' | 'rosterReason'> {
    if (!people)
      return { roster: 'hidden', rosterReason: this.people.unrecognized ? 'selector-missing' : 'panel-closed' };
    if (fewerRowsThanCounted(people.participants.length, count))
      return { roster: 'partial', rosterReason: 'panel-closed' };
    return { roster: 'full', rosterReason: null };
  }
}

export function createMeetAdapter(doc: Document, win: Window): PlatformAdapter {
  return new MeetAdapter(doc, win);
}
