/** The People button the checklist presses for the host (docs/adapters/meet.md#host-state). */

/** New toolbar (2025-12+) first, then the older button with its panel id. */
const PEOPLE_BUTTON = ['div[role="button"][jsname="ocqpFe"]', 'button[data-panel-id="1"]'];

export function peopleButton(doc: Document): HTMLElement | null {
  for (const css of PEOPLE_BUTTON) {
    const el = doc.querySelector<HTMLElement>(css);
    if (el) return el;
  }
  return null;
}
