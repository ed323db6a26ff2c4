/** The panel's strings; in-page, like the overlay's (overlay/strings.ts says why). */
import type { FindingCategory } from '../../common/model';
import type { Lang } from '../overlay/strings';

export interface PanelStrings {
  region: string;
  headerHint: string;
  expand: string;
  collapse: string;
  allClear: string;
  open(n: number): string;
  review(n: number): string;
  urgent: string;
  raidWho(n: number): string;
  unknownName: string;
  more(n: number): string;
  dismiss: string;
  note: string;
  notePlaceholder: string;
  saveNote: string;
  cancel: string;
  showInList: string;
  notInList: string;
  shownInList: string;
  whatToDo: string;
  announce(category: string, who: string): string;
  locale: string;
  category: Record<FindingCategory, string>;
}

export const PANEL_STRINGS: Record<Lang, PanelStrings> = {
  en: {
    region: 'Class Guard alerts',
    headerHint: 'Class Guard. Arrow keys move the panel.',
    expand: 'Show alerts',
    collapse: 'Hide alerts',
    allClear: 'All clear: nothing needs you now.',
    open: (n) => (n === 1 ? '1 alert' : `${n} alerts`),
    review: (n) => `${n} to review later in the report`,
    urgent: 'Urgent',
    raidWho: (n) => (n === 1 ? '1 person joined at once' : `${n} people joined at once`),
    unknownName: '(no name)',
    more: (n) => `and ${n} more`,
    dismiss: 'Dismiss',
    note: 'Add a note',
    notePlaceholder: 'What you did or saw',
    saveNote: 'Save note',
    cancel: 'Cancel',
    showInList: 'Show in the list',
    notInList: 'Not in the list on screen: open the list and try again.',
    shownInList: 'Outlined in the list.',
    whatToDo: 'What to do now',
    announce: (category, who) => `Class Guard: ${category}, ${who}`,
    locale: 'en-GB',
    category: {
      'unknown-participant': 'Not on the class list',
      impersonation: 'Possible impostor',
      duplicate: 'Same name twice',
      rename: 'Changed name',
      raid: 'Many strangers joined',
      'offensive-name': 'Offensive name',
      'suspicious-name': 'Suspicious name',
      privilege: 'Took host rights',
      'screen-share': 'Unexpected screen share',
      profanity: 'Profanity in chat',
      insult: 'Insult in chat',
      sexual: 'Sexual content in chat',
      threat: 'Threat in chat',
      'self-harm': 'Self-harm in chat',
      grooming: 'Grooming in chat',
      hate: 'Hate in chat',
      spam: 'Chat flood',
      link: 'Link in chat',
      'personal-info': 'Personal details in chat',
      'blocked-word': 'Blocked word in chat',
    },
  },
  vi: {
    region: 'Cảnh báo của Class Guard',
    headerHint: 'Class Guard. Dùng phím mũi tên để di chuyển bảng.',
    expand: 'Hiện cảnh báo',
    collapse: 'Ẩn cảnh báo',
    allClear: 'Mọi thứ ổn: hiện không có gì cần xử lý.',
    open: (n) => `${n} cảnh báo`,
    review: (n) => `${n} mục xem lại sau trong báo cáo`,
    urgent: 'Khẩn',
    raidWho: (n) => `${n} người vào cùng lúc`,
    unknownName: '(không tên)',
    more: (n) => `và ${n} người khác`,
    dismiss: 'Bỏ qua',
    note: 'Thêm ghi chú',
    notePlaceholder: 'Thầy cô đã làm gì hoặc thấy gì',
    saveNote: 'Lưu ghi chú',
    cancel: 'Hủy',
    showInList: 'Chỉ trong danh sách',
    notInList: 'Không thấy trong danh sách trên màn hình: mở danh sách rồi thử lại.',
    shownInList: 'Đã đánh dấu trong danh sách.',
    whatToDo: 'Cần làm ngay',
    announce: (category, who) => `Class Guard: ${category}, ${who}`,
    locale: 'vi-VN',
    category: {
      'unknown-participant': 'Không có trong danh sách lớp',
      impersonation: 'Nghi mạo danh',
      duplicate: 'Trùng tên',
      rename: 'Đổi tên',
      raid: 'Nhiều người lạ vào cùng lúc',
      'offensive-name': 'Tên xúc phạm',
      'suspicious-name': 'Tên đáng ngờ',
      privilege: 'Chiếm quyền chủ trì',
      'screen-share': 'Chia sẻ màn hình bất thường',
      profanity: 'Chửi tục trong trò chuyện',
      insult: 'Xúc phạm trong trò chuyện',
      sexual: 'Nội dung tình dục trong trò chuyện',
      threat: 'Đe dọa trong trò chuyện',
      'self-harm': 'Dấu hiệu tự hại trong trò chuyện',
      grooming: 'Dụ dỗ trong trò chuyện',
      hate: 'Thù ghét trong trò chuyện',
      spam: 'Spam trò chuyện',
      link: 'Đường link trong trò chuyện',
      'personal-info': 'Thông tin cá nhân trong trò chuyện',
      'blocked-word': 'Từ bị chặn trong trò chuyện',
    },
  },
};

/** Local time in the teacher's language; the log's own string when it cannot be read. */
export function localTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return timeFormat(lang).format(d);
}

// A formatter is costly to make and the panel formats a time for every finding it shows.
const formats = new Map<Lang, Intl.DateTimeFormat>();
function timeFormat(lang: Lang): Intl.DateTimeFormat {
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(PANEL_STRINGS[lang].locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formats.set(lang, f);
  }
  return f;
}
