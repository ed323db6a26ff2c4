/**
 * Attacker-written text: textContent or attributes only, capped as the log stores it
 * (docs/adapters.md#hostile-text).
 */
import { LIMITS } from '../../common/protocol';
import { capText } from '../../common/text-cap';

export { capText };

export const NAME_MAX: number = LIMITS.nameChars;
export const CHAT_MAX: number = LIMITS.chatChars;
/** Also for heading and button texts compared against the UI text tables. */
export const TITLE_MAX: number = LIMITS.nameChars;
/** A longer label ("Content shared by X") is not ours to parse. */
export const LABEL_MAX = 1024;
export const TIME_MAX = 32;

export function trimmedText(el: Element | null | undefined, max: number): string {
  return el ? capText((el.textContent ?? '').trim(), max) : '';
}

/** `precut` cuts first, so no regex runs over a huge hostile text on every snapshot. */
export function oneLine(s: string | null | undefined, max: number, precut?: number): string {
  const raw = s ?? '';
  const head = precut !== undefined && raw.length > precut ? raw.slice(0, precut) : raw;
  return capText(head.replace(/\s+/g, ' ').trim(), max);
}
