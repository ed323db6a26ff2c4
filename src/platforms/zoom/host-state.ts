/**
 * What Zoom shows a host of its safety settings (docs/adapters/zoom.md#host-tools): the switches of
 * its Security menu, read only while the menu is open, and the Participants button the checklist
 * presses. No locale-free hook names a switch: its label is matched per locale (best-effort `vi`).
 */
import { oneLine } from '../kit/text';
import { css } from './selectors';

export type ZoomSwitch = 'waiting-room' | 'lock' | 'share' | 'chat' | 'rename';

const MENU = '.host-tools-panel';
const SWITCH = '[role="menuitemcheckbox"], [role="switch"], [role="checkbox"], input[type="checkbox"]';
const LABEL_MAX = 80;

/** Labels as the host sees them, lower case, per locale (en: Zoom's help "In-meeting security options"). */
const LABELS: ReadonlyMap<string, ZoomSwitch> = new Map<string, ZoomSwitch>([
  ['enable waiting room', 'waiting-room'],
  ['lock meeting', 'lock'],
  ['share screen', 'share'],
  ['chat', 'chat'],
  ['rename themselves', 'rename'],
  ['bật phòng chờ', 'waiting-room'],
  ['khóa cuộc họp', 'lock'],
  ['chia sẻ màn hình', 'share'],
  ['trò chuyện', 'chat'],
  ['tự đổi tên', 'rename'],
]);

function labelOf(el: Element): string {
  const label = el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent;
  return oneLine(label, LABEL_MAX).normalize('NFC').toLowerCase();
}

function checked(el: Element): boolean {
  if (el instanceof el.ownerDocument.defaultView!.HTMLInputElement) return el.checked;
  return el.getAttribute('aria-checked') === 'true';
}

/** The switches of the Security menu, or null while it is closed. */
export function readSecuritySwitches(doc: Document): Map<ZoomSwitch, boolean> | null {
  const menu = doc.querySelector(MENU);
  if (!menu) return null;
  const out = new Map<ZoomSwitch, boolean>();
  for (const el of menu.querySelectorAll(SWITCH)) {
    const which = LABELS.get(labelOf(el));
    if (which && !out.has(which)) out.set(which, checked(el));
  }
  return out;
}

/** The footer's Participants button (its aria-label is fixed English). */
export function peopleButton(doc: Document): HTMLElement | null {
  return doc.querySelector<HTMLElement>(css('participantsButton'));
}

/**
 * The footer's Chat button: its wrapper's id, else its aria-label, fixed English like the
 * Participants button's whatever the UI language ("open the chat panel"; "close the chat panel" while open).
 */
const CHAT_BUTTON = ['#chat button', 'button[aria-label="open the chat panel"]'];

export function chatButton(doc: Document): HTMLElement | null {
  for (const sel of CHAT_BUTTON) {
    const el = doc.querySelector<HTMLElement>(sel);
    if (el) return el;
  }
  return null;
}
