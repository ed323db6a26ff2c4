/**
 * Caps and readers for attacker-written text from a meeting page (names, chat, titles, labels):
 * read with textContent or attributes only, never as HTML, and capped as the log stores it
 * (docs/events.md; docs/adapters.md#hostile-text).
 */
import { LIMITS } from '../../shared/protocol';
import { capText } from '../../shared/text-cap';

export { capText };

/** A display name (participant, sender, presenter, own name). */
export const NAME_MAX: number = LIMITS.nameChars;
/** One chat message. */
export const CHAT_MAX: number = LIMITS.chatChars;
/** A meeting title or a heading / button text compared against the UI text tables. */
export const TITLE_MAX: number = LIMITS.nameChars;
/** A label parsed for a name inside it ("Content shared by X"): longer ones are not ours to parse. */
export const LABEL_MAX = 1024;
/** A displayed time ("10:42 AM"). */
export const TIME_MAX = 32;

/** An element's text, trimmed and capped ('' without the element). */
export function trimmedText(el: Element | null | undefined, max: number): string {
  return el ? capText((el.textContent ?? '').trim(), max) : '';
}

/**
 * Text on one line: runs of white space collapsed, trimmed, capped. With `precut`, longer input is
 * cut to that length first, so no regex runs over a huge hostile text on every snapshot.
 */
export function oneLine(s: string | null | undefined, max: number, precut?: number): string {
  const raw = s ?? '';
  const head = precut !== undefined && raw.length > precut ? raw.slice(0, precut) : raw;
  return capText(head.replace(/\s+/g, ' ').trim(), max);
}
