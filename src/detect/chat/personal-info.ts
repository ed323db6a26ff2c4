/**
 * Personal information that is not a phone number: a home address (house number, lane, ward,
 * district, apartment) and identity or account numbers. Review tier: a classmate's address in the
 * class chat is worth a look, not an alarm. Patterns run on the normalized (lower-case) text.
 */
import type { Verdict } from './types';

const LANE = '(?:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet)';
const STREET = '(?:đường|duong|phố|pho)';
// Each alternative names a dwelling, not just a region: a district alone ("quận 3") is not an address.
export const ADDRESS_RE = new RegExp(
  [
    // "ngõ 45", "hẻm 230", "ngách 15", "kiệt 24"
    `(?<![\\p{L}\\d])${LANE}\\s*\\d{1,4}[a-z]?(?:\\/\\d+)*(?![\\d])`,
    // "số 12 ngõ …", "số nhà 5 hẻm …", "so 7 ngo …"
    `(?<![\\p{L}\\d])(?:số nhà|so nha|số|so)\\s*\\d{1,4}[a-z]?(?:\\/\\d+)*\\s*,?\\s*(?:${LANE}|${STREET})`,
    // "27/3 đường Lê Lợi", "45/2 hem 3"
    `(?<![\\d/])\\d{1,4}\\/\\d{1,4}(?:\\/\\d+)*\\s+(?:${LANE}|${STREET})`,
    // "p14 q3", "phường 12, quận …"
    '(?<![\\p{L}\\d])(?:phường|phuong|p)\\s*\\.?\\s*\\d{1,2}\\s*,?\\s*(?:quận|quan|q)(?![\\p{L}])',
    // "thôn 3 xã Đông Sơn", "xóm 2, xã …"
    '(?<![\\p{L}\\d])(?:thôn|thon|xóm|xom|ấp|ap|tổ|to)\\s*\\d{1,3}\\s*,?\\s*(?:xã|xa|phường|phuong|thị trấn)(?![\\p{L}])',
    // "tòa T5 phòng 1208", "block B căn 12"
    '(?<![\\p{L}\\d])(?:tòa|toà|toa|block)\\s*[a-z]?\\d{0,3}[a-z]?\\s*,?\\s*(?:phòng|phong|căn|can)\\s*\\d{1,5}',
    // "25 Nguyen Du street", "12 Main Road"
    '(?<![\\d])\\d{1,4}\\s+(?:[a-z]+\\s+){1,3}(?:street|st|road|rd|avenue|ave|lane)(?![a-z])',
    // "địa chỉ nhà mình: 102 …", "my address is 25 …"
    '(?:địa chỉ|dia chi|address)(?:\\s+[^\\s:]+){0,3}?\\s*(?::|là|la|is)\\s*(?:số\\s*)?\\d{1,4}',
  ].join('|'),
  'gu',
);

// Identity and account numbers: a name for the number, then 8 to 16 digits (spaces, dots, dashes allowed);
// or a bare 12-digit number starting with 0, the shape of a citizen identity card.
export const ID_NUMBER_RE = new RegExp(
  '(?:cccd|căn cước|can cuoc|cmnd|cmt|chứng minh|chung minh|hộ chiếu|ho chieu|passport|mã số học sinh|mã học sinh|ma so hoc sinh|mã hs|mshs|số tài khoản|so tai khoan|stk)[^\\d\\n]{0,30}?\\d(?:[\\s.-]?\\d){7,15}(?!\\d)|(?<![\\d+])0\\d{11}(?!\\d)',
  'gu',
);

type Finding = Omit<Verdict, 'span'>;
export const ADDRESS: Finding = {
  category: 'personal-info',
  severity: 2,
  tier: 'review',
  ruleId: 'chat.personal-info.address',
};
export const ID_NUMBER: Finding = {
  category: 'personal-info',
  severity: 2,
  tier: 'review',
  ruleId: 'chat.personal-info.id-number',
};

// ---------- a child's name with their school ----------

const SELF = '(?:em|e|mình|minh|mk|tớ|to|tôi|toi|t|tui|con|cháu|chau|bé|be)';
// Words that follow "em là" without being a name: "em là học sinh", "mình là lớp trưởng".
const NOT_NAME =
  '(?:lớp|lop|học|hoc|hs|bạn|ban|người|nguoi|thành|thanh|một|mot|ai|gì|gi|j|cái|cai|đứa|dua|con|em|anh|chị|chi|thầy|thay|cô|co|gv|nhóm|nhom|tổ|đội|doi|không|khong|k|ko|đang|dang|sẽ|se|cũng|cung|chỉ|ở|o|từ|tu|fan|dân|dan|trưởng|phó|pho|người|mới|moi|vậy|vay|thế|the|ạ|a)(?![\\p{L}])';
const EN_NOT_NAME =
  '(?:a|an|the|in|at|from|so|very|not|going|gonna|good|fine|ok|okay|happy|sad|tired|late|here|there|sorry|ready|done|new|also|still|just|student|in|on|with|doing|from|eleven|twelve|ten|\\d+)(?![\\p{L}])';
/** A name given for oneself or one's child: "em tên Lan", "mình là Minh", "con tôi là An", "my name is Lan". */
const INTRO_RE = new RegExp(
  [
    `(?<![\\p{L}])${SELF}\\s+(?:tên|ten)\\s+(?:là\\s+|la\\s+)?(?!${NOT_NAME})\\p{L}+`,
    `(?<![\\p{L}])(?:tên|ten)\\s+(?:của\\s+|cua\\s+)?${SELF}\\s+(?:là|la)\\s+(?!${NOT_NAME})\\p{L}+`,
    `(?<![\\p{L}])(?:${SELF}|con\\s+(?:tôi|toi|em|mình|minh|chị|chi|anh))\\s+(?:là|la)\\s+(?!${NOT_NAME})\\p{L}+`,
    `(?<![\\p{L}])(?:my name is|my name's|my name’s|i'm|i’m|i am|im)\\s+(?!${EN_NOT_NAME})\\p{L}+(?=\\s*(?:,|\\.|from|and|in|at|-))`,
  ].join('|'),
  'u',
);
// A school's name runs on for up to three more words, not into the sentence after it ("… Nguyễn Du ạ").
const MORE_NAME =
  '(?:\\s+(?!(?:ạ|a|nhé|nhe|nha|và|va|lớp|lop|học|hoc|ở|o|em|e|mình|minh|cô|co|thầy|thay|ạ|năm|nam|từ|tu)(?![\\p{L}]))\\p{L}+){0,3}';
/** A school by its name: "trường THCS Nguyễn Du", "thpt Kim Liên", "at Hanoi Academy" ("trường em" is not one). */
const SCHOOL_RE = new RegExp(
  [
    `(?<![\\p{L}])(?:trường|truong)\\s+(?!(?:mình|minh|em|e|tớ|lớp|lop|học|hoc|này|nay|đó|ta|mới|moi|cũ|cu|của|cua|nào|nao)(?![\\p{L}]))(?:(?:thcs|thpt|tiểu học|tieu hoc|mầm non|mam non)\\s+)?\\p{L}+${MORE_NAME}`,
    `(?<![\\p{L}])(?:thcs|thpt|tiểu học|tieu hoc|mầm non|mam non)\\s+\\p{L}+${MORE_NAME}`,
    '(?:(?<![\\p{L}])(?:at|from|go to|attend|study at)\\s+|,\\s*)(?:\\p{L}+\\s+){1,4}(?:secondary |primary |high |international )?(?:school|academy)(?![\\p{L}])',
  ].join('|'),
  'u',
);
export const SCHOOL_HINT = /tr[ưu][ờo]ng|th(?:cs|pt)|ti[ểe]u h[ọo]c|m[ầa]m non|school|academy/;

export const SCHOOL: Finding = {
  category: 'personal-info',
  severity: 2,
  tier: 'review',
  ruleId: 'chat.personal-info.school',
};

/** The span from a child's name to their school's name, both in one message, or null. */
export function nameWithSchool(norm: string): [number, number] | null {
  if (!SCHOOL_HINT.test(norm)) return null;
  const school = SCHOOL_RE.exec(norm);
  if (!school) return null;
  const intro = INTRO_RE.exec(norm);
  if (!intro) return null;
  const start = Math.min(intro.index, school.index);
  const end = Math.max(intro.index + intro[0].length, school.index + school[0].length);
  return [start, end];
}
