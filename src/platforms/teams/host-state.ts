/** The People button the checklist presses for the organizer (docs/adapters/teams.md#host-state). */
import { css } from './selectors';

export function peopleButton(doc: Document): HTMLElement | null {
  return doc.querySelector<HTMLElement>(css('peopleButton'));
}
