/**
 * The overlay's few in-page strings, Vietnamese and English. Extension pages take theirs from
 * _locales; the overlay keeps a small table so the teacher's chosen language applies in the page
 * whatever the browser's UI language is.
 */
import type { Platform } from '../../common/model';

export type Lang = 'vi' | 'en';
export type BadgeKind = 'roster' | 'similar' | 'unknown' | 'impostor' | 'teacher';

/** The clients' own names for their panels, as the teacher sees them on the buttons. */
const PANELS: Record<Platform, Record<Lang, { people: string; chat: string; app: string }>> = {
  meet: {
    en: { people: 'People', chat: 'Chat', app: 'Google Meet' },
    vi: { people: 'Mọi người', chat: 'Trò chuyện', app: 'Google Meet' },
  },
  zoom: {
    en: { people: 'Participants', chat: 'Chat', app: 'Zoom' },
    vi: { people: 'Người tham gia', chat: 'Trò chuyện', app: 'Zoom' },
  },
  teams: {
    en: { people: 'People', chat: 'Chat', app: 'Microsoft Teams' },
    vi: { people: 'Người', chat: 'Trò chuyện', app: 'Microsoft Teams' },
  },
};

type P = { people: string; chat: string; app: string };

export interface Strings {
  close: string;
  rosterClosed(p: P): string;
  rosterPartial(p: P): string;
  rosterUnreadable(p: P): string;
  rosterNotHost(p: P): string;
  chatClosed(p: P): string;
  chatUnreadable(p: P): string;
  presenterUnreadable(p: P): string;
  onePanelAtATime: string;
  badge: Record<BadgeKind, string>;
}

export const STRINGS: Record<Lang, Strings> = {
  en: {
    close: 'Close',
    rosterClosed: (p) => `Open the “${p.people}” panel so Class Guard can see who is in the class.`,
    rosterPartial: (p) =>
      `Only part of the “${p.people}” list is on screen: Class Guard checks people as they come into view. Scroll through it now and then.`,
    rosterUnreadable: (p) =>
      `Class Guard cannot read the “${p.people}” list of this version of ${p.app}: who joins is not being checked.`,
    rosterNotHost: (p) => `You are not the host: Class Guard cannot see the whole “${p.people}” list.`,
    chatClosed: (p) => `Open the “${p.chat}” panel so Class Guard can read the chat.`,
    chatUnreadable: (p) =>
      `Class Guard cannot read the chat of this version of ${p.app}: messages are not being checked.`,
    presenterUnreadable: (p) => `Class Guard cannot tell who is presenting in this version of ${p.app}.`,
    onePanelAtATime: '(Only one side panel can be open at a time.)',
    badge: {
      roster: 'On roster',
      similar: 'Similar name',
      unknown: 'Not on roster',
      impostor: 'Possible impostor',
      teacher: 'Teacher',
    },
  },
  vi: {
    close: 'Đóng',
    rosterClosed: (p) => `Mở bảng “${p.people}” để Class Guard thấy ai đang trong lớp.`,
    rosterPartial: (p) =>
      `Chỉ một phần danh sách “${p.people}” hiện trên màn hình: Class Guard kiểm tra từng người khi họ hiện ra. Thỉnh thoảng hãy cuộn qua danh sách.`,
    rosterUnreadable: (p) =>
      `Class Guard không đọc được danh sách “${p.people}” của phiên bản ${p.app} này: người vào lớp đang không được kiểm tra.`,
    rosterNotHost: (p) => `Bạn không phải người chủ trì: Class Guard không thấy toàn bộ danh sách “${p.people}”.`,
    chatClosed: (p) => `Mở bảng “${p.chat}” để Class Guard đọc được tin nhắn.`,
    chatUnreadable: (p) =>
      `Class Guard không đọc được phần trò chuyện của phiên bản ${p.app} này: tin nhắn đang không được kiểm tra.`,
    presenterUnreadable: (p) => `Class Guard không biết ai đang trình bày trong phiên bản ${p.app} này.`,
    onePanelAtATime: '(Mỗi lúc chỉ mở được một bảng bên.)',
    badge: {
      roster: 'Có trong danh sách',
      similar: 'Tên gần giống',
      unknown: 'Không có trong danh sách',
      impostor: 'Nghi mạo danh',
      teacher: 'Giáo viên',
    },
  },
};

export function panelNames(platform: Platform, lang: Lang): P {
  return PANELS[platform][lang];
}
