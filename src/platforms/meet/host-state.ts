/** The People and chat buttons the checklist presses for the host (docs/adapters/meet.md#host-state). */

/** New toolbar (2025-12+) first, then the older button with its panel id. */
const PEOPLE_BUTTON = ['div[role="button"][jsname="ocqpFe"]', 'button[data-panel-id="1"]'];
/** The chat's panel id; else the toolbar button drawn with the `chat` glyph (an icon name, the same in every language). */
const CHAT_BUTTON = 'button[data-panel-id="2"]';
const GLYPH = '.google-symbols, .google-material-icons';
const CLICKABLE = 'button, [role="button"]';

function first(doc: Document, selectors: readonly string[]): HTMLElement | null {
  for (const css of selectors) {
    const el = doc.querySelector<HTMLElement>(css);
    if (el) return el;
  }
  return null;
}

export function peopleButton(doc: Document): HTMLElement | null {
  return first(doc, PEOPLE_BUTTON);
}

export function chatButton(doc: Document): HTMLElement | null {
  const byId = doc.querySelector<HTMLElement>(CHAT_BUTTON);
  if (byId) return byId;
  for (const glyph of doc.querySelectorAll(GLYPH)) {
    // The chat panel's own messages are not buttons; only a toolbar control drawn with the glyph is.
    if (glyph.textContent?.trim() !== 'chat' || glyph.closest('aside')) continue;
    const button = glyph.closest<HTMLElement>(CLICKABLE);
    if (button) return button;
  }
  return null;
}
