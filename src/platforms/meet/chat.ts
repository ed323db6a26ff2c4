/**
 * Read without an observer, whose callback would run in the page's task on every post. Meet keeps the
 * chat whole and only appends, so each read walks on from the last (docs/adapters.md#cost); a periodic
 * whole read catches anything else.
 */
import type { ChatMessage, Snapshot } from '../../common/model';
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

/** Far more than a class posts between two snapshots, far fewer than the tracker remembers. */
export const CHAT_KEPT = 200;
/** Seldom, as a whole read grows with the chat; often enough to drop a removed message within minutes. */
export const CHAT_WHOLE_READ_EVERY = 120;
/**
 * One's own message has no id until the server acknowledges it, and holds the walk back; after this
 * many later messages it is given up on (a failed send never gets an id).
 */
const PENDING_PATIENCE = 20;

export interface ChatView {
  root: Element;
  /** More than CHAT_KEPT when more came since the last read. */
  messages: readonly ChatMessage[];
  /** A message waiting for its id holds it back. Null: from the container's start. */
  resume: Element | null;
}

export interface SelfView {
  readonly self: Snapshot['self'];
  readonly otherNames: ReadonlySet<string>;
}

function nextAfter(walker: TreeWalker, el: Element): Node | null {
  walker.currentNode = el;
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

export class MeetChat {
  /** A UI rotation. */
  unrecognized = false;
  private root: Element | null = null;
  private view: ChatView | null = null;
  private walks = 0;
  private walker: TreeWalker | null = null;
  /**
   * Keyed by id, not element, and rebuilt on each whole read: a weak entry per element of a growing
   * chat would burden every garbage collection of the page.
   */
  private messagesById = new Map<string, ChatMessage>();
  /** Meet appends to the last group only. */
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
    this.view = walk ?? this.readWhole(root, view === null || view.root !== root ? Infinity : CHAT_KEPT);
    return this.view;
  }

  /** The side panel of the chat the last read found, while it is on the page: no search. */
  panelElement(): Element | null {
    return this.root?.isConnected ? this.root.closest('aside') : null;
  }

  private findRoot(): Element | null {
    if (this.root?.isConnected) return this.root;
    // Any message proves the chat is there: a miss on the container means its selector rotated.
    const { el, missing } = findRequired(this.doc, SEL.chatContainer, SEL.anyMessage);
    this.unrecognized = missing;
    this.root = el;
    return el;
  }

  private readWhole(root: Element, keep: number): ChatView {
    this.walks = 0;
    const out: ChatMessage[] = [];
    let resume: Element | null = null;
    const known = this.messagesById;
    this.messagesById = new Map();
    const bodies = root.querySelectorAll(SEL.chatText);
    for (let i = bodies.length - 1; i >= 0 && out.length < keep; i--) {
      const body = bodies[i]!;
      const el = body.parentElement;
      const id = el?.getAttribute('data-message-id');
      if (!el || !id) {
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
   * Null (read it all again) when a message read before comes after a new one (a late id, or moved
   * messages): only a whole read puts it in page order.
   */
  private walkOn(view: ChatView): ChatView | null {
    if (this.walker?.root !== view.root) this.walker = this.doc.createTreeWalker(view.root, NodeFilter.SHOW_ELEMENT);
    const walker = this.walker;
    walker.currentNode = view.root;
    const added: ChatMessage[] = [];
    let resume = view.resume;
    let sincePending = -1;
    for (let n = resume ? nextAfter(walker, resume) : walker.nextNode(); n;) {
      const body = n as Element;
      const el = body.matches(SEL.chatText) ? body.parentElement : null;
      if (!el) {
        n = walker.nextNode();
        continue;
      }
      // Past the message's own elements (formatting, pin button).
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

  /** All that were added if more (a flood between two reads). */
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
      // Meet may render a group's messages before its header.
      if (group && sender) this.lastGroup = header;
    }
    const { sender: shownSender, time } = header;
    const me = this.who.self;
    // "You" marks one's own messages, unless someone else in the call is named so.
    const self = header.you && !this.who.otherNames.has(shownSender);
    return {
      id,
      senderId: self ? me.id : null,
      senderName: self ? (me.name ?? shownSender) : shownSender,
      self,
      text: trimmedText(body, CHAT_MAX),
      time,
      privateTo: null, // docs/adapters/meet.md#chat
    };
  }
}
