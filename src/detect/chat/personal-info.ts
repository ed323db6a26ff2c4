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
