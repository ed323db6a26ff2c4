/**
 * What to do now, on this client, as short steps. Written from the clients' public help pages
 * (docs/teacher-steps.md names them); the quoted labels are the clients' own, so the teacher finds them.
 */
import type { FindingCategory, Platform } from '../../common/model';
import type { Lang } from '../overlay/strings';

export type Action = 'remove' | 'waiting-room' | 'lock' | 'share' | 'chat' | 'care';

/** Most urgent first; an entry shows the first few of its categories' union. */
const ORDER: readonly Action[] = ['share', 'lock', 'remove', 'waiting-room', 'chat', 'care'];
const MAX_ACTIONS = 4;

const CHAT: readonly Action[] = ['remove', 'chat'];
const IDENTITY: readonly Action[] = ['remove', 'waiting-room', 'lock'];
const BY_CATEGORY: ReadonlyMap<FindingCategory, readonly Action[]> = new Map<FindingCategory, readonly Action[]>([
  ['unknown-participant', IDENTITY],
  ['impersonation', IDENTITY],
  ['duplicate', IDENTITY],
  ['rename', ['remove', 'waiting-room']],
  ['offensive-name', ['remove', 'waiting-room']],
  ['suspicious-name', ['waiting-room', 'remove']],
  ['raid', ['lock', 'remove', 'chat']],
  ['privilege', ['lock', 'remove']],
  ['screen-share', ['share', 'remove']],
  ['profanity', CHAT],
  ['insult', CHAT],
  ['sexual', CHAT],
  ['threat', CHAT],
  ['hate', CHAT],
  ['spam', CHAT],
  ['link', CHAT],
  ['blocked-word', CHAT],
  ['personal-info', ['chat']],
  ['grooming', ['remove', 'chat']],
  // A child who may hurt themselves needs an adult, not a removal.
  ['self-harm', ['care']],
]);

export function actionsFor(categories: readonly FindingCategory[]): Action[] {
  const wanted = new Set<Action>();
  for (const c of categories) for (const a of BY_CATEGORY.get(c) ?? []) wanted.add(a);
  return ORDER.filter((a) => wanted.has(a)).slice(0, MAX_ACTIONS);
}

type Steps = Record<Action, { title: string; steps: string[] }>;

const CARE: Record<Lang, { title: string; steps: string[] }> = {
  en: {
    title: 'Look after the student',
    steps: [
      'Stay calm; do not discuss it in front of the class.',
      'Talk to the student privately as soon as you can.',
      'Tell the school counsellor or leadership today.',
    ],
  },
  vi: {
    title: 'Quan tâm đến học sinh',
    steps: [
      'Giữ bình tĩnh, không bàn chuyện này trước lớp.',
      'Nói chuyện riêng với học sinh sớm nhất có thể.',
      'Báo ngay trong ngày cho cán bộ tư vấn học đường hoặc ban giám hiệu.',
    ],
  },
};

const MEET: Record<Lang, Steps> = {
  en: {
    remove: {
      title: 'Remove the person',
      steps: ['Open “People”.', 'Next to the name: “More actions” (⋮) → “Remove from the call”.', 'Confirm “Remove”.'],
    },
    'waiting-room': {
      title: 'Make everyone ask to join',
      steps: [
        'Meet cannot send someone back to the waiting room: remove them first.',
        'Open “Host controls” (the shield) and turn off “Quick access”: everyone must then ask to join.',
      ],
    },
    lock: {
      title: 'Close the meeting to newcomers',
      steps: ['Open “Host controls” (the shield).', 'Turn off “Quick access”.', 'Do not admit anyone you do not know.'],
    },
    share: {
      title: 'Stop their share; only you share',
      steps: ['Open “Host controls” (the shield).', 'Turn off “Share their screen”: their share stops.'],
    },
    chat: {
      title: 'Turn off chat for students',
      steps: ['Open “Host controls” (the shield).', 'Turn off “Send chat messages”.'],
    },
    care: CARE.en,
  },
  vi: {
    remove: {
      title: 'Xóa người này khỏi lớp',
      steps: ['Mở “Mọi người”.', 'Cạnh tên: “Tùy chọn khác” (⋮) → “Xóa khỏi cuộc gọi”.', 'Xác nhận “Xóa”.'],
    },
    'waiting-room': {
      title: 'Bắt mọi người xin vào',
      steps: [
        'Meet không đưa người đã vào trở lại phòng chờ được: hãy xóa họ trước.',
        'Mở “Các chế độ kiểm soát của người tổ chức” (hình khiên), tắt “Truy cập nhanh”: ai cũng phải xin vào.',
      ],
    },
    lock: {
      title: 'Không cho người mới vào',
      steps: [
        'Mở “Các chế độ kiểm soát của người tổ chức” (hình khiên).',
        'Tắt “Truy cập nhanh”.',
        'Không cho người lạ vào.',
      ],
    },
    share: {
      title: 'Dừng chia sẻ của họ; chỉ thầy cô chia sẻ',
      steps: [
        'Mở “Các chế độ kiểm soát của người tổ chức” (hình khiên).',
        'Tắt “Chia sẻ màn hình của họ”: phần chia sẻ của họ dừng lại.',
      ],
    },
    chat: {
      title: 'Tắt trò chuyện của học sinh',
      steps: ['Mở “Các chế độ kiểm soát của người tổ chức” (hình khiên).', 'Tắt “Gửi tin nhắn trò chuyện”.'],
    },
    care: CARE.vi,
  },
};

const ZOOM: Record<Lang, Steps> = {
  en: {
    remove: {
      title: 'Remove the person',
      steps: ['Open “Participants”.', 'Hover over the name → “More” → “Remove”.', 'Confirm.'],
    },
    'waiting-room': {
      title: 'Send them back to the waiting room',
      steps: ['Open “Participants”.', 'Hover over the name → “More” → “Put in Waiting Room”.'],
    },
    lock: {
      title: 'Lock the meeting',
      steps: ['Click “Security” (the shield) in the toolbar.', 'Tick “Lock Meeting”: nobody new can join.'],
    },
    share: {
      title: 'Stop their share; only you share',
      steps: [
        'Click “Security” (the shield).',
        'Under “Allow participants to”, untick “Share Screen”: their share stops.',
      ],
    },
    chat: {
      title: 'Turn off chat for students',
      steps: ['Click “Security” (the shield).', 'Under “Allow participants to”, untick “Chat”.'],
    },
    care: CARE.en,
  },
  vi: {
    remove: {
      title: 'Xóa người này khỏi lớp',
      steps: ['Mở “Người tham gia”.', 'Di chuột vào tên → “Thêm” → “Xóa”.', 'Xác nhận.'],
    },
    'waiting-room': {
      title: 'Đưa họ về phòng chờ',
      steps: ['Mở “Người tham gia”.', 'Di chuột vào tên → “Thêm” → “Đưa vào phòng chờ”.'],
    },
    lock: {
      title: 'Khóa cuộc họp',
      steps: ['Bấm “Bảo mật” (hình khiên) trên thanh công cụ.', 'Chọn “Khóa cuộc họp”: không ai vào thêm được.'],
    },
    share: {
      title: 'Dừng chia sẻ của họ; chỉ thầy cô chia sẻ',
      steps: [
        'Bấm “Bảo mật” (hình khiên).',
        'Ở “Cho phép người tham gia”, bỏ chọn “Chia sẻ màn hình”: phần chia sẻ của họ dừng lại.',
      ],
    },
    chat: {
      title: 'Tắt trò chuyện của học sinh',
      steps: ['Bấm “Bảo mật” (hình khiên).', 'Ở “Cho phép người tham gia”, bỏ chọn “Trò chuyện”.'],
    },
    care: CARE.vi,
  },
};

const TEAMS: Record<Lang, Steps> = {
  en: {
    remove: {
      title: 'Remove the person',
      steps: ['Open “People”.', 'Next to the name: “More options” (…) → “Remove from meeting”.', 'Confirm.'],
    },
    'waiting-room': {
      title: 'Make newcomers wait in the lobby',
      steps: [
        'Teams cannot send someone back to the lobby: remove them first.',
        '“More” → “Settings” → “Meeting options”: “Who can bypass the lobby?” → “Only organizers and co-organizers”. Save.',
      ],
    },
    lock: {
      title: 'Lock the meeting',
      steps: ['Open “People”.', '“More options” (…) next to “Participants” → “Lock the meeting”.', 'Confirm “Lock”.'],
    },
    share: {
      title: 'Stop their share; only you present',
      steps: [
        'Open “People”; next to their name: “More options” (…) → “Make an attendee”: their share stops.',
        '“More” → “Settings” → “Meeting options”: “Who can present?” → “Only me”. Save.',
      ],
    },
    chat: {
      title: 'Turn off chat for students',
      steps: ['“More” → “Settings” → “Meeting options”.', '“Allow meeting chat” → “Off”. Save.'],
    },
    care: CARE.en,
  },
  vi: {
    remove: {
      title: 'Xóa người này khỏi lớp',
      steps: ['Mở “Người”.', 'Cạnh tên: “Tùy chọn khác” (…) → “Xóa khỏi cuộc họp”.', 'Xác nhận.'],
    },
    'waiting-room': {
      title: 'Bắt người mới chờ ở sảnh',
      steps: [
        'Teams không đưa người đã vào trở lại sảnh được: hãy xóa họ trước.',
        '“Thêm” → “Cài đặt” → “Tùy chọn cuộc họp”: “Ai có thể bỏ qua sảnh đợi?” → “Chỉ người tổ chức và người đồng tổ chức”. Lưu.',
      ],
    },
    lock: {
      title: 'Khóa cuộc họp',
      steps: ['Mở “Người”.', '“Tùy chọn khác” (…) cạnh “Người tham gia” → “Khóa cuộc họp”.', 'Xác nhận “Khóa”.'],
    },
    share: {
      title: 'Dừng chia sẻ của họ; chỉ thầy cô trình bày',
      steps: [
        'Mở “Người”; cạnh tên họ: “Tùy chọn khác” (…) → “Đặt làm người dự”: phần chia sẻ dừng lại.',
        '“Thêm” → “Cài đặt” → “Tùy chọn cuộc họp”: “Ai có thể trình bày?” → “Chỉ tôi”. Lưu.',
      ],
    },
    chat: {
      title: 'Tắt trò chuyện của học sinh',
      steps: ['“Thêm” → “Cài đặt” → “Tùy chọn cuộc họp”.', '“Cho phép trò chuyện trong cuộc họp” → “Tắt”. Lưu.'],
    },
    care: CARE.vi,
  },
};

const BY_PLATFORM: Record<Platform, Record<Lang, Steps>> = { meet: MEET, zoom: ZOOM, teams: TEAMS };

export function stepsFor(platform: Platform, lang: Lang, action: Action): { title: string; steps: string[] } {
  return BY_PLATFORM[platform][lang][action];
}
