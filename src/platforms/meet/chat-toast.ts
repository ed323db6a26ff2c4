/**
 * The toast Meet raises for a new message while the chat panel is closed: "<Name> says in chat:
 * <message>" with the sender's avatar and a Close button (docs/adapters/meet.md#chat-previews). No
 * locale-free hook is known, so it is found by its text, on a cheap walk of the page's text nodes
 * outside the side panels, every few snapshots (a toast stays for seconds).
 */
import type { ChatMessage } from '../../common/model';
import { CHAT_MAX, NAME_MAX, capText } from '../kit/text';
import { chatToastJoiners, splitChatToast } from './text';

/** Snapshots between two looks; a toast is shown for several seconds. */
export const TOAST_READ_EVERY = 4;
/** A toast's text is short; a longer element is the page, not the toast. */
const TOAST_TEXT_MAX = CHAT_MAX + NAME_MAX + 64;
const NONE: readonly ChatMessage[] = Object.freeze([]);

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

export class MeetChatToasts {
  private reads = 0;
  private last: readonly ChatMessage[] = NONE;
  /** One id per toast element, however many snapshots it stays for. */
  private readonly ids = new WeakMap<Element, string>();
  private next = 0;
  /** A restarted content script is told the ids already logged: its own must not repeat them. */
  private readonly base = Date.now().toString(36);

  constructor(private readonly doc: Document) {}

  read(): readonly ChatMessage[] {
    if (this.reads++ % TOAST_READ_EVERY !== 0) return this.last;
    const body = this.doc.body;
    if (!body) return (this.last = NONE);
    const joiners = chatToastJoiners();
    const out: ChatMessage[] = [];
    const walker = this.doc.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.nodeType === Node.ELEMENT_NODE
          ? /^(ASIDE|SCRIPT|STYLE|TEXTAREA)$/.test((n as Element).tagName)
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_SKIP
          : NodeFilter.FILTER_ACCEPT,
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const v = n.nodeValue;
      if (!v || !v.includes(':')) continue;
      const lower = v.toLowerCase();
      if (!joiners.some((j) => lower.includes(j))) continue;
      const msg = this.toastOf(n.parentElement);
      if (msg && !out.some((m) => m.id === msg.id)) out.push(msg);
    }
    this.last = out.length ? Object.freeze(out) : NONE;
    return this.last;
  }

  /** The text node may hold only the joiner and message, with the name in a sibling: go up until both. */
  private toastOf(start: Element | null): ChatMessage | null {
    for (let el = start, up = 0; el && up < 3; el = el.parentElement, up++) {
      const text = textWithoutButtons(el);
      if (text.length > TOAST_TEXT_MAX) return null;
      const parts = splitChatToast(text);
      if (!parts || !parts.sender) continue;
      let id = this.ids.get(el);
      if (!id) this.ids.set(el, (id = `preview:meet:${this.base}-${++this.next}`));
      return {
        id,
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
}
