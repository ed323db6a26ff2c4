/** The People and chat buttons the checklist presses for the organizer (docs/adapters/teams.md#host-state). */
import { css } from './selectors';

/** The toolbar's chat button: its id and data-tid, the same in every language. */
const CHAT_BUTTON = 'button#chat-button, button[data-tid="chat-button"]';

export function peopleButton(doc: Document): HTMLElement | null {
  return doc.querySelector<HTMLElement>(css('peopleButton'));
}

export function chatButton(doc: Document): HTMLElement | null {
  return doc.querySelector<HTMLElement>(CHAT_BUTTON);
}
