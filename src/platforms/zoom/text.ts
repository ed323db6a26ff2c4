/**
 * Text is the last resort (docs/adapters.md#locale-free-hooks-first). en strings: docs/adapters/zoom.md#sources.
 * No public source shows Zoom's Vietnamese UI: every `vi` string is best-effort until checked live.
 */

export type ZoomLocale = 'en' | 'vi';

export interface ZoomTexts {
  waitingRoom: readonly string[];
  /** `.zm-modal-body-title` substrings. */
  ended: readonly string[];
  removed: readonly string[];
  /** "(Host, me)" → ["host", "me"]. */
  role: { host: readonly string[]; cohost: readonly string[]; me: readonly string[]; guest: readonly string[] };
  privately: readonly string[];
  everyone: readonly string[];
  /** Attendees see "Leave". */
  endButton: readonly string[];
  /** Group 1 is the name. Unverified even in English. */
  viewingShare: readonly RegExp[];
}

export const ZOOM_TEXT: Record<ZoomLocale, ZoomTexts> = {
  en: {
    waitingRoom: [
      'Please wait, the meeting host will let you in soon', // Vexa selectors.ts
      'Waiting for the host to start this meeting', // Vexa; docs/adapters/zoom.md#state
      'Waiting for the host to start the meeting', // Vexa
      "Host has joined. We've let them know you're here", // Vexa
    ],
    ended: ['This meeting has been ended by host', 'host ended the meeting', 'Meeting has ended'], // Vexa removal texts
    removed: ['You have been removed', 'removed from the meeting'], // Vexa removal texts; docs/adapters/zoom.md#state
    role: { host: ['Host'], cohost: ['Co-host'], me: ['me'], guest: ['Guest'] }, // docs/adapters/zoom.md#roster
    // docs/adapters/zoom.md#chat: "(Direct Message)", Zoom's newer name for it, is unverified in the web client.
    privately: ['(Privately)', '(Direct Message)'],
    everyone: ['Meeting Group Chat', 'Everyone'], // docs/adapters/zoom.md#chat: current, older
    endButton: ['End'], // docs/adapters/zoom.md#state: "End" for hosts, "Leave" for attendees
    viewingShare: [/^You are viewing (.+?)['’]s? screen$/i], // docs/adapters/zoom.md#screen-share: text unverified
  },
  // best-effort (see the header).
  vi: {
    waitingRoom: [
      'Vui lòng đợi, người chủ trì cuộc họp sẽ sớm cho bạn vào',
      'Đang chờ người chủ trì bắt đầu cuộc họp này',
      'Người chủ trì đã tham gia',
    ],
    ended: ['Cuộc họp này đã bị người chủ trì kết thúc', 'Người chủ trì đã kết thúc cuộc họp', 'Cuộc họp đã kết thúc'],
    removed: ['Bạn đã bị xóa khỏi cuộc họp', 'Bạn đã bị loại khỏi cuộc họp'],
    role: { host: ['Chủ trì'], cohost: ['Đồng chủ trì'], me: ['tôi'], guest: ['Khách'] },
    privately: ['(Riêng tư)', '(Tin nhắn trực tiếp)'],
    everyone: ['Trò chuyện nhóm cuộc họp', 'Mọi người'],
    endButton: ['Kết thúc'],
    viewingShare: [/^Bạn đang xem màn hình của (.+)$/i],
  },
};

export const ZOOM_LOCALES = Object.keys(ZOOM_TEXT) as ZoomLocale[];

/** The form every comparison below uses. */
export function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The UI language is not reliably exposed, so match any. */
function union(pick: (t: ZoomTexts) => readonly string[]): readonly string[] {
  return ZOOM_LOCALES.flatMap((l) => pick(ZOOM_TEXT[l]).map(fold));
}

const WAITING = union((t) => t.waitingRoom);
const ENDED = union((t) => t.ended);
const REMOVED = union((t) => t.removed);
const PRIVATELY = union((t) => t.privately);
const EVERYONE = new Set(union((t) => t.everyone));
const END_BUTTON = new Set(union((t) => t.endButton));
const ROLE = {
  host: new Set(union((t) => t.role.host)),
  cohost: new Set(union((t) => t.role.cohost)),
  me: new Set(union((t) => t.role.me)),
  guest: new Set(union((t) => t.role.guest)),
};

export function isWaitingRoomText(text: string): boolean {
  const f = fold(text);
  return WAITING.some((w) => f.includes(w));
}

export function modalOutcome(title: string): 'ended' | 'removed' | null {
  const f = fold(title);
  if (REMOVED.some((w) => f.includes(w))) return 'removed';
  if (ENDED.some((w) => f.includes(w))) return 'ended';
  return null;
}

export interface RoleLabel {
  host: boolean;
  cohost: boolean;
  me: boolean;
  guest: boolean;
}

/** Tokens compared whole, so "Đồng chủ trì" is not "Chủ trì". */
export function parseRoleLabel(label: string): RoleLabel {
  const tokens = fold(label.replace(/[()]/g, ''))
    .split(/\s*[,，]\s*/)
    .filter(Boolean);
  const has = (set: Set<string>) => tokens.some((t) => set.has(t));
  return { host: has(ROLE.host), cohost: has(ROLE.cohost), me: has(ROLE.me), guest: has(ROLE.guest) };
}

/** An unknown recipient counts as private: missing a private message is worse than flagging a public one. */
export function privateRecipient(recipient: string): string | null {
  const raw = recipient.normalize('NFC').replace(/\s+/g, ' ').trim();
  const f = fold(raw);
  if (f === '' || EVERYONE.has(f)) return null;
  for (const p of PRIVATELY) {
    if (f.endsWith(p)) return raw.slice(0, raw.length - p.length).trim() || null;
  }
  return raw;
}

export function isEndButtonText(text: string): boolean {
  return END_BUTTON.has(fold(text));
}

const VIEWING = ZOOM_LOCALES.flatMap((l) => ZOOM_TEXT[l].viewingShare);

export function presenterFromBanner(text: string): string | null {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (const re of VIEWING) {
    const m = re.exec(t);
    if (m?.[1]) return m[1].trim();
  }
  return null;
}
