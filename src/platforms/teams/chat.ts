/** docs/adapters/teams.md#chat. Private chats are separate threads, never this one. */
import type { ChatMessage } from '../../common/model';
import { CHAT_MAX, NAME_MAX, capText, oneLine } from '../kit/text';
import type { NameBook } from './names';
import { css } from './selectors';

const SENDER_MEMORY = 5000;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const CSS = {
  chatItem: css('chatItem'),
  chatMessage: css('chatMessage'),
  chatAuthor: css('chatAuthor'),
  chatTime: css('chatTime'),
  chatBody: css('chatBody'),
  chatControl: css('chatControl'),
  chatMine: css('chatMine'),
};

interface ItemRead {
  msg: Element;
  mid: string;
  mine: boolean;
  /** '' on follow-on messages. */
  author: string;
  text: string;
  time: string | null;
}

export class TeamsChat {
  private readonly senderByMid = new Map<string, string>();
  /** null: a system line or an item without a message. */
  private readonly itemCache = new WeakMap<Element, ItemRead | null>();

  constructor(private readonly names: NameBook) {}

  read(root: Element, selfName: string | null, selfId: string | null): ChatMessage[] {
    const out: ChatMessage[] = [];
    let carried: string | null = null;
    for (const item of Array.from(root.querySelectorAll(CSS.chatItem))) {
      const m = this.parseItem(item);
      if (!m) continue; // a system line, or not a message
      const sender: string | null = m.mine ? (selfName ?? '') : m.author || this.senderByMid.get(m.mid) || carried;
      carried = m.mine ? null : sender;
      if (sender === null) continue; // the run's author was never rendered: wait for it
      if (!m.mine && !this.senderByMid.has(m.mid)) {
        if (this.senderByMid.size >= SENDER_MEMORY) this.senderByMid.delete(this.senderByMid.keys().next().value!);
        this.senderByMid.set(m.mid, sender);
      }
      out.push({
        id: m.mid,
        senderId: m.mine ? selfId : this.names.idFor(sender),
        senderName: sender,
        self: m.mine,
        text: m.text,
        time: m.time,
        privateTo: null,
      });
    }
    return out;
  }

  private parseItem(item: Element): ItemRead | null {
    const hit = this.itemCache.get(item);
    if (hit !== undefined) {
      if (hit === null) {
        if (item.querySelector(CSS.chatControl)) return null;
      } else if (hit.msg.isConnected && item.contains(hit.msg) && hit.msg.getAttribute('data-mid') === hit.mid)
        return hit;
    }
    let read: ItemRead | null = null;
    const msg = item.querySelector(CSS.chatControl) ? null : item.querySelector(CSS.chatMessage);
    const mid = capText(msg?.getAttribute('data-mid') ?? '', 64);
    if (msg && mid) {
      const mine = item.querySelector(CSS.chatMine) !== null;
      const datetime = item.querySelector(CSS.chatTime)?.getAttribute('datetime') ?? '';
      read = {
        msg,
        mid,
        mine,
        author: mine ? '' : oneLine(item.querySelector(CSS.chatAuthor)?.textContent, NAME_MAX),
        text: capText((msg.querySelector(CSS.chatBody)?.textContent ?? '').trim(), CHAT_MAX),
        time: ISO_TIME.test(datetime) ? datetime : null,
      };
    }
    this.itemCache.set(item, read);
    return read;
  }
}
