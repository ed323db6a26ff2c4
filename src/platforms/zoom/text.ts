/**
 * Every Zoom UI text the adapter must read, per locale. Text is the last resort
 * (docs/adapters.md#locale-free-hooks-first): it is read only where Zoom offers no locale-free hook — the waiting-room screen,
 * the end/removal modal title, the role badges of roster rows, and the chat recipient.
 *
 * Sources: en strings from docs/adapters/zoom.md#sources and Vexa's live-verified Zoom selectors (2025).
 * No public source shows Zoom's Vietnamese UI: every `vi` string is best-effort (Zoom's usual
 * Vietnamese terms: "Chủ trì" host, "Đồng chủ trì" co-host, "Phòng chờ" waiting room) until checked
 * against a live client. Matching is case-insensitive on NFC text with collapsed spaces.
 */

export type ZoomLocale = 'en' | 'vi';

export interface ZoomTexts {
  /** Substrings of the waiting-room screen (participant view). */
  waitingRoom: readonly string[];
  /** Substrings of `.zm-modal-body-title` when the host ended the meeting. */
  ended: readonly string[];
  /** Substrings of `.zm-modal-body-title` when we were removed. */
  removed: readonly string[];
  /** Tokens inside a roster row's name label, e.g. "(Host, me)" → ["host", "me"]. */
  role: { host: readonly string[]; cohost: readonly string[]; me: readonly string[]; guest: readonly string[] };
  /** Suffix Zoom appends to the chat recipient of a private message. */
  privately: readonly string[];
  /** Chat recipients meaning "everyone". */
  everyone: readonly string[];
  /** Text of the footer's leave button for hosts ("End") — attendees see "Leave". */
  endButton: readonly string[];
  /** The share banner naming the presenter; group 1 is the name. Last resort: unverified even in English. */
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
    privately: ['(Privately)'], // docs/adapters/zoom.md#chat
    everyone: ['Meeting Group Chat', 'Everyone'], // docs/adapters/zoom.md#chat: current, older
    endButton: ['End'], // docs/adapters/zoom.md#state: "End" for hosts, "Leave" for attendees
    viewingShare: [/^You are viewing (.+?)['’]s? screen$/i], // docs/adapters/zoom.md#screen-share: text unverified
  },
  // best-effort: none of these strings was seen in a source (see the header comment).
  vi: {
    waitingRoom: [
      'Vui lòng đợi, người chủ trì cuộc họp sẽ sớm cho bạn vào',
      'Đang chờ người chủ trì bắt đầu cuộc họp này',
      'Người chủ trì đã tham gia',
    ],
    ended: ['Cuộc họp này đã bị người chủ trì kết thúc', 'Người chủ trì đã kết thúc cuộc họp', 'Cuộc họp đã kết thúc'],
    removed: ['Bạn đã bị xóa khỏi cuộc họp', 'Bạn đã bị loại khỏi cuộc họp'],
    role: { host: ['Chủ trì'], cohost: ['Đồng chủ trì'], me: ['tôi'], guest: ['Khách'] },
    privately: ['(Riêng tư)'],
    everyone: ['Trò chuyện nhóm cuộc họp', 'Mọi người'],
    endButton: ['Kết thúc'],
    viewingShare: [/^Bạn đang xem màn hình của (.+)$/i],
  },
};

export const ZOOM_LOCALES = Object.keys(ZOOM_TEXT) as ZoomLocale[];

/** NFC, lower case, collapsed spaces: the form every comparison below uses. */
export function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** One list over all locales, folded: the UI language is not reliably exposed, so match any. */
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

/** What a `.zm-modal-body-title` says about the call, or null for any other modal. */
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

/** "(Host, me)" / "(Chủ trì, tôi)" / "(Co-host)" / "(Me)" → flags. Tokens compared whole, so "Đồng chủ trì" is not "Chủ trì". */
export function parseRoleLabel(label: string): RoleLabel {
  const tokens = fold(label.replace(/[()]/g, ''))
    .split(/\s*[,，]\s*/)
    .filter(Boolean);
  const has = (set: Set<string>) => tokens.some((t) => set.has(t));
  return { host: has(ROLE.host), cohost: has(ROLE.cohost), me: has(ROLE.me), guest: has(ROLE.guest) };
}

/**
 * The chat recipient as shown in a run header → null when it is everyone, else the person's name.
 * A recipient that is neither a known "everyone" text nor marked private is reported as private to
 * that text: missing a private message is worse than flagging a public one.
 */
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

/** The presenter's name from the share banner ("You are viewing Ada's screen"), or null. */
export function presenterFromBanner(text: string): string | null {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (const re of VIEWING) {
    const m = re.exec(t);
    if (m?.[1]) return m[1].trim();
  }
  return null;
}
