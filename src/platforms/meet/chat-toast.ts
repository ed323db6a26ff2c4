/**
 * Meet's toasts (docs/adapters/meet.md#toasts): "<Name> says in chat: <message>" for a new message
 * while the chat panel is closed, "<Name> joined" for a newcomer; each with the sender's avatar and a
 * Close button. No locale-free hook is known, so they are found by their text, outside the side
 * panels. Only what was added or changed since the last read is walked (an observer's records); the
 * toasts found are kept while they stay on the page. A whole walk of the page's text comes only at the
 * first read and after more changes than the records may hold (a page that churns), then every few reads.
 */
import type { ChatMessage, Participant } from '../../common/model';
import { CHAT_MAX, NAME_MAX, capText } from '../kit/text';
import { chatToastJoiners, joinedName, joinedSuffixes, splitChatToast } from './text';

/** Reads between two whole walks while changes are not followed; a toast is shown for several seconds. */
export const TOAST_READ_EVERY = 4;
/**
 * Changes (nodes added, texts changed) followed between two reads; past that the page churns (a
 * gallery reordering every frame), the observer lets go and the page is walked whole every few reads.
 */
export const TOAST_CHANGES_MAX = 16;
/** A toast's text is short; a longer element is the page, not the toast. */
const TOAST_TEXT_MAX = CHAT_MAX + NAME_MAX + 64;
/** Side panels (their own readers), and text that is no toast's. */
const SKIPPED_TAGS = new Set(['ASIDE', 'SCRIPT', 'STYLE', 'TEXTAREA', 'BUTTON']);
const SKIPPED = [...SKIPPED_TAGS].join(', ').toLowerCase();

export interface MeetToastView {
  previews: readonly ChatMessage[];
  joined: readonly Participant[];
}
const NONE: MeetToastView = Object.freeze({ previews: Object.freeze([]), joined: Object.freeze([]) });

type Found = { kind: 'preview'; m: ChatMessage } | { kind: 'joined'; p: Participant };

/** Text of an element without its buttons' (the toast's Close button and its glyph). */
function textWithoutButtons(el: Element): string {
  let s = '';
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('button, [role="button"]')) continue;
    s += n.nodeValue ?? '';
    if (s.length > TOAST_TEXT_MAX) break;
  }
  return s.replace(/\s+/g, ' ').trim();
}

const skipElements: NodeFilter = {
  acceptNode: (n) =>
    n.nodeType !== Node.ELEMENT_NODE
      ? NodeFilter.FILTER_ACCEPT
      : SKIPPED_TAGS.has((n as Element).tagName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_SKIP,
};

export class MeetToasts {
  private observer: MutationObserver | null = null;
  /** The body observed: a page that replaces its body is walked whole again. */
  private observed: HTMLElement | null = null;
  /** Nodes added, and text nodes changed, since the last read. */
  private readonly changed = new Set<Node>();
  /** Changes reported since the last read, repeats included: what following them costs the page. */
  private taken = 0;
  /** The changes were not followed (first read, too many): the next due read walks the page whole. */
  private unfollowed = true;
  /** Reads since the last whole walk. */
  private sinceWalk = TOAST_READ_EVERY;
  /** Toasts found and still on the page, in the order found. */
  private readonly found = new Map<Element, Found>();
  /** Text nodes looked at, for tests: a read costs what changed, not the page. */
  visited = 0;
  /** One id per toast element and text, however many snapshots it stays for. */
  private readonly ids = new WeakMap<Element, { text: string; id: string }>();
  private next = 0;
  /** A restarted content script is told the ids already logged: its own must not repeat them. */
  private readonly base = Date.now().toString(36);
  private readonly joiners = chatToastJoiners();
  private readonly suffixes = joinedSuffixes();

  constructor(private readonly doc: Document) {}

  read(): MeetToastView {
    const body = this.doc.body;
    if (!body) return NONE;
    this.observer ??= new MutationObserver((records) => this.take(records));
    this.take(this.observer.takeRecords());
    this.taken = 0;
    this.sinceWalk++;
    if (!this.unfollowed && body !== this.observed) this.letGo(TOAST_READ_EVERY);
    if (!this.unfollowed) this.walkChanged();
    else if (this.sinceWalk >= TOAST_READ_EVERY) {
      // From here on the changes are followed; the walk sees the page as it is now.
      this.unfollowed = false;
      this.sinceWalk = 0;
      this.observer.observe(body, { childList: true, characterData: true, subtree: true });
      this.observed = body;
      this.changed.clear();
      this.walk(body);
    }
    return this.view();
  }

  /** Toasts are not needed (the list and the chat are read): stop following the page's changes. */
  pause(): void {
    if (!this.observer) return;
    this.letGo(TOAST_READ_EVERY);
    this.observer = null;
    this.found.clear();
  }

  /** Stops following changes; the page is walked whole once `sinceWalk` reaches TOAST_READ_EVERY. */
  private letGo(sinceWalk: number): void {
    this.observer?.disconnect();
    this.observed = null;
    this.changed.clear();
    this.unfollowed = true;
    this.sinceWalk = Math.max(this.sinceWalk, sinceWalk);
  }

  /** Runs in the page's task: only gathers, and lets go once there is more than a read should walk. */
  private take(records: MutationRecord[]): void {
    if (this.unfollowed) return;
    for (const r of records) {
      if (r.type === 'characterData') {
        this.changed.add(r.target);
        this.taken++;
      } else {
        for (const n of r.addedNodes) this.changed.add(n);
        this.taken += r.addedNodes.length;
      }
    }
    if (this.taken > TOAST_CHANGES_MAX) this.letGo(0);
  }

  private walkChanged(): void {
    for (const n of this.changed) {
      if (!n.isConnected) continue;
      const el = n.nodeType === Node.ELEMENT_NODE ? (n as Element) : n.parentElement;
      if (!el || el.closest(SKIPPED)) continue;
      if (n.nodeType === Node.TEXT_NODE) this.look(n);
      else if (n.nodeType === Node.ELEMENT_NODE) this.walk(el);
    }
    this.changed.clear();
  }

  private walk(root: Element): void {
    const walker = this.doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, skipElements);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) this.look(n);
  }

  private look(n: Node): void {
    this.visited++;
    const lower = n.nodeValue?.trimEnd().toLowerCase();
    if (!lower) return;
    if (lower.includes(':') && this.joiners.some((j) => lower.includes(j))) this.upFrom(n.parentElement, true);
    else if (this.suffixes.some((sfx) => lower.endsWith(sfx))) this.upFrom(n.parentElement, false);
  }

  /** The text node may hold only the joiner and message, with the name in a sibling: go up until both. */
  private upFrom(start: Element | null, preview: boolean): void {
    for (let el = start, up = 0; el && up < 3; el = el.parentElement, up++) {
      const got = this.parse(el, preview);
      if (got === 'too-long') return;
      if (got) {
        this.found.set(el, got);
        return;
      }
    }
  }

  private parse(el: Element, preview: boolean): Found | 'too-long' | null {
    const text = textWithoutButtons(el);
    if (preview) {
      if (text.length > TOAST_TEXT_MAX) return 'too-long';
      const parts = splitChatToast(text);
      if (!parts || !parts.sender) return null;
      const m: ChatMessage = {
        id: this.idOf(el, text),
        senderId: null,
        senderName: capText(parts.sender, NAME_MAX),
        self: false,
        text: capText(parts.message, CHAT_MAX),
        time: null,
        privateTo: null,
        preview: true,
      };
      return { kind: 'preview', m };
    }
    if (text.length > NAME_MAX + 64) return 'too-long';
    const name = joinedName(text);
    if (!name) return null;
    const shown = capText(name, NAME_MAX);
    // The name is all a notice gives: the tracker hands it over to a tile or row of that name.
    return {
      kind: 'joined',
      p: { id: `notice:${shown}`, idStable: false, name: shown, role: 'participant', self: false },
    };
  }

  /** The toasts still shown, each read again: one whose text changed into something else is gone. */
  private view(): MeetToastView {
    if (this.found.size === 0) return NONE;
    const previews: ChatMessage[] = [];
    const joined: Participant[] = [];
    for (const [el, was] of this.found) {
      const now = el.isConnected ? this.parse(el, was.kind === 'preview') : null;
      if (!now || now === 'too-long') {
        this.found.delete(el);
        continue;
      }
      this.found.set(el, now);
      if (now.kind === 'preview') previews.push(now.m);
      else if (!joined.some((j) => j.id === now.p.id)) joined.push(now.p);
    }
    return previews.length || joined.length ? { previews, joined } : NONE;
  }

  /** A toast element showing another text (reused for the next message) is another message. */
  private idOf(el: Element, text: string): string {
    const had = this.ids.get(el);
    if (had?.text === text) return had.id;
    const id = `preview:meet:${this.base}-${++this.next}`;
    this.ids.set(el, { text, id });
    return id;
  }
}
