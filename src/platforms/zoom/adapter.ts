/**
 * Reads the Zoom web client into a Snapshot.
 *
 *   frame check ─ app shell top frame (holds iframe#webclient) → not ours; the iframe and the
 *                 direct /wc/ client → ours
 *   state       ─ end modal title → footer#wc-footer → waiting-room text → pre-join inputs
 *   roster      ─ .participants-section-container › #participants-unified-list rows (virtualized:
 *                 rendered rows vs the header / footer counter decide full or partial)
 *   presenter   ─ #sharee-container share player node-id → camera tile name, else a chat sender,
 *                 else the share banner's text
 *   chat        ─ .chat-container__chat-list rows; sender carried forward over a run, cached by id
 *
 * Identity: Zoom roster rows carry no user id in any source we have (row ids are list positions),
 * so participants get name-derived ids ("name:<name>", "#2" for a second row of the same name) with
 * idStable=false. A rename therefore looks like a join plus a later leave. Chat senders and share
 * players do carry Zoom's user id, which is kept where the model asks for the platform's id (senderId).
 *
 * Cost: every query is scoped to a panel root found by id or class, the lists are virtualized (tens
 * of rendered rows even with 1,000 people), and parsed chat messages are cached by message id.
 */
import type { ChatMessage, Coverage, MeetingState, Participant, Presenter, Role, Snapshot } from '../../shared/model';
import type { PlatformAdapter } from '../types';
import { LIMITS } from '../../shared/protocol';
import { capText as cap } from '../../shared/text-cap';
import { isZoomMeetingUrl, normalizeMeetingId, zoomMeetingId } from './detect';
import { CHAT_PLACEHOLDER_ID, SELECTORS, css } from './selectors';
import { isEndButtonText, isWaitingRoomText, modalOutcome, parseRoleLabel, presenterFromBanner, privateRecipient } from './text';

/** Caps on attacker-written text, as the log stores it (docs/events.md). */
export const NAME_MAX: number = LIMITS.nameChars;
export const CHAT_MAX: number = LIMITS.chatChars;
/** Parsed chat messages remembered by id (the carried-forward sender survives virtualization). */
const CHAT_CACHE_MAX = 5_000;

const Q = {
  iframe: css('webclientIframe'),
  modal: css('modalTitle'),
  footer: css('footer'),
  leave: css('leaveButton'),
  counter: css('footerCounter'),
  waitingText: css('waitingRoomText'),
  prejoin: `${css('prejoinName')}, ${css('prejoinJoin')}`,
  prejoinName: css('prejoinName'),
  topic: css('topic'),
  infoRow: css('infoRow'),
  rosterPanel: css('rosterPanel'),
  rosterHeader: css('rosterHeader'),
  rosterList: css('rosterList'),
  rosterRow: css('rosterRow'),
  rowName: css('rowName'),
  rowLabel: css('rowLabel'),
  waitingRow: css('waitingRow'),
  chatList: css('chatList'),
  chatRow: css('chatRow'),
  chatSender: css('chatSender'),
  // Tried in order: the display is inside the text-content container, so a combined query would pick the outer one.
  chatText: SELECTORS.chatText.variants.map((v) => v.css),
  shareContainer: css('shareContainer'),
  sharePlayer: css('sharePlayer'),
  tileName: css('tileName'),
  cameraTile: css('cameraTile'),
  chatHeader: css('chatHeader'),
  chatTimeStamp: css('chatTimeStamp'),
  chatSelf: css('chatSelf'),
  chatIndex: css('chatIndex'),
  participantsButton: css('participantsButton'),
  shareBanner: css('shareBanner'),
} as const;

/** Text of an attacker-writable element, whitespace collapsed, capped without splitting a surrogate pair. */
export function readName(el: Element | null | undefined, max = NAME_MAX): string {
  const raw = el?.textContent ?? '';
  // Never run a regex over 100 KB of hostile text per frame: cut first.
  const head = raw.length > max * 2 + 64 ? raw.slice(0, max * 2 + 64) : raw;
  return cap(head.replace(/\s+/g, ' ').trim(), max);
}


/** Message text: paragraphs joined by newlines, as textContent (never HTML), read no further than the cap. */
function readMessageText(el: Element | null): string {
  if (!el) return '';
  const blocks = el.children.length > 1 ? Array.from(el.children) : [el];
  let text = '';
  for (const b of blocks) {
    text += (text === '' ? '' : '\n') + (b.textContent ?? '');
    if (text.length > CHAT_MAX) break;
  }
  return cap(text.slice(0, CHAT_MAX + 16).trim(), CHAT_MAX);
}

function firstMatch(root: ParentNode, variants: readonly string[]): Element | null {
  for (const v of variants) {
    const el = root.querySelector(v);
    if (el) return el;
  }
  return null;
}

/** Digits in the last "(N)" of a header ("Participants (1,000)" → 1000). */
function countInParens(text: string): number | null {
  const m = /\(([\d.,\s\u00a0]+)\)\s*$/.exec(text.trim());
  return m ? digits(m[1]) : null;
}

/** A counter's digits; null when there are none or too many to be a head count. */
function digits(text: string | null | undefined): number | null {
  const d = (text ?? '').replace(/\D/g, '');
  return d === '' || d.length > 7 ? null : Number(d);
}

interface Run {
  senderId: string | null;
  senderName: string;
  self: boolean;
  privateTo: string | null;
}

interface RosterRead {
  participants: Participant[];
  rows: Element[];
  waiting: Participant[];
  waitingRows: Element[];
  headerCount: number | null;
  listPresent: boolean;
}

function roleOf(label: ReturnType<typeof parseRoleLabel>): Role {
  if (label.host) return 'host';
  if (label.cohost) return 'cohost';
  if (label.guest) return 'guest';
  return 'participant';
}

/** The id of our own row, whatever its name. */
export const SELF_ID = 'self';

/** "name:<name>", with "#n" for the n-th rendered row of the same name. */
function nameIds() {
  const seen = new Map<string, number>();
  return (name: string): string => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? `name:${name}` : `name:${name}#${n}`;
  };
}

export function createZoomAdapter(doc: Document, win: Window): PlatformAdapter {
  const chatCache = new Map<string, ChatMessage>();
  /** Run of the message at a Virtuoso index, for a follow-on whose predecessor scrolled out. */
  const runByIndex = new Map<number, Run>();
  /** Zoom user id → latest display name, from chat senders (presenter fallback). */
  const nameByUserId = new Map<string, string>();
  let selfSeen: { name: string; host: boolean } | null = null;
  /** The roster as the last snapshot read it: rowFor() answers from it while its rows are still mounted. */
  let lastRoster: RosterRead | null = null;
  let lastHref = '';
  let lastHrefIsMeeting = false;

  function urlIsMeeting(): boolean {
    const href = win.location.href;
    if (href !== lastHref) {
      lastHref = href;
      try {
        lastHrefIsMeeting = isZoomMeetingUrl(new URL(href));
      } catch {
        lastHrefIsMeeting = false;
      }
    }
    return lastHrefIsMeeting;
  }

  function readState(): MeetingState {
    for (const t of doc.querySelectorAll(Q.modal)) {
      if (modalOutcome(readName(t, 512)) !== null) return 'ended';
    }
    if (doc.querySelector(Q.footer)) return 'in-call';
    const wr = doc.querySelector(Q.waitingText);
    if (wr && isWaitingRoomText(readName(wr, 512))) return 'waiting';
    if (doc.querySelector(Q.prejoin)) return 'prejoin';
    // The waiting room has no locale-free hook; if its class moved, its text is still on the page.
    // Only reached outside the call, where no chat list is mounted.
    const app = doc.getElementById('meeting-app') ?? doc.body;
    if (app && isWaitingRoomText((app.textContent ?? '').slice(0, 20_000))) return 'waiting';
    return 'unknown';
  }

  function readRoster(): RosterRead {
    const panel = doc.querySelector(Q.rosterPanel);
    const out: RosterRead = { participants: [], rows: [], waiting: [], waitingRows: [], headerCount: null, listPresent: false };
    if (!panel) return out;
    const header = panel.querySelector(Q.rosterHeader);
    out.headerCount = header ? countInParens(readName(header, 128)) : null;
    const list = panel.querySelector(Q.rosterList);
    if (list) {
      out.listPresent = true;
      const idFor = nameIds();
      for (const row of list.querySelectorAll(Q.rosterRow)) {
        const name = readName(row.querySelector(Q.rowName));
        if (name === '') continue;
        const label = parseRoleLabel(readName(row.querySelector(Q.rowLabel), 128));
        // The "me" row gets its own id: a stranger renamed to the teacher's name must never inherit
        // hers (name ids are derived per rendered row, and her row may be scrolled out of the list).
        out.participants.push({ id: label.me ? SELF_ID : idFor(name), idStable: false, name, role: roleOf(label), self: label.me });
        out.rows.push(row);
      }
    }
    const idFor = nameIds();
    for (const row of panel.querySelectorAll(Q.waitingRow)) {
      const name = readName(row.querySelector(Q.rowName));
      if (name === '') continue;
      const label = parseRoleLabel(readName(row.querySelector(Q.rowLabel), 128));
      out.waiting.push({ id: idFor(name), idStable: false, name, role: label.guest ? 'guest' : 'participant', self: false });
      out.waitingRows.push(row);
    }
    return out;
  }

  function footerCount(footer: Element): number | null {
    const c = digits(footer.querySelector(Q.counter)?.textContent);
    if (c !== null) return c;
    // Fixed English in every UI language, typo included: "…list pane,3 particpants,…" (platform-dom.md).
    const aria = footer.querySelector(Q.participantsButton)?.getAttribute('aria-label') ?? '';
    const m = /(\d+)\s*partic/i.exec(aria);
    return m ? Number(m[1]) : null;
  }

  function readSelf(roster: RosterRead, footer: Element | null, state: MeetingState): Snapshot['self'] {
    const i = roster.participants.findIndex((p) => p.self);
    if (i >= 0) {
      const me = roster.participants[i]!;
      selfSeen = { name: me.name, host: me.role === 'host' || me.role === 'cohost' };
      return { id: me.id, name: me.name, host: selfSeen.host };
    }
    let host: boolean | null = selfSeen?.host ?? null;
    if (host === null && footer) {
      const leave = footer.querySelector(Q.leave);
      if (leave) host = isEndButtonText(leave.getAttribute('aria-label') ?? '') || isEndButtonText(readName(leave, 64));
    }
    let name = selfSeen?.name ?? null;
    if (name === null && state === 'prejoin') {
      const input = doc.querySelector<HTMLInputElement>(Q.prejoinName);
      const v = input?.value ? cap(input.value.replace(/\s+/g, ' ').trim(), NAME_MAX) : '';
      name = v === '' ? null : v;
    }
    return { id: name === null ? null : `name:${name}`, name, host };
  }

  function readChat(list: Element): ChatMessage[] {
    const out: ChatMessage[] = [];
    let prev: { index: number | null; run: Run } | null = null;
    for (const row of list.querySelectorAll(Q.chatRow)) {
      const id = (row.getAttribute('data-id') ?? '').slice(0, 128);
      if (id === '' || id.startsWith(CHAT_PLACEHOLDER_ID)) continue;
      const idxAttr = row.closest(Q.chatIndex)?.getAttribute('data-index');
      const index = idxAttr != null && /^\d+$/.test(idxAttr) ? Number(idxAttr) : null;
      const cached = chatCache.get(id);
      if (cached) {
        if (index !== null && !runByIndex.has(index)) rememberIndex(index, cached);
        out.push(cached);
        prev = { index, run: cached };
        continue;
      }
      const header = row.querySelector(Q.chatHeader);
      let run: Run | null = null;
      let time: string | null = null;
      if (header) {
        run = readRunHeader(header, row);
        const ts = header.querySelector(Q.chatTimeStamp);
        time = ts ? readName(ts, 32) || null : null;
      } else if (prev && (index === null || prev.index === null || prev.index === index - 1)) {
        run = prev.run;
      } else if (index !== null) {
        run = runByIndex.get(index - 1) ?? null;
      }
      const text = readMessageText(firstMatch(row, Q.chatText));
      const msg: ChatMessage = {
        id,
        senderId: run?.senderId ?? null,
        senderName: run?.senderName ?? '',
        self: row.querySelector(Q.chatSelf) !== null || (run?.self ?? false),
        text,
        time,
        privateTo: run?.privateTo ?? null,
      };
      if (run) {
        remember(id, msg);
        if (index !== null) rememberIndex(index, run);
      }
      out.push(msg);
      prev = run ? { index, run } : null;
    }
    return out;
  }

  function readRunHeader(header: Element, row: Element): Run {
    const sender = header.querySelector(Q.chatSender);
    const senderId = sender?.getAttribute('data-userid')?.slice(0, 64) || null;
    const attr = sender?.getAttribute('data-name');
    const senderName = attr == null ? readName(sender) : cap(attr.slice(0, NAME_MAX * 2).replace(/\s+/g, ' ').trim(), NAME_MAX);
    if (senderId) nameByUserId.set(senderId, senderName);
    // The recipient is the header's plain span after " to " (platform-dom.md Chat sketch).
    let recipient = '';
    for (const span of header.querySelectorAll(':scope > span')) {
      if (span === sender || span.matches(Q.chatTimeStamp)) continue;
      recipient = readName(span);
    }
    return { senderId, senderName, self: row.querySelector(Q.chatSelf) !== null, privateTo: privateRecipient(recipient) };
  }

  function remember(id: string, msg: ChatMessage): void {
    chatCache.set(id, msg);
    if (chatCache.size > CHAT_CACHE_MAX) chatCache.delete(chatCache.keys().next().value!);
  }

  function rememberIndex(index: number, run: Run): void {
    runByIndex.set(index, run);
    if (runByIndex.size > CHAT_CACHE_MAX) runByIndex.delete(runByIndex.keys().next().value!);
  }

  function readPresenters(roster: RosterRead): { presenters: Presenter[]; readable: boolean } {
    const share = doc.querySelector(Q.shareContainer);
    const player = share?.querySelector(Q.sharePlayer);
    if (!player) return { presenters: [], readable: true };
    const userId = player.getAttribute('node-id') ?? '';
    const banner = share?.querySelector(Q.shareBanner);
    const name = tileNameFor(userId) ?? nameByUserId.get(userId) ?? (banner ? presenterFromBanner(readName(banner, 512)) : null);
    const named = name === null ? null : cap(name, NAME_MAX);
    const inRoster = named === null ? undefined : roster.participants.find((p) => p.name === named);
    // Own shares do not show in #sharee-container: a share seen here is someone else's.
    const presenter: Presenter = { participantId: inRoster?.id ?? (named === null ? null : `name:${named}`), name: named, self: false };
    return { presenters: [presenter], readable: named !== null };
  }

  function tileNameFor(userId: string): string | null {
    const left = doc.getElementById('wc-container-left') ?? doc;
    for (const p of left.querySelectorAll(`video-player[media-type="video"][node-id="${CSS.escape(userId)}"]`)) {
      let frame: Element | null = p.closest(Q.cameraTile);
      // The name footer sits beside the tile in its frame, one or two levels up; stop at a level
      // holding several tiles, where a footer could be someone else's.
      for (let up = 0; frame && up < 3; up++, frame = frame.parentElement) {
        if (up > 0 && frame.querySelectorAll(Q.cameraTile).length > 1) break;
        const n = frame.querySelector(Q.tileName);
        if (n) return readName(n) || null;
      }
    }
    return null;
  }

  function snapshot(): Snapshot {
    let code: string | null = null;
    let url = '';
    try {
      const u = new URL(win.location.href);
      code = zoomMeetingId(u);
      // The query holds the passcode (?pwd=): keep it out of the log.
      url = u.origin + u.pathname;
    } catch {
      // about:blank and friends: no identity to report.
    }
    const state = readState();
    const footer = state === 'in-call' ? doc.querySelector(Q.footer) : null;
    const left = doc.getElementById('wc-container-left');
    let title: string | null = null;
    if (left) {
      title = readName(left.querySelector(Q.topic)) || null;
      if (code === null) {
        for (const row of left.querySelectorAll(Q.infoRow)) {
          code = normalizeMeetingId(readName(row, 128));
          if (code) break;
        }
      }
    }

    const inCall = state === 'in-call';
    const roster: RosterRead = inCall
      ? readRoster()
      : { participants: [], rows: [], waiting: [], waitingRows: [], headerCount: null, listPresent: false };
    lastRoster = roster;
    const count = roster.headerCount ?? (footer ? footerCount(footer) : null);
    const self = readSelf(roster, footer, state);
    const chatList = inCall ? doc.querySelector(Q.chatList) : null;
    const chat = chatList ? readChat(chatList) : [];
    const { presenters, readable } = inCall ? readPresenters(roster) : { presenters: [], readable: false };

    const coverage: Coverage = {
      roster: 'hidden',
      rosterReason: 'not-in-call',
      chat: chatList ? 'visible' : 'hidden',
      chatReason: chatList ? null : inCall ? 'panel-closed' : 'not-in-call',
      presenter: readable ? 'readable' : 'unreadable',
      presenterReason: readable ? null : inCall ? 'selector-missing' : 'not-in-call',
    };
    if (inCall) {
      if (!roster.listPresent) {
        coverage.rosterReason = 'panel-closed';
      } else if (count === null) {
        coverage.roster = 'partial';
        coverage.rosterReason = 'selector-missing';
      } else if (roster.participants.length < count) {
        coverage.roster = 'partial';
        coverage.rosterReason = 'virtualized';
      } else {
        coverage.roster = 'full';
        coverage.rosterReason = null;
      }
    }

    return {
      meeting: { platform: 'zoom', code, title, url },
      state,
      self,
      participants: roster.participants,
      participantCount: count,
      waiting: roster.waiting,
      presenters,
      chat,
      coverage,
    };
  }

  return {
    platform: 'zoom',
    isMeetingFrame(): boolean {
      // In the app shell the meeting lives in the same-origin iframe, whose own content script reads it.
      if (doc.querySelector(Q.iframe)) return false;
      return urlIsMeeting();
    },
    snapshot,
    rowFor(kind, participantId): Element | null {
      const find = (r: RosterRead): { el: Element; name: string } | null => {
        const [list, rows] = kind === 'participant' ? [r.participants, r.rows] : [r.waiting, r.waitingRows];
        const i = list.findIndex((p) => p.id === participantId);
        const el = rows[i];
        return i >= 0 && el ? { el, name: list[i]!.name } : null;
      };
      const cached = lastRoster ? find(lastRoster) : null;
      // React reuses row elements by list position: a mounted row may show someone else by now.
      if (cached?.el.isConnected && readName(cached.el.querySelector(Q.rowName)) === cached.name) return cached.el;
      // The list re-rendered since the last snapshot (scroll, React update): read it again.
      if (!doc.querySelector(Q.footer)) return null;
      lastRoster = readRoster();
      return find(lastRoster)?.el ?? null;
    },
  };
}
