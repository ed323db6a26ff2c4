/**
 * Only where Teams exposes no locale-free hook. Patterns take {name} (non-empty) and {n} (digits).
 * `sourced`: docs/adapters/teams.md#sources; `bestEffort`: our Vietnamese, to replace once captured.
 */
import { escapeRegExp } from '../../common/regexp';

export type Locale = 'en' | 'vi';
export const LOCALES: readonly Locale[] = ['en', 'vi'];

export interface Phrase {
  text: string;
  status: 'sourced' | 'best-effort';
}
const sourced = (text: string): Phrase => ({ text, status: 'sourced' });
const bestEffort = (text: string): Phrase => ({ text, status: 'best-effort' });

export interface TeamsText {
  contentSharedBy: Phrase[];
  isPresenting: Phrase[];
  inMeetingHeader: Phrase[];
  /** Modelled (docs/adapters/teams.md#lobby). */
  lobbyHeader: Phrase[];
  lobbyScreen: Phrase[];
  profilePictureOf: Phrase[];
  /** The data-tid hook is tried first. */
  organizer: Phrase[];
  coOrganizer: Phrase[];
  /** The name keeps them; the role is derived from them. */
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
 * The UI language is not trusted, so all locales match. Returns what {name} or {n} captured, '' for
 * no placeholder, or null.
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

export function phrases(key: keyof TeamsText): string[] {
  return LOCALES.flatMap((l) => TEXT[l][key]).map((p) => p.text);
}
