/** One entry of the panel: who, what, when, the words as written, what to do now, and the actions. */
import type { Platform } from '../../common/model';
import { mayBeAStudent } from '../../common/may-be-a-student';
import { visibleText } from '../../common/visible-text';
import type { Lang } from '../overlay/strings';
import type { Entry } from './entries';
import { actionsFor, stepsFor } from './steps';
import { localTime, PANEL_STRINGS } from './strings';
import { imitatedBy, nameWhy } from './name-why';

/** Enough to recognise the words; the log keeps them whole. */
const QUOTE_MAX = 200;
const QUOTES_SHOWN = 3;
const JOINS_SHOWN = 8;

export interface EntryHandlers {
  dismiss(key: string): void;
  note(key: string, text: string): void;
  /** False when the row is not in the client's list on screen. */
  show(key: string): boolean;
  /** Null when the name is now on the roster, else why not, in words. */
  inClass(key: string): Promise<string | null>;
}

export interface EntryContext {
  doc: Document;
  platform: Platform;
  lang: Lang;
  handlers: EntryHandlers;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** "In my class" for someone who may be a student the roster misses (never an impostor or an offensive name). */
function inClassButton(ctx: EntryContext, e: Entry, status: HTMLElement): HTMLButtonElement {
  const s = PANEL_STRINGS[ctx.lang];
  const b = button(ctx.doc, s.inMyClass, () => {
    b.disabled = true;
    void ctx.handlers.inClass(e.key).then(
      (why) => {
        b.disabled = false;
        if (why) status.textContent = why;
      },
      () => {
        b.disabled = false;
        status.textContent = s.inClassFailed;
      },
    );
  });
  b.className = 'in-class';
  return b;
}

function button(doc: Document, text: string, onClick: () => void): HTMLButtonElement {
  const b = el(doc, 'button', '', text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

export function whoOf(e: Entry, lang: Lang): string {
  const s = PANEL_STRINGS[lang];
  if (e.kind === 'person') return e.name ? visibleText(e.name, QUOTE_MAX) : s.unknownName;
  const names = e.joins.slice(0, JOINS_SHOWN).map((n) => visibleText(n, 60));
  const rest = e.joinCount - names.length;
  return `${s.raidWho(e.joinCount)}: ${names.join(', ')}${rest > 0 ? ` ${s.more(rest)}` : ''}`;
}

export function whatOf(e: Entry, lang: Lang): string {
  const labels = PANEL_STRINGS[lang].category;
  return e.categories.map((c) => labels[c]).join(' · ');
}

/** The newest distinct words, as written, invisible characters shown. */
function quotes(ctx: EntryContext, e: Entry): HTMLElement | null {
  const seen = new Set<string>();
  const list = el(ctx.doc, 'ul', 'quotes');
  for (const f of [...e.findings].reverse()) {
    const text = f.finding.evidence.text;
    if (!text || seen.has(text) || (e.kind === 'person' && text === e.name)) continue;
    seen.add(text);
    const li = el(ctx.doc, 'li');
    const q = el(ctx.doc, 'bdi', 'quote', `“${visibleText(text, QUOTE_MAX)}”`);
    li.append(q, ' ', el(ctx.doc, 'time', '', localTime(f.time, ctx.lang)));
    list.append(li);
    if (seen.size >= QUOTES_SHOWN) break;
  }
  return seen.size > 0 ? list : null;
}

function todo(ctx: EntryContext, e: Entry): HTMLElement[] {
  const actions = actionsFor(e.categories);
  if (actions.length === 0) return [];
  const out: HTMLElement[] = [el(ctx.doc, 'div', 'todo-title', PANEL_STRINGS[ctx.lang].whatToDo)];
  actions.forEach((action, i) => {
    const { title, steps } = stepsFor(ctx.platform, ctx.lang, action);
    const d = el(ctx.doc, 'details');
    d.dataset['action'] = action;
    d.open = i === 0;
    const ol = el(ctx.doc, 'ol');
    for (const step of steps) ol.append(el(ctx.doc, 'li', '', step));
    d.append(el(ctx.doc, 'summary', '', title), ol);
    out.push(d);
  });
  return out;
}

function noteForm(ctx: EntryContext, e: Entry, opener: HTMLButtonElement): HTMLElement {
  const s = PANEL_STRINGS[ctx.lang];
  const form = el(ctx.doc, 'div', 'note-form');
  form.hidden = true;
  const area = el(ctx.doc, 'textarea');
  area.placeholder = s.notePlaceholder;
  area.setAttribute('aria-label', s.note);
  area.maxLength = 1000;
  const close = () => {
    form.hidden = true;
    area.value = '';
    opener.focus();
  };
  const save = button(ctx.doc, s.saveNote, () => {
    const text = area.value.trim();
    if (text) ctx.handlers.note(e.key, text);
    close();
  });
  save.className = 'save-note';
  form.append(area, el(ctx.doc, 'div', 'actions'));
  form.lastElementChild!.append(
    save,
    button(ctx.doc, s.cancel, () => close()),
  );
  return form;
}

export function renderEntry(ctx: EntryContext, e: Entry): HTMLElement {
  const { doc, lang } = ctx;
  const s = PANEL_STRINGS[lang];
  const root = el(doc, 'article', `entry sev${e.severity}`);
  root.dataset['key'] = e.key;
  root.lang = lang;
  const top = el(doc, 'div', 'top');
  if (e.severity >= 3) top.append(el(doc, 'span', 'sev', s.urgent));
  top.append(el(doc, 'span', 'what', whatOf(e, lang)), el(doc, 'time', '', localTime(e.lastAt, lang)));
  // A person's name with why it is suspicious; a raid's arrivals as a list of names.
  const [who, ...why] =
    e.kind === 'person' && e.name ? nameWhy(doc, lang, e.name, imitatedBy(e)) : [el(doc, 'bdi', 'who', whoOf(e, lang))];
  root.setAttribute('aria-label', `${whatOf(e, lang)}: ${who!.textContent}`);
  root.append(top, who!, ...why);
  const q = quotes(ctx, e);
  if (q) root.append(q);
  root.append(...todo(ctx, e));
  if (e.notes.length) {
    const notes = el(doc, 'ul', 'notes');
    for (const n of e.notes) notes.append(el(doc, 'li', '', n));
    root.append(notes);
  }
  const status = el(doc, 'div', 'status');
  status.setAttribute('role', 'status');
  const actions = el(doc, 'div', 'actions');
  if (e.kind === 'person') {
    const show = button(doc, s.showInList, () => {
      status.textContent = ctx.handlers.show(e.key) ? s.shownInList : s.notInList;
    });
    show.className = 'show';
    actions.append(show);
    if (e.name && mayBeAStudent([...e.categories])) actions.append(inClassButton(ctx, e, status));
  }
  const noteButton = button(doc, s.note, () => {
    form.hidden = false;
    form.querySelector('textarea')?.focus();
  });
  noteButton.className = 'note';
  const form = noteForm(ctx, e, noteButton);
  const dismiss = button(doc, s.dismiss, () => ctx.handlers.dismiss(e.key));
  dismiss.className = 'dismiss';
  actions.append(noteButton, dismiss);
  root.append(actions, form, status);
  return root;
}
