/**
 * Meet's chat (docs/adapters/meet.md#chat), read without watching it: an observer's callback would
 * run inside the page's own task on every post, while this reads only at a snapshot. Meet keeps the
 * chat whole and only appends, so after one whole read each read walks on from where the last one
 * ended (O(new messages)); a whole read every CHAT_WHOLE_READ_EVERY reads catches anything else.
 * The view carries the latest CHAT_KEPT messages only: older ones were reported when they came.
 */
import type { ChatMessage, Snapshot } from '../../shared/model';
import { findRequired } from '../kit/query';
import { CHAT_MAX, NAME_MAX, TIME_MAX, trimmedText } from '../kit/text';
import { css } from './selectors';
import { isText } from './text';

const SEL = {
  chatContainer: css('chatContainer'),
  anyMessage: css('anyMessage'),
  chatText: css('chatText'),
  chatGroup: css('chatGroup'),
  chatSender: css('chatSender'),
  chatTime: css('chatTime'),
};

/**
 * The chat messages a snapshot carries: the latest ones, as a virtualized chat would render them.
 * Far more than a busy class posts between two snapshots, and far fewer than the tracker remembers
 * to report each message once.
 */
export const CHAT_KEPT = 200;
/**
 * A whole read of the chat every this many reads; in between, reads walk on from where the last one
 * ended. Seldom, as a whole read queries the whole chat, which grows with the class; often enough to
 * drop a removed message (or place one put before the last) within minutes.
 */
export const CHAT_WHOLE_READ_EVERY = 120;
/**
 * A message still without its id (one's own, until Meet's server acknowledges it) holds the walk
 * back, to be read once the id comes; after this many later messages it is given up on (one that
 * failed to send never gets an id), and only a whole read would still find it.
 */
const PENDING_PATIENCE = 20;

/** The chat as read. */
export interface ChatView {
  /** The container it was read from. */
  root: Element;
  /** The latest CHAT_KEPT messages, in page order (more when more came since the last read). */
  messages: readonly ChatMessage[];
  /**
   * The message element the next read walks on from: the last one read with every message before it
   * read too (one still waiting for its id holds it back). Null: from the container's start.
   */
  resume: Element | null;
}

/** Who "You" is, as the People panel last said. */
export interface SelfView {
  readonly self: Snapshot['self'];
  readonly otherNames: ReadonlySet<string>;
}

/** The walker's first node after `el` and everything in it (null: none in the walker's root). */
function nextAfter(walker: TreeWalker, el: Element): Node | null {
  walker.currentNode = el;
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

export class MeetChat {
  /** Messages exist but the container selector no longer matches (a UI rotation). */
  unrecognized = false;
  private root: Element | null = null;
  private view: ChatView | null = null;
  /** Reads of the chat since the last whole one. */
  private walks = 0;
  private walker: TreeWalker | null = null;
  /**
   * Messages read, by id: a message is parsed once. Keyed by id, not element, and rebuilt on each
   * whole read: a weak entry per element of a chat that only grows would burden every garbage
   * collection of the page.
   */
  private messagesById = new Map<string, ChatMessage>();
  /** The chat group last read (Meet appends to the last group only): its header as shown, and whether the sender reads "You". */
  private lastGroup: { el: Element | null; sender: string; time: string | null; you: boolean } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly who: SelfView,
  ) {}

  read(): ChatView | null {
    const root = this.findRoot();
    const view = this.view;
    if (!root) {
      this.view = null;
      return null;
    }
    const walk =
      view !== null &&
      view.root === root &&
      ++this.walks < CHAT_WHOLE_READ_EVERY &&
      (view.resume === null || root.contains(view.resume))
        ? this.walkOn(view)
        : null;
    // The first read of a container takes every message in it: none of them was reported yet.
    this.view = walk ?? this.readWhole(root, view === null || view.root !== root ? Infinity : CHAT_KEPT);
    return this.view;
  }

  /** The container: it appears on the first open of the chat panel and then persists. */
  private findRoot(): Element | null {
    if (this.root?.isConnected) return this.root;
    // Any message proves the chat is there: if no container we know holds it, its selector rotated.
    const { el, missing } = findRequired(this.doc, SEL.chatContainer, SEL.anyMessage);
    this.unrecognized = missing;
    this.root = el;
    return el;
  }

  /** The latest `keep` messages in the container, in page order. */
  private readWhole(root: Element, keep: number): ChatView {
    this.walks = 0;
    const out: ChatMessage[] = [];
    let resume: Element | null = null;
    const known = this.messagesById;
    this.messagesById = new Map();
    // Anchored on the text child: the pin button also carries data-message-id.
    // From the end: only the latest are parsed, however long the chat.
    const bodies = root.querySelectorAll(SEL.chatText);
    for (let i = bodies.length - 1; i >= 0 && out.length < keep; i--) {
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
  private walkOn(view: ChatView): ChatView | null {
    if (this.walker?.root !== view.root) this.walker = this.doc.createTreeWalker(view.root, NodeFilter.SHOW_ELEMENT);
    const walker = this.walker;
    walker.currentNode = view.root;
    const added: ChatMessage[] = [];
    let resume = view.resume;
    /** Messages with ids seen since one without (-1: none without yet). */
    let sincePending = -1;
    for (let n = resume ? nextAfter(walker, resume) : walker.nextNode(); n;) {
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
    return this.extended(view, added, resume);
  }

  /** The view with `added` appended, keeping the latest CHAT_KEPT, or all that were added if more (a flood between two reads). */
  private extended(view: ChatView, added: readonly ChatMessage[], resume: Element | null): ChatView {
    if (added.length === 0) return resume === view.resume ? view : { ...view, resume };
    let messages = [...view.messages, ...added];
    const keep = Math.max(CHAT_KEPT, added.length);
    if (messages.length > keep) {
      const dropped = messages.length - keep;
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
      const sender = trimmedText(group?.querySelector(SEL.chatSender), NAME_MAX);
      header = {
        el: group,
        sender,
        time: trimmedText(group?.querySelector(SEL.chatTime), TIME_MAX) || null,
        you: isText('selfSender', sender),
      };
      // Kept only once the header is there: Meet may render a group's messages before its header.
      if (group && sender) this.lastGroup = header;
    }
    const { sender: shownSender, time } = header;
    const me = this.who.self;
    // "You" marks one's own messages, unless someone else in the call (as last seen) is named so.
    const self = header.you && !this.who.otherNames.has(shownSender);
    return {
      id,
      senderId: self ? me.id : null,
      senderName: self ? (me.name ?? shownSender) : shownSender,
      self,
      // textContent flattens links and formatting into the words as shown.
      text: trimmedText(body, CHAT_MAX),
      time,
      privateTo: null, // Meet has no private in-call chat (docs/adapters/meet.md#chat).
    };
  }
}
