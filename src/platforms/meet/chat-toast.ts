/**
 * Meet's toasts (docs/adapters/meet.md#toasts): "<Name> says in chat: <message>" for a new message
 * while the chat panel is closed, "<Name> joined" for a newcomer; each with the sender's avatar and a
 * Close button. No locale-free hook is known, so they are found by their text, on a cheap walk of the
 * page's text nodes outside the side panels, every few snapshots (a toast stays for seconds).
 */
import type { ChatMessage, Participant } from '../../common/model';
import { CHAT_MAX, NAME_MAX, capText } from '../kit/text';
import { chatToastJoiners, joinedName, joinedSuffixes, splitChatToast } from './text';

/** Snapshots between two looks; a toast is shown for several seconds. */
export const TOAST_READ_EVERY = 4;
/** A toast's text is short; a longer element is the page, not the toast. */
const TOAST_TEXT_MAX = CHAT_MAX + NAME_MAX + 64;

export interface MeetToastView {
  previews: readonly ChatMessage[];
  joined: readonly Participant[];
}
const NONE: MeetToastView = Object.freeze({ previews: Object.freeze([]), joined: Object.freeze([]) });

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

const SKIPPED = /^(ASIDE|SCRIPT|STYLE|TEXTAREA|BUTTON)$/;

export class MeetToasts {
  private reads = 0;
  private last: MeetToastView = NONE;
  /** One id per toast element, however many snapshots it stays for. */
  private readonly ids = new WeakMap<Element, string>();
  private next = 0;
  /** A restarted content script is told the ids already logged: its own must not repeat them. */
  private readonly base = Date.now().toString(36);

  constructor(private readonly doc: Document) {}

  read(): MeetToastView {
    if (this.reads++ % TOAST_READ_EVERY !== 0) return this.last;
    const body = this.doc.body;
    if (!body) return (this.last = NONE);
    const joiners = chatToastJoiners();
    const suffixes = joinedSuffixes();
    const previews: ChatMessage[] = [];
    const joined: Participant[] = [];
    const walker = this.doc.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.nodeType !== Node.ELEMENT_NODE
          ? NodeFilter.FILTER_ACCEPT
          : SKIPPED.test((n as Element).tagName)
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_SKIP,
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const lower = n.nodeValue?.trimEnd().toLowerCase();
      if (!lower) continue;
      if (lower.includes(':') && joiners.some((j) => lower.includes(j))) {
        const msg = this.previewOf(n.parentElement);
        if (msg && !previews.some((m) => m.id === msg.id)) previews.push(msg);
      } else if (suffixes.some((sfx) => lower.endsWith(sfx))) {
        const p = this.joinedOf(n.parentElement);
        if (p && !joined.some((j) => j.id === p.id)) joined.push(p);
      }
    }
    this.last = previews.length || joined.length ? { previews, joined } : NONE;
    return this.last;
  }

  /** The text node may hold only the joiner and message, with the name in a sibling: go up until both. */
  private previewOf(start: Element | null): ChatMessage | null {
    for (let el = start, up = 0; el && up < 3; el = el.parentElement, up++) {
      const text = textWithoutButtons(el);
      if (text.length > TOAST_TEXT_MAX) return null;
      const parts = splitChatToast(text);
      if (!parts || !parts.sender) continue;
      return {
        id: this.idOf(el),
        senderId: null,
        senderName: capText(parts.sender, NAME_MAX),
        self: false,
        text: capText(parts.message, CHAT_MAX),
        time: null,
        privateTo: null,
        preview: true,
      };
    }
    return null;
  }

  private joinedOf(start: Element | null): Participant | null {
    for (let el = start, up = 0; el && up < 3; el = el.parentElement, up++) {
      const text = textWithoutButtons(el);
      if (text.length > NAME_MAX + 64) return null;
      const name = joinedName(text);
      if (!name) continue;
      const shown = capText(name, NAME_MAX);
      // The name is all a notice gives: the tracker hands it over to a tile or row of that name.
      return { id: `notice:${shown}`, idStable: false, name: shown, role: 'participant', self: false };
    }
    return null;
  }

  private idOf(el: Element): string {
    let id = this.ids.get(el);
    if (!id) this.ids.set(el, (id = `preview:meet:${this.base}-${++this.next}`));
    return id;
  }
}
