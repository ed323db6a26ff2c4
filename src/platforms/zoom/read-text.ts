/** docs/adapters/zoom.md#hostile-text: cut before any regex runs over it. */
import { CHAT_MAX, NAME_MAX, capText, oneLine } from '../kit/text';

/** Capped without splitting a surrogate pair. */
export function readName(el: Element | null | undefined, max = NAME_MAX): string {
  return oneLine(el?.textContent, max, max * 2 + 64);
}

/** Read no further than the cap. */
export function readMessageText(el: Element | null): string {
  if (!el) return '';
  const blocks = el.children.length > 1 ? Array.from(el.children) : [el];
  let text = '';
  for (const b of blocks) {
    text += (text === '' ? '' : '\n') + (b.textContent ?? '');
    if (text.length > CHAT_MAX) break;
  }
  return capText(text.slice(0, CHAT_MAX + 16).trim(), CHAT_MAX);
}

export function countInParens(text: string): number | null {
  const m = /\(([\d.,\s\u00a0]+)\)\s*$/.exec(text.trim());
  return m ? digits(m[1]) : null;
}

/** null when too many to be a head count. */
export function digits(text: string | null | undefined): number | null {
  const d = (text ?? '').replace(/\D/g, '');
  return d === '' || d.length > 7 ? null : Number(d);
}
