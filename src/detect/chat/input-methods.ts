/** Words typed with the Vietnamese input method off: Telex ("ddijt") and VNI ("d9i5t") read as letters. */
import { lookupTable } from '../../common/lookup';

const TONED = lookupTable<string>({
  a: 'aáàảãạ',
  ă: 'ăắằẳẵặ',
  â: 'âấầẩẫậ',
  e: 'eéèẻẽẹ',
  ê: 'êếềểễệ',
  i: 'iíìỉĩị',
  o: 'oóòỏõọ',
  ô: 'ôốồổỗộ',
  ơ: 'ơớờởỡợ',
  u: 'uúùủũụ',
  ư: 'ưứừửữự',
  y: 'yýỳỷỹỵ',
});
const VOWELS = 'aăâeêioôơuưy';
const HAT = 'ăâêôơư';

/** Put tone 1..5 (sắc huyền hỏi ngã nặng) on the syllable's main vowel. */
function placeTone(s: string, tone: number): string {
  if (tone === 0) return s;
  let first = -1;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    if (VOWELS.includes(s[i]!)) {
      // "qu" and "gi" + vowel: the u / i belongs to the consonant.
      if (
        first === -1 &&
        i > 0 &&
        ((s[i] === 'u' && s[i - 1] === 'q') ||
          (s[i] === 'i' && s[i - 1] === 'g' && i + 1 < s.length && VOWELS.includes(s[i + 1]!)))
      )
        continue;
      if (first === -1) first = i;
      last = i;
    } else if (first !== -1) break;
  }
  if (first === -1) return s;
  let at = -1;
  for (let i = last; i >= first; i--)
    if (HAT.includes(s[i]!)) {
      at = i;
      break;
    }
  if (at === -1) {
    const closed = last + 1 < s.length;
    const n = last - first + 1;
    at = n === 1 ? first : closed ? last : n === 3 ? first + 1 : first;
    const pair = s.slice(first, first + 2);
    if (n === 2 && !closed && (pair === 'oa' || pair === 'oe' || pair === 'uy')) at = last;
  }
  const v = s[at]!;
  const row = TONED.get(v);
  return row ? s.slice(0, at) + row[tone]! + s.slice(at + 1) : s;
}

const TELEX_TONE = lookupTable<number>({ s: 1, f: 2, r: 3, x: 4, j: 5 });

/** "ddijt" → "địt", "loonf" → "lồn"; null when the token shows no Telex keys. */
export function telex(s: string): string | null {
  if (s.length < 3 || s.length > 9 || !/^[a-z]+$/.test(s)) return null;
  let r = s
    .replace(/dd/g, 'đ')
    .replace(/aa/g, 'â')
    .replace(/aw/g, 'ă')
    .replace(/ee/g, 'ê')
    .replace(/oo/g, 'ô')
    .replace(/ow/g, 'ơ')
    .replace(/uw/g, 'ư')
    .replace(/w/g, 'ư');
  let tone = 0;
  // The tone key comes at the end of the syllable, or right after the vowel before a final consonant
  // ("ddijt"); "eso" or "shirt" are not Telex.
  for (let i = r.length - 1; i > 0; i--) {
    const t = TELEX_TONE.get(r[i]!);
    const rest = r.slice(i + 1);
    if (t && (rest === '' || (VOWELS.includes(r[i - 1]!) && /^(?:c|ch|m|n|ng|nh|p|t)$/.test(rest)))) {
      const before = r.slice(0, i);
      if (![...before].some((c) => VOWELS.includes(c))) continue;
      tone = t;
      r = before + r.slice(i + 1);
      break;
    }
  }
  if (r === s) return null;
  return placeTone(r, tone);
}

/** VNI's mark digits → the letters each can modify. */
const VNI_MARKS = new Map<string, ReadonlyMap<string, string>>([
  ['6', lookupTable({ a: 'â', e: 'ê', o: 'ô' })],
  ['7', lookupTable({ o: 'ơ', u: 'ư' })],
  ['8', lookupTable({ a: 'ă' })],
  ['9', lookupTable({ d: 'đ' })],
]);

/** "d9i5t" → "địt", "lo62n" → "lồn"; null without VNI digits. */
export function vni(s: string): string | null {
  if (s.length < 2 || s.length > 10 || !/^[a-z1-9]+$/.test(s) || !/[a-z]/.test(s) || !/[1-9]/.test(s)) return null;
  let tone = 0;
  let r = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c >= '1' && c <= '5') {
      tone = Number(c);
      continue;
    }
    if (c >= '6' && c <= '9') {
      // Applies to the nearest preceding letter it can modify.
      const mod = VNI_MARKS.get(c)!;
      let done = false;
      for (let j = r.length - 1; j >= 0 && !done; j--) {
        const m = mod.get(r[j]!);
        if (m) {
          r = r.slice(0, j) + m + r.slice(j + 1);
          done = true;
        }
      }
      if (!done) return null;
      continue;
    }
    r += c;
  }
  return placeTone(r, tone);
}
