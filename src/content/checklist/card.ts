/**
 * The checklist card on the meeting tab, in a closed shadow root of its own (as the alert panel's):
 * built with textContent only, placed clear of the client's controls and of the alert panel.
 */
import type { ChecklistAction, ChecklistItemView, ChecklistItem } from '../../common/checklist';
import { actionKeys, itemKey, onePanelAtATime, sourceKey } from '../../common/checklist';
import type { Platform } from '../../common/model';
import type { Lang } from '../messages';
import { stepsFor } from '../panel/steps';
import { HOME_TOP, type Box } from '../panel/placement';
import { pinHost } from '../overlay/host';
import { placeCard } from './placement';
import { CARD_ROOM_PX, CHECKLIST_CSS } from './styles';

export type Say = (key: string, ...subs: string[]) => string;

export interface CardHandlers {
  tick(item: ChecklistItem, done: boolean): void;
  /** Presses the client's own button for a panel; false when the page has none. */
  press(action: ChecklistAction): boolean;
  dismiss(): void;
  copyRules(): Promise<boolean>;
  openGuide(): void;
}

export interface Card {
  render(items: readonly ChecklistItemView[]): void;
  show(avoid: readonly Box[]): void;
  hide(): void;
  readonly shown: boolean;
  destroy(): void;
}

/** The alert panel collapsed at its home: the card keeps clear of it. */
const PANEL_HOME: Box = { left: 16, top: HOME_TOP, width: 340, height: 48 };

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  return e;
}

function hostElement(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('class-guard-checklist');
  pinHost(host);
  const root = host.attachShadow({ mode: 'closed' });
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    const sheet = new win!.CSSStyleSheet();
    sheet.replaceSync(CHECKLIST_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(el(doc, 'style', '', CHECKLIST_CSS));
  }
  return { host, root };
}

/** The steps of an item on this client: the panel's own for locking, else the _locales ones. */
function stepsOf(item: ChecklistItem, platform: Platform, lang: Lang, say: Say): string[] {
  if (item === 'lock') return stepsFor(platform, lang, 'lock').steps;
  const key = item === 'link-private' ? itemKey('steps', item) : itemKey('steps', item, platform);
  return say(key).split('\n').filter(Boolean);
}

function stateLine(v: ChecklistItemView, say: Say, time: (iso: string) => string): { text: string; off: boolean } {
  if (v.page) {
    const source = say(sourceKey(v.page.source), time(v.page.at));
    return { text: `${say(v.page.on ? 'checklist_state_on' : 'checklist_state_off')}: ${source}`, off: !v.page.on };
  }
  return { text: say(v.ticked ? 'checklist_by_teacher' : 'checklist_not_seen'), off: false };
}

/** The card's fixed parts: header with the count and close button, the list, the footer's actions. */
function skeleton(doc: Document, lang: Lang, say: Say, handlers: CardHandlers) {
  const card = el(doc, 'section', 'card');
  card.hidden = true;
  card.lang = lang;
  card.setAttribute('role', 'region');
  card.setAttribute('aria-label', say('checklist_title'));
  const head = el(doc, 'div', 'head');
  const count = el(doc, 'span', 'count');
  const close = button(doc, 'close', '×', () => handlers.dismiss());
  close.setAttribute('aria-label', say('checklist_dismiss'));
  close.title = say('checklist_dismiss');
  head.append(el(doc, 'h2', '', say('checklist_title')), count, close);
  const body = el(doc, 'div', 'body');
  const list = el(doc, 'ul');
  body.append(el(doc, 'p', 'intro', say('checklist_intro')), list);
  const foot = el(doc, 'div', 'foot');
  const copied = status(doc);
  const copy = button(doc, 'copy-rules', say('rules_copy'), () => {
    void handlers.copyRules().then((ok) => (copied.textContent = say(ok ? 'rules_copied' : 'rules_copy_failed')));
  });
  foot.append(
    copy,
    button(doc, 'guide', say('guide_open'), () => handlers.openGuide()),
    copied,
  );
  card.append(head, body, foot);
  return { card, count, list, body };
}

function button(doc: Document, cls: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = el(doc, 'button', cls, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

function status(doc: Document): HTMLElement {
  const s = el(doc, 'div', 'status');
  s.setAttribute('role', 'status');
  return s;
}

interface ItemContext {
  doc: Document;
  platform: Platform;
  lang: Lang;
  say: Say;
  time(iso: string): string;
  handlers: CardHandlers;
  openDetails: Set<ChecklistItem>;
}

/** The button that presses the client's own, and the line that says what happened. */
function actionNodes(c: ItemContext, action: ChecklistAction): HTMLElement[] {
  const keys = actionKeys(action);
  const done = status(c.doc);
  const open = button(c.doc, `act ${action}`, c.say(keys.label), () => {
    done.textContent = c.say(c.handlers.press(action) ? keys.done : keys.failed);
  });
  return [open, done];
}

function itemNode(c: ItemContext, v: ChecklistItemView): HTMLLIElement {
  const { doc, say } = c;
  const li = el(doc, 'li', v.done ? 'done' : 'todo');
  li.dataset['item'] = v.item;
  const label = el(doc, 'label');
  const box = el(doc, 'input');
  box.type = 'checkbox';
  box.checked = v.done;
  // What the page shows is not the teacher's to change here: it changes in the client.
  box.disabled = v.page !== null;
  box.addEventListener('change', () => c.handlers.tick(v.item, box.checked));
  label.append(box, el(doc, 'span', 'title', say(itemKey('item', v.item))));
  const state = stateLine(v, say, c.time);
  li.append(label, el(doc, 'div', state.off ? 'state off' : 'state', state.text));
  if (v.action) li.append(...actionNodes(c, v.action));
  if (v.item === 'chat-panel' && onePanelAtATime(c.platform))
    li.append(el(doc, 'div', 'note', say('checklist_one_panel')));
  const details = el(doc, 'details');
  details.open = c.openDetails.has(v.item);
  details.addEventListener('toggle', () => (details.open ? c.openDetails.add(v.item) : c.openDetails.delete(v.item)));
  const ol = el(doc, 'ol');
  for (const step of stepsOf(v.item, c.platform, c.lang, say)) ol.append(el(doc, 'li', '', step));
  details.append(el(doc, 'summary', '', say('checklist_how')), ol);
  li.append(details);
  return li;
}

export function createCard(
  doc: Document,
  ctx: { platform: Platform; lang: Lang; say: Say; time(iso: string): string },
  handlers: CardHandlers,
): Card {
  const { say } = ctx;
  const { host, root } = hostElement(doc);
  const { card, count, list, body } = skeleton(doc, ctx.lang, say, handlers);
  root.append(card);
  const items: ItemContext = { doc, ...ctx, handlers, openDetails: new Set() };

  return {
    render(views) {
      count.textContent = say('checklist_done_count', String(views.filter((v) => v.done).length), String(views.length));
      const focused = root.activeElement?.closest('li')?.getAttribute('data-item') ?? null;
      list.replaceChildren(...views.map((v) => itemNode(items, v)));
      // Keyboard users keep their place when a state changes under them.
      if (focused) root.querySelector<HTMLElement>(`li[data-item="${focused}"] input`)?.focus();
    },
    show(avoid) {
      if (!host.isConnected) doc.documentElement.append(host);
      card.hidden = false;
      // Its full height read under the max-height it has (what its body scrolls is added back): a
      // write before the read would force the whole page's layout, once a second.
      const r = card.getBoundingClientRect();
      const viewport = { left: 0, top: 0, width: doc.defaultView!.innerWidth, height: doc.defaultView!.innerHeight };
      const full = r.height + Math.max(0, body.scrollHeight - body.clientHeight);
      const height = Math.min(full, viewport.height - CARD_ROOM_PX);
      const p = placeCard({ width: r.width, height }, viewport, [...avoid, PANEL_HOME]);
      card.style.maxHeight = `${p.maxHeight}px`;
      card.style.transform = `translate(${p.x}px, ${p.y}px)`;
    },
    hide() {
      card.hidden = true;
    },
    get shown() {
      return !card.hidden && host.isConnected;
    },
    destroy() {
      host.remove();
    },
  };
}
