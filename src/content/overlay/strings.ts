/** The overlay's strings, from the _locales tables (content/messages.ts says why they are bundled). */
import type { Platform } from '../../common/model';
import { msg, perLang, type Lang } from '../messages';

export type { Lang } from '../messages';
export type BadgeKind = 'roster' | 'similar' | 'unknown' | 'impostor' | 'teacher';

type P = { people: string; chat: string; app: string };

export interface Strings {
  close: string;
  rosterClosed(p: P): string;
  /** What the tiles showed while the list is closed: `read` people of `of` (null: no counter). */
  rosterStage(p: P, read: number, of: number | null): string;
  rosterPartial(p: P): string;
  rosterUnreadable(p: P): string;
  rosterNotHost(p: P): string;
  chatClosed(p: P): string;
  chatUnreadable(p: P): string;
  presenterUnreadable(p: P): string;
  onePanelAtATime: string;
  badge: Record<BadgeKind, string>;
}

function build(lang: Lang): Strings {
  const withPanels = (key: string) => (p: P) => msg(lang, key, p.people, p.chat, p.app);
  return {
    close: msg(lang, 'overlay_close'),
    rosterClosed: withPanels('overlay_roster_closed'),
    rosterStage: (p, read, of) =>
      of === null
        ? msg(lang, read === 1 ? 'overlay_stage_tiles_one' : 'overlay_stage_tiles', p.people, String(read))
        : msg(lang, 'overlay_stage_tiles_of', p.people, String(read), String(of)),
    rosterPartial: withPanels('overlay_roster_partial'),
    rosterUnreadable: withPanels('overlay_roster_unreadable'),
    rosterNotHost: withPanels('overlay_roster_not_host'),
    chatClosed: withPanels('overlay_chat_closed'),
    chatUnreadable: withPanels('overlay_chat_unreadable'),
    presenterUnreadable: withPanels('overlay_presenter_unreadable'),
    onePanelAtATime: msg(lang, 'overlay_one_panel_at_a_time'),
    badge: {
      roster: msg(lang, 'overlay_badge_roster'),
      similar: msg(lang, 'overlay_badge_similar'),
      unknown: msg(lang, 'overlay_badge_unknown'),
      impostor: msg(lang, 'overlay_badge_impostor'),
      teacher: msg(lang, 'overlay_badge_teacher'),
    },
  };
}

export const STRINGS: Record<Lang, Strings> = perLang(build);

/** The clients' own names for their panels, as the teacher sees them on the buttons. */
export function panelNames(platform: Platform, lang: Lang): P {
  return {
    people: msg(lang, `overlay_${platform}_people`),
    chat: msg(lang, `overlay_${platform}_chat`),
    app: msg(lang, `overlay_${platform}_app`),
  };
}
