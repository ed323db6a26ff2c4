/**
 * docs/adapters/zoom.md#chat. A run's sender is carried forward, remembered by message id and by
 * list index for rows whose predecessor scrolled out.
 */
import type { ChatMessage } from '../../common/model';
import { NAME_MAX, TIME_MAX, oneLine } from '../kit/text';
import { firstMatch } from '../kit/query';
import { readMessageText, readName } from './read-text';
import { CHAT_PLACEHOLDER_ID, css, variants } from './selectors';
import { privateRecipient } from './text';

const Q = {
  chatRow: css('chatRow'),
  chatSender: css('chatSender'),
  // Tried in order: the display is inside the text-content container, so a combined query would pick the outer one.
  chatText: variants('chatText'),
  chatHeader: css('chatHeader'),
  chatTimeStamp: css('chatTimeStamp'),
  chatSelf: css('chatSelf'),
  chatIndex: css('chatIndex'),
};

const CHAT_CACHE_MAX = 5_000;

interface Run {
  senderId: string | null;
  senderName: string;
  self: boolean;
  privateTo: string | null;
}

export class ZoomChat {
  /** Presenter fallback. */
  readonly nameByUserId = new Map<string, string>();
  private readonly cache = new Map<string, ChatMessage>();
  /** Run of the message at a Virtuoso index, for a follow-on whose predecessor scrolled out. */
  private readonly runByIndex = new Map<number, Run>();

  read(list: Element): ChatMessage[] {
    const out: ChatMessage[] = [];
    let prev: { index: number | null; run: Run } | null = null;
    for (const row of list.querySelectorAll(Q.chatRow)) {
      const id = (row.getAttribute('data-id') ?? '').slice(0, 128);
      if (id === '' || id.startsWith(CHAT_PLACEHOLDER_ID)) continue;
      const idxAttr = row.closest(Q.chatIndex)?.getAttribute('data-index');
      const index = idxAttr != null && /^\d+$/.test(idxAttr) ? Number(idxAttr) : null;
      const cached = this.cache.get(id);
      if (cached) {
        if (index !== null && !this.runByIndex.has(index)) this.rememberIndex(index, cached);
        out.push(cached);
        prev = { index, run: cached };
        continue;
      }
      const { msg, run } = this.readRow(row, id, index, prev);
      out.push(msg);
      prev = run ? { index, run } : null;
    }
    return out;
  }

  private readRow(row: Element, id: string, index: number | null, prev: { index: number | null; run: Run } | null) {
    const header = row.querySelector(Q.chatHeader);
    let run: Run | null = null;
    let time: string | null = null;
    if (header) {
      run = this.readRunHeader(header, row);
      const ts = header.querySelector(Q.chatTimeStamp);
      time = ts ? readName(ts, TIME_MAX) || null : null;
    } else if (prev && (index === null || prev.index === null || prev.index === index - 1)) {
      run = prev.run;
    } else if (index !== null) {
      run = this.runByIndex.get(index - 1) ?? null;
    }
    const msg: ChatMessage = {
      id,
      senderId: run?.senderId ?? null,
      senderName: run?.senderName ?? '',
      self: row.querySelector(Q.chatSelf) !== null || (run?.self ?? false),
      text: readMessageText(firstMatch(row, Q.chatText)),
      time,
      privateTo: run?.privateTo ?? null,
    };
    if (run) {
      this.remember(id, msg);
      if (index !== null) this.rememberIndex(index, run);
    }
    return { msg, run };
  }

  private readRunHeader(header: Element, row: Element): Run {
    const sender = header.querySelector(Q.chatSender);
    const senderId = sender?.getAttribute('data-userid')?.slice(0, 64) || null;
    const attr = sender?.getAttribute('data-name');
    const senderName = attr == null ? readName(sender) : oneLine(attr, NAME_MAX, NAME_MAX * 2);
    if (senderId) this.nameByUserId.set(senderId, senderName);
    // The recipient is the header's plain span after " to " (docs/adapters/zoom.md#chat).
    let recipient = '';
    for (const span of header.querySelectorAll(':scope > span')) {
      if (span === sender || span.matches(Q.chatTimeStamp)) continue;
      recipient = readName(span);
    }
    return {
      senderId,
      senderName,
      self: row.querySelector(Q.chatSelf) !== null,
      privateTo: privateRecipient(recipient),
    };
  }

  private remember(id: string, msg: ChatMessage): void {
    this.cache.set(id, msg);
    if (this.cache.size > CHAT_CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
  }

  private rememberIndex(index: number, run: Run): void {
    this.runByIndex.set(index, run);
    if (this.runByIndex.size > CHAT_CACHE_MAX) this.runByIndex.delete(this.runByIndex.keys().next().value!);
  }
}
