/**
 * Characters of a chat message: NFKC, lower case, Latin for look-alike letters, no invisible
 * characters, with an offset map back to the original so evidence spans point at what was written.
 * Also the diacritics-free view of a word (`fold`).
 */
import { lookupTable } from '../../common/lookup';

// Zero-width, bidi controls, soft hyphen, joiners, variation selectors: dropped.
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;

// Cyrillic and Greek letters that look like Latin ones (lower case, after toLowerCase).
const HOMOGLYPHS = lookupTable<string>({
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ӏ: 'l',
  ɩ: 'i',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ь: 'b',
  г: 'r',
  п: 'n',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'u',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  γ: 'y',
  ς: 's',
  σ: 'o',
  ϲ: 'c',
  ł: 'l',
  ı: 'i',
});

const charCache = new Map<number, string>();

/** One code point → its normalized form ('' to drop it). Cached: chat uses few distinct characters. */
function normChar(cp: number): string {
  const hit = charCache.get(cp);
  if (hit !== undefined) return hit;
  const ch = String.fromCodePoint(cp);
  let out: string;
  if (INVISIBLE.test(ch)) out = '';
  else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x2028 || cp === 0x2029)
    out = cp === 10 || cp === 13 ? '\n' : ' ';
  else {
    out = ch.normalize('NFKC').toLowerCase();
    const glyph = out.length === 1 ? HOMOGLYPHS.get(out) : undefined;
    if (glyph) out = glyph;
    else if (out.length > 1) out = [...out].map((c) => HOMOGLYPHS.get(c) ?? c).join('');
  }
  if (charCache.size < 4096) charCache.set(cp, out);
  return out;
}

function isCombining(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff)
  );
}

/** Normalize to a lower-case NFC string with an offset map back to the original. */
export function normalizeChars(text: string): { norm: string; map: Int32Array; ends: Int32Array } {
  const n = text.length;
  const out: string[] = [];
  let map = new Int32Array(n + 1);
  // ends[i]: original index just after normalized char i (combining marks folded into it included).
  let ends = new Int32Array(n + 1);
  let printable = true;
  for (let i = 0; i < n && printable; i++) {
    const c = text.charCodeAt(i);
    printable = c >= 0x20 && c < 0x7f;
  }
  if (printable) {
    // Plain ASCII (most English and unaccented chat): lower case, offsets unchanged.
    for (let i = 0; i <= n; i++) {
      map[i] = i;
      ends[i] = i + 1;
    }
    return { norm: text.toLowerCase(), map, ends: ends.subarray(0, n) };
  }
  let len = 0;
  // NFKC can lengthen the text ("ﬁ" → "fi", U+FDFA → 18 letters): the maps grow with it.
  const room = (k: number): void => {
    if (len + k < map.length) return;
    const size = Math.max(map.length * 2, len + k + 1);
    const m = new Int32Array(size);
    m.set(map);
    map = m;
    const e = new Int32Array(size);
    e.set(ends);
    ends = e;
  };
  for (let i = 0; i < n;) {
    const cp = text.codePointAt(i) ?? 0;
    const w = cp > 0xffff ? 2 : 1;
    if (cp < 0x80) {
      room(1);
      // ASCII fast path.
      const c =
        cp >= 65 && cp <= 90
          ? String.fromCharCode(cp + 32)
          : cp < 0x20 || cp === 0x7f
            ? cp === 10 || cp === 13
              ? '\n'
              : ' '
            : text[i]!;
      out.push(c);
      ends[len] = i + 1;
      map[len++] = i;
    } else if (isCombining(cp)) {
      // Decomposed Vietnamese (e + U+0301): fold the mark into the previous letter; drop stacks that do not compose (Zalgo).
      const prev = out[len - 1];
      if (prev !== undefined) {
        const composed = (prev + String.fromCodePoint(cp)).normalize('NFC');
        if (composed.length === 1) out[len - 1] = composed;
        ends[len - 1] = i + w;
      }
    } else {
      const c = normChar(cp);
      room(c.length);
      // One entry per UTF-16 unit, as `norm` is indexed: an emoji is two.
      for (let k = 0; k < c.length; k++) {
        out.push(c[k]!);
        ends[len] = i + w;
        map[len++] = i;
      }
    }
    i += w;
  }
  map[len] = n;
  return { norm: out.join(''), map: map.subarray(0, len + 1), ends: ends.subarray(0, len) };
}

// ---------- diacritic folding ----------

const foldTable = new Map<string, string>();
for (let cp = 0xc0; cp <= 0x24f; cp++) addFold(cp);
for (let cp = 0x1e00; cp <= 0x1eff; cp++) addFold(cp);
function addFold(cp: number): void {
  const ch = String.fromCodePoint(cp).toLowerCase();
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (base !== ch && base.length === 1) foldTable.set(ch, base);
}
foldTable.set('đ', 'd');

/** Remove Vietnamese diacritics (đ → d). */
export function fold(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++)
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return s;
  let r = '';
  for (const c of s) r += foldTable.get(c) ?? c;
  return r;
}

export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}
