/**
 * Reads the Teams v2 web client (teams.microsoft.com/v2, teams.live.com, teams.cloud.microsoft).
 *
 *   state      ← data-tid screens (#calling-retry-screen-title, lobby, call bar, pre-join)
 *   roster     ← People panel FlatTree: section headers + rows in document order (one query)
 *   waiting    ← rows under the lobby section header (organizer view; header text per locale)
 *   presenters ← stage tiles labelled "Content shared by X" that hold a video
 *   chat       ← chat pane items; authors carried forward over follow-ons, remembered by data-mid
 *
 * Teams mounts one side panel at a time, so the roster and the chat are never both readable; the
 * coverage says which one is hidden and why. Lookups are cached while their element stays connected
 * and every list is queried inside its panel root, so a snapshot costs O(rendered rows).
 */
import type {
  ChatMessage,
  Coverage,
  MeetingIdentity,
  MeetingState,
  Participant,
  Presenter,
  Role,
  Snapshot,
} from '../../shared/model';
import type { PlatformAdapter } from '../types';
import { LIMITS } from '../../shared/protocol';
import { capText } from '../../shared/text-cap';
import { meetingCodeFromUrl } from './detect';
import { css, type SelectorName } from './selectors';
import { matcher, phrases } from './text';

/** Caps on attacker-written text, as the log stores it (docs/events.md). */
export const MAX_NAME: number = LIMITS.nameChars;
export const MAX_CHAT: number = LIMITS.chatChars;
/** Longer labels are not ours to parse (a share label is "Content shared by" plus a capped name). */
const MAX_LABEL = 1024;
/** Carried-forward chat senders remembered by message id. */
const SENDER_MEMORY = 5000;
/** Names remembered to attribute chat and shares while the roster is hidden. */
const NAME_MEMORY = 5000;
/** Stage tile labels remembered with the presenter they name (or none). */
const LABEL_MEMORY = 1000;
/** Hooks that were not in the page are looked for in the whole document every n-th snapshot. */
const FULL_RECHECK = 8;
/**
 * With no call on the page (Teams' chat or calendar), look for one at most this often. Time, not a
 * count of snapshots: a quiet page flushes only every 2 s, so "every 8th snapshot" meant a call
 * screen could go unseen for ~14 s.
 */
export const IDLE_RECHECK_MS = 400;

const IN_CALL_PREFIXES = ['participantsInCall-', 'attendeesInMeeting-'] as const;
const INVITED_PREFIX = 'participantsFromThread-';
const AVATAR_PREFIX = 'roster-avatar-img-';
const HEADER_COUNT = /\((\d{1,6})\)\s*$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const TITLE_SUFFIX = /\s*\|\s*Microsoft Teams.*$/;

const match = {
  shared: matcher('contentSharedBy'),
  presenting: matcher('isPresenting'),
  inMeeting: matcher('inMeetingHeader'),
  lobby: matcher('lobbyHeader'),
  lobbyScreen: matcher('lobbyScreen'),
  profile: matcher('profilePictureOf'),
};
const SUFFIX = {
  guest: phrases('suffixGuest').concat(phrases('suffixUnverified')),
  external: phrases('suffixExternal'),
  you: phrases('suffixYou'),
};
const ALL_SUFFIXES = [...SUFFIX.guest, ...SUFFIX.external, ...SUFFIX.you];

/** Screens that tell the state, one query for all of them. */
const STATE_MARKERS: readonly SelectorName[] = ['hangupButton', 'toolbar', 'callDuration', 'lobbyScreen', 'declinedScreen', 'prejoinScreen'];
const STATE_CSS = STATE_MARKERS.map(css).join(', ');
const CSS = {
  lobbyScreen: css('lobbyScreen'),
  inCall: [css('hangupButton'), css('toolbar'), css('callDuration')].join(', '),
  declined: css('declinedScreen'),
  prejoin: css('prejoinScreen'),
  rosterItems: `${css('sectionHeader')}, ${css('rosterRow')}`,
  sectionHeader: css('sectionHeader'),
  avatar: css('rosterAvatar'),
  rosterName: css('rosterName'),
  organizer: css('organizerStatus'),
  tileWithLabel: css('stageTile')
    .split(', ')
    .map((s) => `${s}[aria-label]`)
    .join(', '),
  chatItem: css('chatItem'),
  chatMessage: css('chatMessage'),
  chatAuthor: css('chatAuthor'),
  chatTime: css('chatTime'),
  chatBody: css('chatBody'),
  chatControl: css('chatControl'),
  chatMine: css('chatMine'),
};

/** Text as text, capped; never parsed as HTML. */
const cap = capText;
const clean = (s: string | null | undefined, max: number): string => cap((s ?? '').replace(/\s+/g, ' ').trim(), max);
/** Status words of a roster row, lower-cased → role. */
const STATUS = new Map<string, Role>([
  ...phrases('organizer').map((p): [string, Role] => [p.toLowerCase(), 'host']),
  ...phrases('coOrganizer').map((p): [string, Role] => [p.toLowerCase(), 'cohost']),
]);
/** Whether the name ends in one of the suffixes; every suffix ends in ")", which most names do not. */
const endsWithAny = (name: string, list: readonly string[]): boolean => {
  if (!name.endsWith(')')) return false;
  const lower = name.toLowerCase();
  return list.some((s) => lower.endsWith(s.toLowerCase()));
};
/** The same, looking past a trailing "(You)": "Minh (Guest) (You)" is a guest. */
const roleSuffix = (name: string, list: readonly string[]): boolean => {
  if (!name.endsWith(')')) return false;
  let n = name;
  for (const y of SUFFIX.you) if (endsWithAny(n, [y])) n = n.slice(0, n.length - y.length).trimEnd();
  return endsWithAny(n, list);
};
/** The name without the client's suffixes, for matching chat authors and share labels to rows. */
function bareName(name: string): string {
  let n = name.trim();
  if (!n.endsWith(')')) return n;
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of ALL_SUFFIXES) {
      if (n.toLowerCase().endsWith(s.toLowerCase())) {
        n = n.slice(0, n.length - s.length).trim();
        changed = true;
      }
    }
  }
  return n;
}

interface RowRead {
  /** Organizer badge, data-tid and aria-label when parsed. */
  key: string;
  avatar: Element | null;
  avatarId: string;
  name: string;
  mri: string;
  role: Role;
}

interface ItemRead {
  msg: Element;
  mid: string;
  mine: boolean;
  /** '' on follow-on messages. */
  author: string;
  text: string;
  time: string | null;
}

export class TeamsAdapter implements PlatformAdapter {
  readonly platform = 'teams' as const;

  private readonly cache = new Map<SelectorName, Element | null>();
  /** Hooks the last document-wide query did not find. */
  private readonly absent = new Set<SelectorName>();
  private lookedUpIn: MeetingState | null = null;
  private sinceFull = 0;
  private stateEl: Element | null = null;
  /** performance.now() before which an idle page is not searched for a call again. */
  private idleUntil = 0;
  private href = '';
  private urlCode: string | null = null;
  /** Learnt from the roster and kept while it is hidden. */
  private selfId: string | null = null;
  private selfHost: boolean | null = null;
  private prejoinName: string | null = null;
  private selfRowName: string | null = null;
  private readonly idByName = new Map<string, string | null>();
  private readonly senderByMid = new Map<string, string>();
  private rows = new Map<string, Element>();
  private readonly rowCache = new WeakMap<Element, RowRead>();
  private readonly labelCache = new Map<string, string | null>();
  /** null: a system line or an item without a message. */
  private readonly itemCache = new WeakMap<Element, ItemRead | null>();
  private waitingRows = new Map<string, Element>();

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
  ) {}

  isMeetingFrame(): boolean {
    const hasCall = (d: Document): boolean => d.querySelector(STATE_CSS) !== null || d.getElementById('calling-retry-screen-title') !== null;
    if (this.win.top !== this.win) return hasCall(this.doc);
    // Some builds run the call in a same-origin iframe (platform-dom.md); its own content script reads it.
    for (const frame of Array.from(this.doc.getElementsByTagName('iframe'))) {
      let inner: Document | null;
      try {
        inner = frame.contentDocument;
      } catch {
        inner = null; // cross-origin (PowerPoint Live, auth): not ours
      }
      if (inner && hasCall(inner) && !hasCall(this.doc)) return false;
    }
    return true;
  }

  rowFor(kind: 'participant' | 'waiting', participantId: string): Element | null {
    const el = (kind === 'participant' ? this.rows : this.waitingRows).get(participantId);
    return el?.isConnected ? el : null;
  }

  snapshot(): Snapshot {
    const state = this.readState();
    const inCall = state === 'in-call';
    this.lookUp(state);
    const meeting = this.readMeeting(state);
    const shownName = this.readSelfName(state);

    const rosterRoot = inCall ? this.got('rosterRoot') : null;
    const chatRoot = inCall ? this.got('chatViewport') : null;
    const badge = inCall ? this.readBadge() : null;
    const roster = rosterRoot ? this.readRoster(rosterRoot, shownName, badge) : null;
    // A signed-out guest has no profile avatar: the own row ("(You)") names them.
    const selfName = shownName ?? this.selfRowName;
    const participantCount = inCall ? (roster?.count ?? badge) : null;

    let presenters: Presenter[] = [];
    let presenter: Pick<Coverage, 'presenter' | 'presenterReason'> = { presenter: 'unreadable', presenterReason: 'not-in-call' };
    if (inCall) {
      const stage = this.got('stage');
      presenters = stage ? this.readPresenters(stage) : [];
      presenter = stage ? { presenter: 'readable', presenterReason: null } : { presenter: 'unreadable', presenterReason: 'selector-missing' };
    }

    const coverage: Coverage = {
      ...this.rosterCoverage(inCall, roster, participantCount, chatRoot !== null),
      ...(chatRoot
        ? { chat: 'visible' as const, chatReason: null }
        : { chat: 'hidden' as const, chatReason: !inCall ? ('not-in-call' as const) : rosterRoot ? ('other-panel-open' as const) : ('panel-closed' as const) }),
      ...presenter,
    };

    return {
      meeting,
      state,
      self: { id: this.selfId, name: selfName, host: this.selfHost },
      participants: roster?.participants ?? [],
      participantCount,
      waiting: roster?.waiting ?? [],
      presenters,
      chat: chatRoot ? this.readChat(chatRoot, selfName) : [],
      coverage,
    };
  }

  // ---- lookups ----

  /**
   * Refreshes the cached hooks this state needs. A hook that was in the page and is gone (re-rendered,
   * panel switched), or a new state, triggers one query for everything missing. Hooks that were not
   * there at the last such query (a closed panel, no profile avatar) are looked for again only every
   * FULL_RECHECK snapshots, except the panels, which are looked for in the call screen every time.
   * Teams mounts one side panel at a time, so while one panel root is in the page the other is not
   * looked for (platform-dom.md, cross-platform table).
   */
  private lookUp(state: MeetingState): void {
    const names: SelectorName[] = ['meAvatar'];
    if (state === 'in-call') {
      names.push('callTitle', 'rosterBadge', 'stage');
      const rosterOpen = this.cache.get('rosterRoot')?.isConnected === true;
      const chatOpen = !rosterOpen && this.cache.get('chatViewport')?.isConnected === true;
      if (!chatOpen) names.push('rosterRoot');
      if (!rosterOpen) names.push('chatViewport');
      if (rosterOpen) this.cache.set('chatViewport', null);
      if (chatOpen) this.cache.set('rosterRoot', null);
    } else if (state === 'prejoin' || state === 'waiting') {
      names.push('meetingHeaderTitle', 'prejoinNameInput');
    }
    const missing = names.filter((n) => this.cache.get(n)?.isConnected !== true);
    if (missing.length === 0) return;
    const full = state !== this.lookedUpIn || missing.some((n) => !this.absent.has(n)) || ++this.sinceFull >= FULL_RECHECK;
    this.lookedUpIn = state;
    if (full) {
      this.sinceFull = 0;
      this.search(this.doc, missing);
      return;
    }
    const panels = missing.filter((n) => n === 'rosterRoot' || n === 'chatViewport');
    const scope = panels.length > 0 ? this.callScreen() : null;
    if (scope) this.search(scope, panels);
  }

  /** One query for several hooks; what it does not find is remembered as absent. */
  private search(root: ParentNode, names: readonly SelectorName[]): void {
    for (const n of names) this.cache.set(n, null);
    for (const el of Array.from(root.querySelectorAll(names.map(css).join(', ')))) {
      for (const n of names) if (this.cache.get(n) === null && el.matches(css(n))) this.cache.set(n, el);
    }
    for (const n of names) {
      if (this.cache.get(n) === null) this.absent.add(n);
      else this.absent.delete(n);
    }
  }

  /** The smallest element holding both the call bar and the stage: where side panels mount. */
  private callScreen(): Element | null {
    const bar = this.stateEl;
    const stage = this.cache.get('stage');
    if (!bar?.isConnected || !stage?.isConnected) return null;
    let el: Element | null = stage.parentElement;
    while (el && !el.contains(bar)) el = el.parentElement;
    return el;
  }

  /** A hook found by the last lookUp(). */
  private got(name: SelectorName): Element | null {
    return this.cache.get(name) ?? null;
  }

  private readState(): MeetingState {
    // Removed or dropped: the retry screen's id is an O(1) lookup, checked every time.
    if (this.doc.getElementById('calling-retry-screen-title')) return 'ended';
    let el = this.stateEl?.isConnected ? this.stateEl : null;
    // Pre-join and lobby screens give way to the call; look again while on them.
    if (el && (el.matches(CSS.prejoin) || el.closest(CSS.lobbyScreen))) el = null;
    if (!el) {
      if (this.win.performance.now() < this.idleUntil) return 'unknown';
      el = this.pickStateMarker();
      this.stateEl = el;
      if (!el) {
        if (this.lobbyByText()) return 'waiting';
        this.idleUntil = this.win.performance.now() + IDLE_RECHECK_MS;
        return 'unknown';
      }
    }
    if (el.closest(CSS.lobbyScreen)) return 'waiting';
    if (el.matches(CSS.declined)) return 'ended';
    if (el.matches(CSS.inCall)) return 'in-call';
    return 'prejoin';
  }

  /** Screens by priority: a decline or the lobby outranks a call bar (the lobby has a leave button too). */
  private pickStateMarker(): Element | null {
    const found = Array.from(this.doc.querySelectorAll(STATE_CSS));
    return (
      found.find((e) => e.matches(CSS.declined)) ??
      found.find((e) => e.closest(CSS.lobbyScreen)) ??
      found.find((e) => e.matches(CSS.inCall)) ??
      found.find((e) => e.matches(CSS.prejoin)) ??
      null
    );
  }

  /** Fallback when the lobby screen lost its data-tid: its status line, per locale. */
  private lobbyByText(): boolean {
    for (const el of Array.from(this.doc.querySelectorAll('[role="status"]'))) {
      if (match.lobbyScreen(clean(el.textContent, MAX_LABEL)) !== null) return true;
    }
    return false;
  }

  private readMeeting(state: MeetingState): MeetingIdentity {
    const href = this.win.location.href;
    if (href !== this.href) {
      this.href = href;
      let url: URL | null;
      try {
        url = new URL(href);
      } catch {
        url = null;
      }
      this.urlCode = url ? meetingCodeFromUrl(url) : null;
    }
    let title: string | null = null;
    if (state === 'in-call') title = clean(this.got('callTitle')?.textContent, MAX_NAME) || null;
    else if (state === 'prejoin' || state === 'waiting') title = clean(this.got('meetingHeaderTitle')?.textContent, MAX_NAME) || null;
    if (!title && state !== 'unknown') {
      // "Lớp 9A2 - Ngữ văn | Microsoft Teams"; a leading "(3) " is the unread count.
      const t = clean(this.doc.title, MAX_LABEL);
      if (TITLE_SUFFIX.test(t)) title = cap(t.replace(TITLE_SUFFIX, '').replace(/^\(\d+\)\s*/, ''), MAX_NAME) || null;
    }
    return { platform: 'teams', code: this.urlCode, title, url: href };
  }

  private readSelfName(state: MeetingState): string | null {
    const label = this.got('meAvatar')?.getAttribute('aria-label');
    if (label) {
      const name = match.profile(cap(label, MAX_LABEL));
      if (name) return cap(name.trim(), MAX_NAME);
    }
    const input = state === 'prejoin' ? this.got('prejoinNameInput') : null;
    if (input instanceof HTMLInputElement) {
      const typed = clean(input.value, MAX_NAME);
      if (typed) this.prejoinName = typed;
    }
    return this.prejoinName;
  }

  private readBadge(): number | null {
    const text = clean(this.got('rosterBadge')?.textContent, 16);
    return /^\d{1,6}$/.test(text) ? Number(text) : null;
  }

  // ---- roster ----

  private readRoster(root: Element, selfName: string | null, badge: number | null) {
    const participants: Participant[] = [];
    const waiting: Participant[] = [];
    const rows = new Map<string, Element>();
    const waitingRows = new Map<string, Element>();
    let count: number | null = null;
    let section: 'meeting' | 'lobby' | 'other' = 'other';
    let sectionCount: number | null = null;

    for (const el of Array.from(root.querySelectorAll(CSS.rosterItems))) {
      if (el.matches(CSS.sectionHeader)) {
        const text = clean(el.textContent, MAX_LABEL);
        const n = match.inMeeting(text);
        if (n !== null) {
          section = 'meeting';
          count = Number(n);
        } else section = match.lobby(text) !== null ? 'lobby' : 'other';
        const m = HEADER_COUNT.exec(text);
        sectionCount = m ? Number(m[1]) : null;
        continue;
      }
      const tid = el.getAttribute('data-tid') ?? '';
      if (tid.startsWith(INVITED_PREFIX)) continue; // invited, not here
      if (section === 'lobby') {
        const p = this.readRow(el, tid);
        waiting.push(p);
        waitingRows.set(p.id, el);
        continue;
      }
      if (!IN_CALL_PREFIXES.some((x) => tid.startsWith(x))) continue;
      // A header whose words we do not know still counts the rows under it.
      if (count === null && sectionCount !== null) count = sectionCount;
      const p = this.readRow(el, tid);
      participants.push(p);
      rows.set(p.id, el);
    }
    const total = count ?? badge;
    this.markSelf(participants, selfName, total !== null && participants.length >= total);
    this.rows = rows;
    this.waitingRows = waitingRows;
    return { participants, waiting, count };
  }

  private readRow(el: Element, tid: string): Participant {
    const { name, mri, role } = this.parseRow(el, tid);
    const id = mri || `name:${name}`;
    this.rememberName(name, id);
    return { id, idStable: mri !== '', name, role, self: false };
  }

  /**
   * The own row: the one Teams marks "(You)"; else the id learnt earlier; else, in a complete list,
   * the only row named like the profile. A stranger who copies the teacher's name is never taken
   * for her: with two such rows, or only one rendered of a virtualized list, nobody is marked.
   */
  private markSelf(participants: Participant[], selfName: string | null, complete: boolean): void {
    let mine = participants.filter((p) => endsWithAny(p.name, SUFFIX.you));
    if (mine.length === 0 && this.selfId !== null) mine = participants.filter((p) => p.id === this.selfId);
    if (mine.length === 0 && this.selfId === null && selfName !== null && complete) {
      mine = participants.filter((p) => bareName(p.name) === selfName);
    }
    if (mine.length !== 1) return;
    const me = mine[0]!;
    me.self = true;
    this.selfId = me.id;
    this.selfRowName = bareName(me.name);
    this.selfHost = me.role === 'host' || me.role === 'cohost';
  }

  /**
   * A row's name, MRI and role, parsed again only when its data-tid, aria-label, organizer badge or
   * avatar changes: a busy roster re-renders rows for mute and speaking icons all the time.
   */
  private parseRow(el: Element, tid: string): RowRead {
    const organizer = el.querySelector(CSS.organizer) !== null;
    const key = `${organizer ? 'o' : '-'}${tid}\u0000${el.getAttribute('aria-label') ?? ''}`;
    const hit = this.rowCache.get(el);
    if (hit && hit.key === key) {
      const avatarOk = hit.avatar
        ? hit.avatar.isConnected && hit.avatar.id === hit.avatarId && el.contains(hit.avatar)
        : el.querySelector(CSS.avatar) === null;
      if (avatarOk) return hit;
    }
    const prefix = [...IN_CALL_PREFIXES, INVITED_PREFIX].find((x) => tid.startsWith(x));
    let name = prefix ? clean(tid.slice(prefix.length, prefix.length + MAX_NAME * 2), MAX_NAME) : '';
    if (!name) name = clean(el.querySelector(CSS.rosterName)?.getAttribute('title'), MAX_NAME);
    const avatar = el.querySelector(CSS.avatar);
    const avatarId = avatar?.id ?? '';
    const mri = cap(avatarId.slice(AVATAR_PREFIX.length), MAX_NAME);
    const role: Role = organizer ? 'host' : this.readRole(el, name, mri);
    const read: RowRead = { key, avatar, avatarId, name, mri, role };
    this.rowCache.set(el, read);
    return read;
  }

  private readRole(el: Element, name: string, mri: string): Role {
    // Status words ("Organizer", "Người tổ chức") in the row, never the name itself.
    for (const span of Array.from(el.getElementsByTagName('span'))) {
      if (span.childElementCount > 0 || span.hasAttribute('title')) continue;
      const raw = span.textContent ?? '';
      if (raw.length === 0 || raw.length > 40) continue;
      const word = STATUS.get(clean(raw, 40).toLowerCase());
      if (word && raw.trim() !== name) return word;
    }
    if (mri.startsWith('8:teamsvisitor:') || roleSuffix(name, SUFFIX.guest)) return 'guest';
    if (roleSuffix(name, SUFFIX.external)) return 'external';
    return 'participant';
  }

  private rememberName(name: string, id: string): void {
    if (this.idByName.get(name) === id) return;
    for (const key of new Set([name, bareName(name)])) {
      const known = this.idByName.get(key);
      if (known === undefined) {
        if (this.idByName.size >= NAME_MEMORY) this.idByName.delete(this.idByName.keys().next().value!);
        this.idByName.set(key, id);
      } else if (known !== id) this.idByName.set(key, null); // two people, one name: ambiguous
    }
  }

  /** The id of the one person seen with this name (as written, else without suffixes); null when ambiguous. */
  private idForName(name: string): string | null {
    const exact = this.idByName.get(name);
    return exact !== undefined ? exact : (this.idByName.get(bareName(name)) ?? null);
  }

  private rosterCoverage(
    inCall: boolean,
    roster: { participants: Participant[] } | null,
    count: number | null,
    chatOpen: boolean,
  ): Pick<Coverage, 'roster' | 'rosterReason'> {
    if (!inCall) return { roster: 'hidden', rosterReason: 'not-in-call' };
    if (!roster) return { roster: 'hidden', rosterReason: chatOpen ? 'other-panel-open' : 'panel-closed' };
    // Virtualized: only the rows in view are mounted (platform-dom.md, Teams).
    if (count !== null && roster.participants.length < count) return { roster: 'partial', rosterReason: 'virtualized' };
    return { roster: 'full', rosterReason: null };
  }

  // ---- stage ----

  private readPresenters(stage: Element): Presenter[] {
    const out: Presenter[] = [];
    for (const tile of Array.from(stage.querySelectorAll(CSS.tileWithLabel))) {
      const raw = this.sharedBy(tile.getAttribute('aria-label') ?? '');
      // A phantom or stale tile of a virtualized stage has no media.
      if (raw === null || !tile.querySelector('video')) continue;
      // Own only when the name leads to the own row alone: a copied teacher name is ambiguous.
      const id = this.idForName(raw);
      out.push({ participantId: id, name: raw, self: id !== null && id === this.selfId });
    }
    return out;
  }

  /** The presenter named by a tile label, or null; labels repeat every frame, so answers are kept. */
  private sharedBy(label: string): string | null {
    if (label.length > MAX_LABEL) return null;
    let name = this.labelCache.get(label);
    if (name === undefined) {
      const raw = match.shared(label) ?? match.presenting(label);
      name = raw === null ? null : cap(raw.trim(), MAX_NAME) || null;
      if (this.labelCache.size >= LABEL_MEMORY) this.labelCache.clear();
      this.labelCache.set(label, name);
    }
    return name;
  }

  // ---- chat ----

  private readChat(root: Element, selfName: string | null): ChatMessage[] {
    const out: ChatMessage[] = [];
    let carried: string | null = null;
    for (const item of Array.from(root.querySelectorAll(CSS.chatItem))) {
      const m = this.parseItem(item);
      if (!m) continue; // a system line, or not a message
      // Follow-on messages omit the author: take the run's, or the one remembered for this id
      // when the run's first message has scrolled out of the virtualized list.
      const sender: string | null = m.mine ? (selfName ?? '') : m.author || this.senderByMid.get(m.mid) || carried;
      carried = m.mine ? null : sender;
      if (sender === null) continue; // the run's author was never rendered: wait for it
      if (!m.mine && !this.senderByMid.has(m.mid)) {
        if (this.senderByMid.size >= SENDER_MEMORY) this.senderByMid.delete(this.senderByMid.keys().next().value!);
        this.senderByMid.set(m.mid, sender);
      }
      out.push({
        id: m.mid,
        senderId: m.mine ? this.selfId : this.idForName(sender),
        senderName: sender,
        self: m.mine,
        text: m.text,
        time: m.time,
        // Private chats are separate threads in Teams: the meeting chat is always to everyone.
        privateTo: null,
      });
    }
    return out;
  }

  /** One chat item, parsed once while its message element stays the same. */
  private parseItem(item: Element): ItemRead | null {
    const hit = this.itemCache.get(item);
    if (hit !== undefined) {
      if (hit === null) {
        if (item.querySelector(CSS.chatControl)) return null;
      } else if (hit.msg.isConnected && item.contains(hit.msg) && hit.msg.getAttribute('data-mid') === hit.mid) return hit;
    }
    let read: ItemRead | null = null;
    const msg = item.querySelector(CSS.chatControl) ? null : item.querySelector(CSS.chatMessage);
    const mid = cap(msg?.getAttribute('data-mid') ?? '', 64);
    if (msg && mid) {
      const mine = item.querySelector(CSS.chatMine) !== null;
      const datetime = item.querySelector(CSS.chatTime)?.getAttribute('datetime') ?? '';
      read = {
        msg,
        mid,
        mine,
        author: mine ? '' : clean(item.querySelector(CSS.chatAuthor)?.textContent, MAX_NAME),
        text: cap((msg.querySelector(CSS.chatBody)?.textContent ?? '').trim(), MAX_CHAT),
        time: ISO_TIME.test(datetime) ? datetime : null,
      };
    }
    this.itemCache.set(item, read);
    return read;
  }
}
