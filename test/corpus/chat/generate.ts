/**
 * Templated clean classroom chat: the everyday questions, answers and logistics that make up most of a
 * lesson's chat, in the spellings students use (with diacritics, without, teencode). Deterministic, so
 * the corpus is the same on every run. Hand-written messages live in clean.txt.
 */

const CALLS = ['Cô ơi', 'Thầy ơi', 'Cô ơi cho em hỏi', 'Thầy cho em hỏi', 'Mọi người ơi', 'Bạn ơi', 'Cô Lan ơi', 'Thầy Hùng ơi'];
const ASKS = [
  'câu {n} làm thế nào ạ',
  'bài {n} trang {p} đáp án là gì ạ',
  'em chưa hiểu câu {n} lắm',
  'câu {n} chọn {c} đúng không ạ',
  'bài tập về nhà là bài {n} phải không ạ',
  'em nộp bài {n} ở đâu ạ',
  'phần {n} có trong đề kiểm tra không ạ',
  'em làm câu {n} ra {x} có đúng không ạ',
  'slide số {n} cô gửi lại được không ạ',
  'trang {p} có phải làm hết không ạ',
];
const SUBJECTS = ['toán', 'văn', 'tiếng Anh', 'vật lý', 'hóa', 'sinh', 'sử', 'địa', 'tin học', 'GDCD', 'công nghệ', 'âm nhạc', 'mỹ thuật'];
const SUBJECT_LINES = [
  'Mai có tiết {s} không mọi người',
  'Bài tập {s} khó quá',
  'Em thích môn {s} nhất',
  'Kiểm tra {s} vào thứ {d} nhé',
  'Đề cương {s} ai có cho mình xin với',
  'Cô dạy {s} hay lắm',
  'Tiết {s} hôm nay học bài {n}',
  'Em được {n} điểm {s} ạ',
  'Điểm {s} của em thấp quá',
  'Nhóm {s} họp lúc {h} giờ nhé',
];
const TEACHER = [
  'Các em làm bài {n} trang {p} nhé',
  'Các em mở sách trang {p}',
  'Cả lớp làm bài trong {m} phút',
  'Còn {m} phút nữa là hết giờ',
  'Các em nộp bài trước {h} giờ tối nay',
  'Bạn nào xong bài {n} thì giơ tay nhé',
  'Nhóm {n} trình bày trước nhé',
  'Buổi sau học bài {n}, các em đọc trước',
  'Các em bật cam lên để cô điểm danh',
  'Bạn nào chưa vào lớp thì nhắn lớp trưởng nhé',
  'Tuần sau kiểm tra {m} phút bài {n}',
  'Các em xem lại câu {n}, nhiều bạn làm sai',
];
const ANSWERS = ['Dạ vâng ạ', 'Em hiểu rồi ạ', 'Dạ em cảm ơn cô', 'Em có mặt ạ', 'Dạ có ạ', 'Dạ chưa ạ', 'Em xong rồi ạ', 'Em chưa xong ạ', 'Vâng thưa thầy', 'Dạ em nghe rõ ạ'];
const NAMES = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hải', 'Hoa', 'Hùng', 'Lan', 'Linh', 'Mai', 'Minh', 'Nam', 'Ngọc', 'Phương', 'Quân', 'Tâm', 'Thảo', 'Trang', 'Tuấn'];
const PEER = [
  '{name} ơi cho mình mượn vở ghi với',
  '{name} làm câu {n} chưa',
  '{name} giỏi quá',
  'Cảm ơn {name} nha',
  '{name} nói to lên chút đi, mình không nghe rõ',
  '{name} bị mất mạng rồi à',
  '{name} ơi bật mic lên',
  'Chúc mừng {name} được điểm cao',
  '{name} vào nhóm mình đi',
  'Hôm nay {name} nghỉ học à',
];
const TEEN = [
  'e chưa hỉu câu {n} ạ',
  'mn ơi bt trang {p} lm chưa',
  'câu {n} ra {x} đúng k mn',
  'mik lm xong bài {n} r',
  'ai có đáp án câu {n} k cho mik xin vs',
  'e vào muộn {m} phút ạ, mạng lag quá',
  'tí {h}h học nhóm nha mn',
  'ok đc r, cảm ơn {name} nhìu',
  'bài {n} khó wá e k lm đc',
  'cô ơi e nộp bài {n} r ạ',
];
const EN = [
  'Teacher, what is the answer to number {n}?',
  'I got {x} for question {n}',
  'Is page {p} homework?',
  'Can you share the slides for lesson {n}?',
  'We have a test on chapter {n} next week',
  'Sorry I was late, my internet was slow',
  'Group {n} is ready to present',
  'Thank you {name}!',
  '{name}, can you unmute?',
  'I will send the file in {m} minutes',
];

function fill(t: string, i: number): string {
  const pick = <T>(arr: readonly T[], k: number): T => arr[(i * 7 + k * 13) % arr.length]!;
  return t
    .replace('{n}', String(1 + (i % 12)))
    .replace('{p}', String(12 + ((i * 7) % 150)))
    .replace('{c}', pick(['A', 'B', 'C', 'D'], 1))
    .replace('{x}', pick(['12', '3,5', '-2', '1/2', '45 độ', '0,75', '100', '2x + 1'], 2))
    .replace('{s}', pick(SUBJECTS, 3))
    .replace('{d}', pick(['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy'], 4))
    .replace('{h}', pick(['7', '8', '9', '14', '15', '20'], 5))
    .replace('{m}', pick(['5', '10', '15', '20', '45'], 6))
    .replace('{name}', pick(NAMES, 7));
}

const FOLD = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** About 450 templated clean messages; every fourth Vietnamese one is written without diacritics. */
export function generatedClean(): string[] {
  const out: string[] = [];
  let i = 0;
  for (const call of CALLS) for (const ask of ASKS) out.push(`${call}, ${fill(ask, i++)}`);
  for (const t of SUBJECT_LINES) for (let k = 0; k < 6; k++) out.push(fill(t, i++));
  for (const t of TEACHER) for (let k = 0; k < 5; k++) out.push(fill(t, i++));
  for (const t of PEER) for (let k = 0; k < 5; k++) out.push(fill(t, i++));
  for (const t of TEEN) for (let k = 0; k < 5; k++) out.push(fill(t, i++));
  for (const t of EN) for (let k = 0; k < 4; k++) out.push(fill(t, i++));
  for (let k = 0; k < ANSWERS.length * 3; k++) out.push(ANSWERS[k % ANSWERS.length]! + (k >= ANSWERS.length ? ` ${k >= 2 * ANSWERS.length ? 'thầy' : 'cô'} ơi` : ''));
  const unique = [...new Set(out)];
  return unique.map((s, k) => (k % 4 === 3 && /[^\x00-\x7f]/.test(s) ? FOLD(s).toLowerCase() : s));
}
