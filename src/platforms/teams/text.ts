/**
 * Every text the Teams adapter reads, per UI language. Locale-free hooks (data-tid, ids, MRIs)
 * come first in adapter.ts; these patterns are used only where Teams exposes nothing else.
 *
 * A pattern is literal text with placeholders: {name} (any non-empty text) and {n} (digits).
 * `sourced` phrases were seen in public captures (docs/adapters/teams.md#sources); `bestEffort` ones are our
 * rendering of the Vietnamese UI, which no public source has captured — replace them with the
 * real strings as soon as a capture of the Vietnamese client exists.
 */
import { escapeRegExp } from '../../shared/regexp';

export type Locale = 'en' | 'vi';
export const LOCALES: readonly Locale[] = ['en', 'vi'];

export interface Phrase {
  text: string;
  status: 'sourced' | 'best-effort';
}
const sourced = (text: string): Phrase => ({ text, status: 'sourced' });
const bestEffort = (text: string): Phrase => ({ text, status: 'best-effort' });

export interface TeamsText {
  /** aria-label of a stage tile that shows a share: "Content shared by Ada Lovelace [C]". */
  contentSharedBy: Phrase[];
  /** Share announcement where the tile has no "Content shared by" label. */
  isPresenting: Phrase[];
  /** Roster section header of the people in the call: "In this meeting (7)". */
  inMeetingHeader: Phrase[];
  /** Roster section header of the lobby, organizer view (modelled, see docs/adapters/teams.md). */
  lobbyHeader: Phrase[];
  /** Own screen while waiting to be admitted (the lobby screen also has a locale-free data-tid). */
  lobbyScreen: Phrase[];
  /** aria-label of the own avatar in the title bar: "Profile picture of Ada Lovelace." */
  profilePictureOf: Phrase[];
  /** Roster status line of the organizer (the data-tid hook is tried first). */
  organizer: Phrase[];
  coOrganizer: Phrase[];
  /** Suffixes Teams appends to display names; the name keeps them, the role is derived from them. */
  suffixGuest: Phrase[];
  suffixExternal: Phrase[];
  suffixUnverified: Phrase[];
  suffixYou: Phrase[];
}

export const TEXT: Record<Locale, TeamsText> = {
  en: {
    contentSharedBy: [sourced('Content shared by {name}')],
    isPresenting: [sourced('{name} is presenting')],
    inMeetingHeader: [
      sourced('In this meeting ({n})'),
      sourced('Currently in this call ({n})'),
      sourced('In this call ({n})'),
      sourced('Participants ({n})'),
    ],
    lobbyHeader: [bestEffort('Waiting in lobby ({n})'), bestEffort('In the lobby ({n})')],
    lobbyScreen: [
      sourced('Someone in the meeting should let you in soon'),
      sourced("When the meeting starts, we'll let people know you're waiting."),
      sourced("You're in the lobby"),
    ],
    profilePictureOf: [sourced('Profile picture of {name}.')],
    organizer: [sourced('Organizer')],
    coOrganizer: [bestEffort('Co-organizer')],
    suffixGuest: [sourced('(Guest)')],
    suffixExternal: [sourced('(External)')],
    suffixUnverified: [sourced('(Unverified)')],
    suffixYou: [sourced('(You)')],
  },
  vi: {
    contentSharedBy: [bestEffort('Nội dung được chia sẻ bởi {name}'), bestEffort('Nội dung do {name} chia sẻ')],
    isPresenting: [bestEffort('{name} đang trình bày')],
    inMeetingHeader: [
      bestEffort('Trong cuộc họp này ({n})'),
      bestEffort('Hiện đang trong cuộc gọi này ({n})'),
      bestEffort('Trong cuộc gọi này ({n})'),
      bestEffort('Người tham gia ({n})'),
    ],
    lobbyHeader: [bestEffort('Đang chờ trong phòng chờ ({n})'), bestEffort('Đang chờ trong sảnh đợi ({n})')],
    lobbyScreen: [
      bestEffort('Một người nào đó trong cuộc họp sẽ sớm cho bạn vào'),
      bestEffort('Khi cuộc họp bắt đầu, chúng tôi sẽ cho mọi người biết bạn đang chờ.'),
    ],
    profilePictureOf: [bestEffort('Ảnh hồ sơ của {name}.')],
    organizer: [bestEffort('Người tổ chức')],
    coOrganizer: [bestEffort('Người đồng tổ chức')],
    suffixGuest: [bestEffort('(Khách)')],
    suffixExternal: [bestEffort('(Bên ngoài)')],
    suffixUnverified: [bestEffort('(Chưa xác minh)')],
    suffixYou: [bestEffort('(Bạn)')],
  },
};

export type Matcher = (text: string) => string | null;

/**
 * A matcher for a key across all locales (the page's UI language is not trusted): the whole text
 * must match one pattern; it returns what {name} or {n} captured (the name as written), or ''
 * for a pattern without a placeholder, or null. Case and surrounding spaces are forgiven.
 */
export function matcher(key: keyof TeamsText): Matcher {
  const alts = LOCALES.flatMap((l) => TEXT[l][key]).map(
    (p) => `(?:${escapeRegExp(p.text).replace('\\{name\\}', '(.+?)').replace('\\{n\\}', '(\\d{1,6})')})`,
  );
  const re = new RegExp(`^\\s*(?:${alts.join('|')})\\s*$`, 'iu');
  return (text) => {
    const m = re.exec(text);
    if (!m) return null;
    for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return m[i]!;
    return '';
  };
}

/** Literal phrases of a key across all locales (suffixes, status words). */
export function phrases(key: keyof TeamsText): string[] {
  return LOCALES.flatMap((l) => TEXT[l][key]).map((p) => p.text);
}
