/**
 * Google Meet adapter: reads meet.google.com's DOM into a Snapshot (platform-dom.md, Google Meet).
 *
 *   toolbar (leave button's region) ─ glyphs → in call? own share?  ─ avatar count → participantCount
 *   main (tiles)                    ─ share tiles (participant id ≠ media id) → presenters
 *   People panel (aside)            ─ participant rows → roster, self, host; waiting rows; presentation rows
 *   chat container (persists)       ─ groups → sender/time; messages → chat
 *
 * Roots are found once and kept while connected, so a snapshot on a big call queries inside a
 * few subtrees instead of the whole document; the People panel is parsed again only after a
 * mutation inside it (WatchedSubtree), so speaking indicators elsewhere cost nothing. The chat, which
 * Meet keeps whole and which only grows, is read once and then walked on from where the last read
 * ended (a busy class posts thousands), with no observer on it: O(new messages) a snapshot. The
 * snapshot carries the latest CHAT_KEPT messages only (older ones were reported when they came), so
 * neither the work per snapshot nor what this page keeps grows with the length of the class. Unchanged lists are handed
 * over as the same frozen arrays, which the tracker skips.
 * Text is read with textContent only and capped.
 */
import type { ChatMessage, Coverage, MeetingIdentity, MeetingState, Participant, Presenter, Role, Snapshot } from '../../shared/model';
import type { PlatformAdapter } from '../types';
import { LIMITS } from '../../shared/protocol';
import { meetingCodeFromPath } from './detect';
import { GLYPH, css, variants } from './selectors';
import { queryFirstVariant } from '../kit/query';
import { containsText, isText, stripPresentationSuffix } from './text';
import { capText } from '../../shared/text-cap';
import { WatchedSubtree } from './watched-subtree';

/** Caps on attacker-written text, as the log stores it (docs/events.md). */
export const NAME_MAX: number = LIMITS.nameChars;
export const CHAT_MAX: number = LIMITS.chatChars;
const TITLE_MAX = 256;
/**
 * The chat messages a snapshot carries: the latest ones, as a virtualized chat would render them.
 * Far more than a busy class posts between two snapshots (20 a second, snapshots at least once a
 * second), and far fewer than the tracker remembers to report each message once.
 */
export const CHAT_KEPT = 200;
const TIME_MAX = 32;


function text(el: Element | null | undefined, max: number): string {
  return el ? capText((el.textContent ?? '').trim(), max) : '';
}

const SEL = {
  nameInput: css('nameInput'),
  leave: css('leaveButton'),
  glyph: css('toolbarGlyph'),
  tile: css('tile'),
  tileName: css('tileName'),
  ended: css('endedHeading'),
  title: css('title'),
  avatarCount: css('avatarCount'),
  participantRow: css('participantRow'),
  anyRow: css('anyRow'),
  rowName: css('rowName'),
  selfMarker: css('selfMarker'),
  roleLine: css('roleLine'),
  chatContainer: css('chatContainer'),
  anyMessage: css('anyMessage'),
  chatText: css('chatText'),
  chatGroup: css('chatGroup'),
  chatSender: css('chatSender'),
  chatTime: css('chatTime'),
};

interface RowInfo {
  /**
   * The row's textContent and aria-label when parsed: while both are unchanged, the parse is reused.
   * Kept as the two strings the DOM handed over (whose characters live outside the script heap), not
   * joined into a new one: a 1,000-row panel would keep 1,000 copies in the page's heap.
   */
  text: string;
  label: string;
  id: string;
  name: string;
  role: Role;
  self: boolean;
}

interface PeoplePanel {
  participants: readonly Participant[];
  waiting: readonly Participant[];
  /** Participant ids that have a second (presentation) row. */
  presenting: Set<string>;
  /** Rows for badges: the person's row (never the presentation row) and the waiting rows. */
  rows: Map<string, Element>;
  waitingRows: Map<string, Element>;
}

/**
 * What changes the reading of the People panel or the toolbar: rows added or removed, names, role
 * lines and texts edited, a row's name label. Not class or style, which speaking indicators flip
 * every frame (assumption: Meet sets a row's identity classes once, when it renders the row, so a
 * row never turns into a waiting row in place).
 */
const READ_MUTATIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['aria-label', 'data-participant-id'],
};

const NONE: readonly Participant[] = Object.freeze([]);
const NO_GLYPHS: ReadonlySet<string> = new Set();

/** The chat as read. */
interface ChatView {
  /** The container it was read from. */
  root: Element;
  /** The latest CHAT_KEPT messages, in page order. */
  messages: readonly ChatMessage[];
  /**
   * The message element the next read walks on from: the last one read with every message before it
   * read too (one still waiting for its id holds it back). Null: from the container's start.
   */
  resume: Element | null;
}

/**
 * A whole read of the chat every this many reads, in between the reads walk on from where the last
 * one ended: Meet only appends, and the whole read catches anything else (a message removed, or one
 * put before the last) within about two minutes on a busy page. Seldom, as it queries the whole
 * chat, which grows with the class (at every 30 reads it was a tenth of this script's time on the
 * busy bench page).
 */
export const CHAT_WHOLE_READ_EVERY = 120;
/**
 * A message still without its id (one's own, until Meet's server acknowledges it) holds the walk
 * back, to be read once the id comes; after this many later messages it is given up on (one that
 * failed to send never gets an id), and only a whole read would still find it.
 */
const PENDING_PATIENCE = 20;

/** The walker's first node after `el` and everything in it (null: none in the walker's root). */
function nextAfter(walker: TreeWalker, el: Element): Node | null {
  walker.currentNode = el;
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

/** What changes the reading of the share tiles on stage. */
const STAGE_MUTATIONS: MutationObserverInit = { ...READ_MUTATIONS, attributeFilter: ['data-participant-id', 'data-tile-media-id'] };

const NOT_IN_CALL: Coverage = {
  roster: 'hidden',
  rosterReason: 'not-in-call',
  chat: 'hidden',
  chatReason: 'not-in-call',
  presenter: 'unreadable',
  presenterReason: 'not-in-call',
};

/**
 * The open panel lists clearly fewer people than the client's own counter: part of the list is not
 * rendered (e.g. a collapsed section), so absent rows must not read as people leaving. The slack
 * absorbs the frame or two in which the counter and the rows disagree during joins and leaves.
 */
function fewerRowsThanCounted(rows: number, count: number | null): boolean {
  return count !== null && rows < count - Math.max(2, Math.ceil(count * 0.05));
}

export class MeetAdapter implements PlatformAdapter {
  readonly platform = 'meet' as const;

  private main: Element | null = null;
  private toolbar: Element | null = null;
  private titleEl: Element | null = null;
  /** Rows or messages exist but the row / container selectors no longer match them (a UI rotation). */
  private rosterUnrecognized = false;
  private chatUnrecognized = false;
  private panel: WatchedSubtree<PeoplePanel> | null = null;
  private chatRoot: Element | null = null;
  private chatView: ChatView | null = null;
  /** Reads of the chat since the last whole one. */
  private chatWalks = 0;
  private chatWalker: TreeWalker | null = null;
  private toolbarWatch: WatchedSubtree<ReadonlySet<string>> | null = null;
  private stage: WatchedSubtree<readonly { id: string; name: string | null }[]> | null = null;
  private readonly rowCache = new WeakMap<Element, RowInfo>();
  /**
   * Messages read, by id: a message is parsed once. Keyed by id, not element, and rebuilt on each whole
   * read: a WeakMap entry per element of a chat that only grows would be thousands of ephemerons for
   * every garbage collection of the page to trace.
   */
  private messagesById = new Map<string, ChatMessage>();
  /** The last identity read, and what it was read from. */
  private lastIdentity: { url: string; shown: string; docTitle: string; identity: MeetingIdentity } | null = null;
  /** The chat group last read (Meet appends to the last group only): its header's sender and time as shown, and whether the sender reads "You". */
  private lastGroup: { el: Element | null; sender: string; time: string | null; you: boolean } | null = null;
  /** Self is only marked in the People panel; remembered so chat and presenters know it with the panel closed. */
  private self: Snapshot['self'] = { id: null, name: null, host: null };
  /** Names of the others at the last People-panel read: someone named "You" must not pass for self in chat. */
  private otherNames: ReadonlySet<string> = new Set();

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
  ) {}

  /** Meet runs in the top document; the reCAPTCHA iframe on join is not the meeting. */
  isMeetingFrame(): boolean {
    return this.win === this.win.top;
  }

  snapshot(): Snapshot {
    const glyphs = this.toolbarGlyphs();
    const state = this.readState(glyphs);
    const meeting = this.identity();
    if (state !== 'in-call') {
      return {
        meeting,
        state,
        self: { ...this.self },
        participants: [],
        participantCount: null,
        waiting: [],
        presenters: [],
        chat: [],
        coverage: NOT_IN_CALL,
      };
    }
    const people = this.readPeoplePanel();
    const chat = this.readChat();
    const count = this.participantCount();
    const roster: Pick<Coverage, 'roster' | 'rosterReason'> = !people
      ? { roster: 'hidden', rosterReason: this.rosterUnrecognized ? 'selector-missing' : 'panel-closed' }
      : fewerRowsThanCounted(people.participants.length, count)
        ? { roster: 'partial', rosterReason: 'panel-closed' }
        : { roster: 'full', rosterReason: null };
    return {
      meeting,
      state,
      self: { ...this.self },
      participants: people ? people.participants : NONE,
      participantCount: count,
      waiting: people ? people.waiting : NONE,
      presenters: this.readPresenters(people, glyphs),
      chat: chat ? chat.messages : [],
      coverage: {
        ...roster,
        chat: chat ? 'visible' : 'hidden',
        chatReason: chat ? null : this.chatUnrecognized ? 'selector-missing' : 'panel-closed',
        // Share tiles stay on stage whatever the panels show (platform-dom.md, Screen share).
        presenter: 'readable',
        presenterReason: null,
      },
    };
  }

  dispose(): void {
    for (const watch of [this.panel, this.toolbarWatch, this.stage]) watch?.disconnect();
    this.panel = this.toolbarWatch = this.stage = null;
  }

  rowFor(kind: 'participant' | 'waiting', participantId: string): Element | null {
    const pick = (people: PeoplePanel | null | undefined): Element | null => {
      const row = (kind === 'participant' ? people?.rows : people?.waitingRows)?.get(participantId);
      return row?.isConnected ? row : null;
    };
    // Called per badged person right after snapshot(): the last parse usually has the row already.
    return pick(this.panel?.last()) ?? pick(this.readPeoplePanel());
  }

  // ── state and identity ──────────────────────────────────────────────────────────────────

  private readState(glyphs: ReadonlySet<string>): MeetingState {
    // Hot path first: in a call, tiles or toolbar glyphs answer without scanning the document.
    if (this.findMain()?.querySelector(SEL.tile)) return 'in-call';
    if (GLYPH.inCall.some((g) => glyphs.has(g))) return 'in-call';
    if (this.doc.querySelector(SEL.ended)) return 'ended';
    // Small pages from here on (lobby, pre-join, end page): text is the only signal left.
    for (const h1 of this.doc.getElementsByTagName('h1')) {
      if (isText('ended', text(h1, TITLE_MAX))) return 'ended';
    }
    if (this.pageHasText((s) => containsText('waiting', s))) return 'waiting';
    if (this.doc.querySelector(SEL.nameInput)) return 'prejoin';
    for (const button of this.doc.getElementsByTagName('button')) {
      if (isText('joinButtons', text(button, TITLE_MAX))) return 'prejoin';
    }
    return 'unknown';
  }

  /** Visible-text search that skips scripts and styles (Meet inlines localized strings in scripts). */
  private pageHasText(test: (s: string) => boolean): boolean {
    const body = this.doc.body;
    if (!body) return false;
    const walker = this.doc.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => {
        const tag = n.parentElement?.tagName;
        return tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE'
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT;
      },
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const s = n.nodeValue;
      if (s && test(s)) return true;
    }
    return false;
  }

  private identity(): MeetingIdentity {
    const url = this.win.location.href;
    if (!this.titleEl?.isConnected) this.titleEl = this.findToolbar()?.querySelector(SEL.title) ?? this.doc.querySelector(SEL.title);
    // "<title> - Google Meet" (platform-dom.md, Identity); "Meet - <code>" when untitled.
    const shown = text(this.titleEl, TITLE_MAX);
    const docTitle = shown ? '' : this.doc.title;
    // The same page as the last snapshot's: the same identity (read every flush, it seldom changes).
    const last = this.lastIdentity;
    if (last && last.url === url && last.shown === shown && last.docTitle === docTitle) return last.identity;
    const code = meetingCodeFromPath(this.win.location.pathname);
    const title = shown || capText(docTitle.replace(/\s+-\s+Google Meet$/, '').replace(/^Meet\s+[-–]\s+/, '').trim(), TITLE_MAX);
    const untitled = !title || title === code || title === 'Meet' || title === 'Google Meet';
    const identity: MeetingIdentity = Object.freeze({ platform: 'meet', code, title: untitled ? null : title, url });
    this.lastIdentity = { url, shown, docTitle, identity };
    return identity;
  }

  // ── roots ───────────────────────────────────────────────────────────────────────────────

  private findMain(): Element | null {
    if (!this.main?.isConnected) this.main = this.doc.querySelector('main');
    return this.main;
  }

  /** The call-controls region around the leave button (its aria-label is localized; the jsname is not). */
  private findToolbar(): Element | null {
    if (!this.toolbar?.isConnected) {
      const leave = this.doc.querySelector(SEL.leave);
      this.toolbar = leave ? (leave.closest('[role="region"]') ?? leave.parentElement) : null;
    }
    return this.toolbar;
  }

  /** The icon ligatures in the toolbar, read again only after its text or elements changed. */
  private toolbarGlyphs(): ReadonlySet<string> {
    const toolbar = this.findToolbar();
    this.toolbarWatch = WatchedSubtree.follow(this.toolbarWatch, toolbar, READ_MUTATIONS);
    return (
      this.toolbarWatch?.read((root) => {
        const glyphs = new Set<string>();
        for (const g of root.querySelectorAll(SEL.glyph)) glyphs.add(text(g, 64));
        return glyphs;
      }) ?? NO_GLYPHS
    );
  }

  /** The People panel's aside, while it shows rows (rows exist only while the panel is open). */
  private findPanel(): WatchedSubtree<PeoplePanel> | null {
    const current = this.panel;
    if (current?.root.isConnected && current.root.querySelector(SEL.participantRow)) return current;
    current?.disconnect();
    this.panel = null;
    // One pass finds either a row we recognize or any People-panel row (then the row selector rotated).
    const hit = this.doc.querySelector(`${SEL.participantRow}, ${SEL.anyRow}`);
    const row = hit && !hit.matches(SEL.participantRow) ? this.doc.querySelector(SEL.participantRow) : hit;
    this.rosterUnrecognized = hit !== null && row === null;
    const root = row ? (row.closest('aside') ?? row.closest('[role="list"]')?.parentElement ?? null) : null;
    if (root) this.panel = new WatchedSubtree(root, READ_MUTATIONS);
    return this.panel;
  }

  private findChat(): Element | null {
    if (this.chatRoot?.isConnected) return this.chatRoot;
    this.chatRoot = null;
    const hit = this.doc.querySelector(`${SEL.chatContainer}, ${SEL.anyMessage}`);
    const root = hit && !hit.matches(SEL.chatContainer) ? this.doc.querySelector(SEL.chatContainer) : hit;
    this.chatUnrecognized = hit !== null && root === null;
    this.chatRoot = root;
    return root;
  }

  // ── roster ──────────────────────────────────────────────────────────────────────────────

  private readRow(row: Element): RowInfo {
    const label = row.getAttribute('aria-label') ?? '';
    const rowText = row.textContent ?? '';
    const cached = this.rowCache.get(row);
    if (cached && cached.text === rowText && cached.label === label) return cached;
    const nameEl = row.querySelector(SEL.rowName);
    const roleText = text(row.querySelector(SEL.roleLine), 128);
    const info: RowInfo = {
      text: rowText,
      label,
      id: row.getAttribute('data-participant-id') ?? '',
      // The row's aria-label is the bare name; used when the name span's class has rotated.
      name: nameEl ? text(nameEl, NAME_MAX) : capText(label.trim(), NAME_MAX),
      role: isText('hostRole', roleText) ? 'host' : isText('cohostRole', roleText) ? 'cohost' : 'participant',
      self: row.querySelector(SEL.selfMarker) !== null,
    };
    this.rowCache.set(row, info);
    return info;
  }

  private isPresentationName(name: string): boolean {
    return isText('ownPresentation', name) || stripPresentationSuffix(name) !== name;
  }

  private readPeoplePanel(): PeoplePanel | null {
    return this.findPanel()?.read((root) => this.parsePeoplePanel(root)) ?? null;
  }

  private parsePeoplePanel(panel: Element): PeoplePanel {
    const byId = new Map<string, { info: RowInfo; row: Element }[]>();
    const personRows = new Set<Element>();
    for (const row of queryFirstVariant(panel, variants('participantRow'))) {
      personRows.add(row);
      const info = this.readRow(row);
      if (!info.id) continue;
      const list = byId.get(info.id);
      if (list) list.push({ info, row });
      else byId.set(info.id, [{ info, row }]);
    }
    const participants: Participant[] = [];
    const presenting = new Set<string>();
    const rows = new Map<string, Element>();
    for (const [id, list] of byId) {
      // A presenter's second row reuses the id (platform-dom.md, Roster). Only a duplicated id makes
      // a row a presentation: a stranger typing "X (Presentation)" as a name stays a person.
      let entry = list[0]!;
      if (list.length > 1) {
        presenting.add(id);
        entry = list.find((r) => !this.isPresentationName(r.info.name)) ?? entry;
      }
      const person = entry.info;
      rows.set(id, entry.row);
      participants.push({ id, idStable: true, name: person.name, role: person.role, self: person.self });
      if (person.self) {
        this.self = { id, name: person.name, host: person.role === 'host' || person.role === 'cohost' };
      }
    }
    const waiting: Participant[] = [];
    const waitingRows = new Map<string, Element>();
    // Waiting to join: the panel's other rows (a separate list without the row controller).
    for (const row of panel.querySelectorAll(SEL.anyRow)) {
      if (personRows.has(row)) continue;
      const info = this.readRow(row);
      if (!info.id) continue;
      waiting.push({ id: info.id, idStable: true, name: info.name, role: 'participant', self: false });
      waitingRows.set(info.id, row);
    }
    this.otherNames = new Set(participants.filter((p) => !p.self).map((p) => p.name));
    // Frozen: snapshots hand these very arrays over until the panel changes.
    return { participants: Object.freeze(participants), waiting: Object.freeze(waiting), presenting, rows, waitingRows };
  }

  private participantCount(): number | null {
    const el = this.findToolbar()?.querySelector(SEL.avatarCount) ?? null;
    const n = Number.parseInt(el?.getAttribute('data-avatar-count') ?? '', 10);
    return Number.isFinite(n) && n >= 0 ? n : null;
  }

  // ── presenters ──────────────────────────────────────────────────────────────────────────

  /**
   * Share tiles: the presenter's participant id with a different media id (platform-dom.md, Screen
   * share). Tiles live in <main>, read again only after tiles or their ids changed there (speaking
   * indicators flip classes every frame); without <main>, the whole page (People rows carry no media id).
   */
  private shareTiles(): readonly { id: string; name: string | null }[] {
    const main = this.findMain();
    this.stage = WatchedSubtree.follow(this.stage, main, STAGE_MUTATIONS);
    const read = (root: ParentNode) => {
      const out: { id: string; name: string | null }[] = [];
      for (const tile of root.querySelectorAll(SEL.tile)) {
        const id = tile.getAttribute('data-participant-id');
        if (!id || tile.getAttribute('data-tile-media-id') === id) continue;
        const shown = text(tile.querySelector(SEL.tileName), NAME_MAX);
        out.push({ id, name: shown ? stripPresentationSuffix(shown) : null });
      }
      return out;
    };
    return this.stage ? this.stage.read(read) : read(this.doc);
  }

  private readPresenters(people: PeoplePanel | null, glyphs: ReadonlySet<string>): Presenter[] {
    const byId = new Map<string, Presenter>();
    const nameOf = (id: string): string | null => people?.participants.find((p) => p.id === id)?.name ?? null;
    const add = (id: string, fallbackName: string | null): void => {
      if (byId.has(id)) return;
      byId.set(id, { participantId: id, name: nameOf(id) ?? fallbackName, self: id === this.self.id });
    };
    for (const tile of this.shareTiles()) add(tile.id, tile.name);
    if (people) for (const id of people.presenting) add(id, null);
    if (glyphs.has(GLYPH.ownShare) && ![...byId.values()].some((p) => p.self)) {
      const own: Presenter = { participantId: this.self.id, name: this.self.name, self: true };
      byId.set(this.self.id ?? 'self', own);
    }
    return [...byId.values()];
  }

  // ── chat ────────────────────────────────────────────────────────────────────────────────

  /**
   * The chat, without watching it: a MutationObserver on the chat runs in the page's own task each
   * time a message is posted (its records are made and handed to this script, some 30 µs a message
   * measured on the busy bench page), while this reads only at a snapshot, walking on from where the
   * last read ended: O(new messages).
   */
  private readChat(): ChatView | null {
    const root = this.findChat();
    const view = this.chatView;
    if (!root) {
      this.chatView = null;
      return null;
    }
    const walk =
      view !== null && view.root === root && ++this.chatWalks < CHAT_WHOLE_READ_EVERY && (view.resume === null || root.contains(view.resume))
        ? this.chatAfter(view)
        : null;
    this.chatView = walk ?? this.parseChat(root);
    return this.chatView;
  }

  /** The latest CHAT_KEPT messages in the container, in page order. */
  private parseChat(root: Element): ChatView {
    this.chatWalks = 0;
    const out: ChatMessage[] = [];
    let resume: Element | null = null;
    const known = this.messagesById;
    this.messagesById = new Map();
    // Anchored on the text child: the pin button also carries data-message-id (platform-dom.md, Chat).
    // From the end: only the latest are parsed, however long the chat.
    const bodies = root.querySelectorAll(SEL.chatText);
    for (let i = bodies.length - 1; i >= 0 && out.length < CHAT_KEPT; i--) {
      const body = bodies[i]!;
      const el = body.parentElement;
      const id = el?.getAttribute('data-message-id');
      if (!el || !id) {
        // Waiting for its id: the next read walks on from before it (unless it is long past).
        if (out.length < PENDING_PATIENCE) resume = null;
        continue;
      }
      const msg = known.get(id) ?? this.readMessage(id, el, body);
      this.messagesById.set(id, msg);
      out.push(msg);
      resume ??= el;
    }
    return { root, messages: Object.freeze(out.reverse()), resume };
  }

  /**
   * The view with the messages added after it: a walk over the elements after `resume`. Null (read
   * it all again) when a message read before comes after a new one: an id that came late to a message
   * followed by others, or messages moved; the new one is not the last, and a whole read puts it in
   * page order.
   */
  private chatAfter(view: ChatView): ChatView | null {
    if (this.chatWalker?.root !== view.root) this.chatWalker = this.doc.createTreeWalker(view.root, NodeFilter.SHOW_ELEMENT);
    const walker = this.chatWalker;
    walker.currentNode = view.root;
    const added: ChatMessage[] = [];
    let resume = view.resume;
    /** Messages with ids seen since one without (-1: none without yet). */
    let sincePending = -1;
    for (let n = resume ? nextAfter(walker, resume) : walker.nextNode(); n; ) {
      const body = n as Element;
      const el = body.matches(SEL.chatText) ? body.parentElement : null;
      if (!el) {
        n = walker.nextNode();
        continue;
      }
      // On past the message's own elements (its text's formatting, its pin button): the next message is after them.
      n = nextAfter(walker, el);
      const id = el.getAttribute('data-message-id');
      if (!id) {
        if (sincePending < 0) sincePending = 0;
        continue;
      }
      if (sincePending >= 0 && ++sincePending > PENDING_PATIENCE) sincePending = -1;
      const settled = sincePending < 0;
      if (this.messagesById.has(id)) {
        if (added.length > 0) return null;
      } else {
        const msg = this.readMessage(id, el, body);
        this.messagesById.set(id, msg);
        added.push(msg);
      }
      if (settled) resume = el;
    }
    if (added.length === 0) return resume === view.resume ? view : { ...view, resume };
    let messages = [...view.messages, ...added];
    if (messages.length > CHAT_KEPT) {
      const dropped = messages.length - CHAT_KEPT;
      for (let i = 0; i < dropped; i++) this.messagesById.delete(messages[i]!.id);
      messages = messages.slice(dropped);
    }
    return { root: view.root, messages: Object.freeze(messages), resume };
  }

  private readMessage(id: string, el: Element, body: Element): ChatMessage {
    // Sender and time sit once in the group header; follow-on messages carry neither.
    const group = el.closest(SEL.chatGroup);
    let header = group !== null && this.lastGroup?.el === group ? this.lastGroup : null;
    if (!header) {
      const sender = text(group?.querySelector(SEL.chatSender), NAME_MAX);
      header = { el: group, sender, time: text(group?.querySelector(SEL.chatTime), TIME_MAX) || null, you: isText('selfSender', sender) };
      // Kept only once the header is there: Meet may render a group's messages before its header.
      if (group && sender) this.lastGroup = header;
    }
    const { sender: shownSender, time } = header;
    // "You" marks one's own messages, unless someone else in the call (as last seen) is named so.
    const self = header.you && !this.otherNames.has(shownSender);
    return {
      id,
      senderId: self ? this.self.id : null,
      senderName: self ? (this.self.name ?? shownSender) : shownSender,
      self,
      // textContent flattens links and formatting into the words as shown.
      text: text(body, CHAT_MAX),
      time,
      privateTo: null, // Meet has no private in-call chat (platform-dom.md, Chat).
    };
  }
}
