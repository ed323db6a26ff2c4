/**
 * Text is a last resort (docs/adapters.md#locale-free-hooks-first); every locale is matched at once.
 * en: docs/adapters/meet.md#sources unless marked. vi strings marked "unverified" or "best-effort" are not yet
 * checked on a live Vietnamese Meet (docs/adapters/meet.md#not-covered-yet).
 */

export type MeetLocale = 'en' | 'vi';

export interface MeetTexts {
  /** No locale-free hook: the lobby also has a leave button and live media. */
  waiting: readonly string[];
  /** For a signed-in user (no name input). */
  joinButtons: readonly string[];
  /** Fallback when the h1's obfuscated class rotates. */
  ended: readonly string[];
  presentationSuffixes: readonly string[];
  ownPresentation: readonly string[];
  hostRole: readonly string[];
  cohostRole: readonly string[];
  selfSender: readonly string[];
  /** Between the sender and the message in the toast a new message raises while the chat is closed. */
  chatToastJoiner: readonly string[];
  /** "<Name> joined": the notice with the People list closed (suffix). */
  joinedSuffix: readonly string[];
}

export const MEET_TEXT: Readonly<Record<MeetLocale, MeetTexts>> = {
  en: {
    waiting: ['Asking to be let in…', "You'll join the call when someone lets you in"],
    joinButtons: ['Ask to join', 'Join now'],
    ended: [
      "You've been removed from the meeting",
      'Your host ended the meeting for everyone',
      'You left the meeting', // unsourced: the page after one's own leave
    ],
    presentationSuffixes: ['(Presentation)', '(Presenting)'],
    ownPresentation: ['Your presentation'],
    hostRole: ['Meeting host'],
    cohostRole: ['Co-host'], // unsourced
    selfSender: ['You'],
    chatToastJoiner: [' says in chat: '],
    joinedSuffix: [' joined'],
  },
  vi: {
    waiting: [
      'Đang yêu cầu tham gia…', // unverified
      'Bạn sẽ tham gia cuộc gọi khi có người cho phép bạn tham gia', // best-effort
    ],
    joinButtons: ['Yêu cầu tham gia', 'Tham gia ngay'], // best-effort
    ended: [
      'Bạn đã bị xóa khỏi cuộc họp', // best-effort
      'Người tổ chức đã kết thúc cuộc họp cho mọi người', // best-effort
      'Bạn đã rời khỏi cuộc họp', // best-effort
    ],
    presentationSuffixes: [
      '(Bản trình bày)', // unverified
      '(Đang trình bày)', // best-effort
    ],
    ownPresentation: ['Bản trình bày của bạn'], // best-effort
    hostRole: ['Người tổ chức cuộc họp'], // unverified
    cohostRole: ['Người đồng tổ chức'], // best-effort
    selfSender: ['Bạn'], // unverified
    chatToastJoiner: [' nói trong cuộc trò chuyện: '], // best-effort
    joinedSuffix: [' đã tham gia'], // best-effort
  },
};

/** Also curly vs straight apostrophe, "..." vs "…", and composed vs decomposed Vietnamese marks. */
export function foldUiText(s: string): string {
  let f = foldedTexts.get(s);
  if (f === undefined) {
    f = s
      .normalize('NFC')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\.\.\./g, '…')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    // The same few texts recur every snapshot: remember them, boundedly.
    if (foldedTexts.size >= FOLDED_KEPT) foldedTexts.clear();
    foldedTexts.set(s, f);
  }
  return f;
}

const FOLDED_KEPT = 2_000;
const foldedTexts = new Map<string, string>();

const LOCALES = Object.keys(MEET_TEXT) as MeetLocale[];
const folded = new Map<keyof MeetTexts, readonly string[]>();

function foldedList(key: keyof MeetTexts): readonly string[] {
  let list = folded.get(key);
  if (!list) {
    list = LOCALES.flatMap((l) => MEET_TEXT[l][key].map(foldUiText));
    folded.set(key, list);
  }
  return list;
}

export function isText(key: keyof MeetTexts, s: string): boolean {
  return foldedList(key).includes(foldUiText(s));
}

export function containsText(key: keyof MeetTexts, s: string): boolean {
  const f = foldUiText(s);
  return foldedList(key).some((t) => f.includes(t));
}

export function stripPresentationSuffix(name: string): string {
  const n = name.normalize('NFC').trimEnd();
  const lower = n.toLowerCase();
  for (const l of LOCALES) {
    for (const suffix of MEET_TEXT[l].presentationSuffixes) {
      if (lower.endsWith(suffix.toLowerCase())) return n.slice(0, n.length - suffix.length).trimEnd();
    }
  }
  return name;
}

/** The locale's joiner as the toast shows it (not folded: the sender and message keep their case). */
export function splitChatToast(text: string): { sender: string; message: string } | null {
  const lower = text.toLowerCase();
  for (const l of LOCALES) {
    for (const joiner of MEET_TEXT[l].chatToastJoiner) {
      const at = lower.indexOf(joiner.toLowerCase());
      if (at > 0) return { sender: text.slice(0, at).trim(), message: text.slice(at + joiner.length).trim() };
    }
  }
  return null;
}

export function chatToastJoiners(): readonly string[] {
  return LOCALES.flatMap((l) => MEET_TEXT[l].chatToastJoiner.map((j) => j.trim().toLowerCase()));
}

/** "<Name> joined" (the whole toast text): the name, else null. */
export function joinedName(text: string): string | null {
  const lower = text.toLowerCase();
  for (const l of LOCALES) {
    for (const suffix of MEET_TEXT[l].joinedSuffix) {
      if (!lower.endsWith(suffix.toLowerCase())) continue;
      const name = text.slice(0, text.length - suffix.length).trim();
      // A count ("3 joined") is not a name.
      return name && !/^\d+$/.test(name) ? name : null;
    }
  }
  return null;
}

export function joinedSuffixes(): readonly string[] {
  return LOCALES.flatMap((l) => MEET_TEXT[l].joinedSuffix.map((j) => j.trim().toLowerCase()));
}
