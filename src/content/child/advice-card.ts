/**
 * The advice shown to a child in the meeting page: calm, short, what to do. In a shadow root of its
 * own; every text is set as text (names and chat are never markup).
 */
import { getMessage } from '../../browser/i18n';
import { has, msg, type Lang } from '../messages';
import type { AdviceKind } from './rules';

const TAG = 'class-guard-child-advice';
const STYLE = `
:host { all: initial; }
.card { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 360px;
  background: #fffdf5; color: #1f2933; border: 2px solid #1a5fb4; border-radius: 12px;
  padding: 14px 16px; font: 15px/1.45 system-ui, 'Segoe UI', Roboto, sans-serif;
  box-shadow: 0 6px 24px rgba(0,0,0,.25); }
h2 { font-size: 16px; margin: 0 0 6px; }
p { margin: 0 0 8px; }
ul { margin: 0 0 10px; padding-left: 20px; }
button { font: inherit; padding: 6px 14px; border-radius: 8px; border: 0; background: #1a5fb4; color: white; cursor: pointer; }
button:focus-visible { outline: 3px solid #f5c211; outline-offset: 2px; }
`;

/**
 * Replaces any card already shown: one piece of advice at a time. In the language the rest of the
 * page's guard speaks; the browser's, should that table not be loaded yet.
 */
export function showAdvice(doc: Document, kind: AdviceKind, lang: Lang): HTMLElement {
  const text = (key: string, fallback: string) => (has(lang, key) ? msg(lang, key) : getMessage(key) || fallback);
  doc.querySelector(TAG)?.remove();
  const host = doc.createElement(TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const card = doc.createElement('div');
  card.className = 'card';
  card.lang = lang;
  card.setAttribute('role', 'alert');
  card.setAttribute('data-kind', kind);
  const h = doc.createElement('h2');
  h.textContent = text('child_title', 'Take care');
  const p = doc.createElement('p');
  p.textContent = text(`child_${kind}`, 'Something here may not be safe.');
  const steps = doc.createElement('ul');
  for (const key of ['child_step_reply', 'child_step_share', 'child_step_tell']) {
    const li = doc.createElement('li');
    li.textContent = text(key, '');
    steps.append(li);
  }
  const ok = doc.createElement('button');
  ok.type = 'button';
  ok.textContent = text('child_ok', 'OK');
  ok.addEventListener('click', () => host.remove());
  card.append(h, p, steps, ok);
  root.append(style, card);
  (doc.body ?? doc.documentElement).append(host);
  return host;
}
