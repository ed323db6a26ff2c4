/**
 * Text normalization for the chat classifier.
 *
 *   original text ──chars──► normalized string (NFKC, lower case, homoglyphs, fullwidth, no zero-width)
 *                            + offset map back to the original
 *                 ──tokens─► Token[]: primary form (with diacritics, repeats collapsed),
 *                            alternative forms (leet, Telex, VNI, letters split by dots/spaces),
 *                            folded form (no diacritics) and canonical form (teencode expanded)
 *
 * Every token keeps [start, end) in the ORIGINAL text so evidence spans point at what was written.
 */
import { lookupTable } from '../../shared/lookup';

/** Longer messages are cut here; the classifier stays linear, so this only bounds the worst case. */
export const MAX_CHARS = 131_072;

export interface Token {
  /** The word's spellings (shared between tokens of the same word). */
  forms: WordForms;
  start: number;
  end: number;
  /** Written as "@name". */
  mention: boolean;
  /** First letter was upper case in the original (names, "Cl", "VL"). */
  upper: boolean;
  /** The character right after the token in the normalized text ('' at the end). */
  next: string;
  /** Separated from the previous token by a line break or sentence punctuation. */
  boundaryBefore: boolean;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  /** The normalized text (same length as `map`), for link/phone/email patterns. */
  norm: string;
  /** map[i] = index in the original text of normalized char i; map[norm.length] = original length. */
  map: Int32Array;
  /** ends[i] = index in the original text just after normalized char i. */
  ends: Int32Array;
  truncated: boolean;
}

// Zero-width, bidi controls, soft hyphen, joiners, variation selectors: dropped.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;

// Cyrillic and Greek letters that look like Latin ones (lower case, after toLowerCase).
const HOMOGLYPHS = lookupTable<string>({
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l', ɩ: 'i', һ: 'h', ԛ: 'q', ԝ: 'w', ь: 'b', г: 'r', п: 'n',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ω: 'w', γ: 'y', ς: 's', σ: 'o', ϲ: 'c', ł: 'l', ı: 'i',
});

const charCache = new Map<number, string>();

/** One code point → its normalized form ('' to drop it). Cached: chat uses few distinct characters. */
function normChar(cp: number): string {
  const hit = charCache.get(cp);
  if (hit !== undefined) return hit;
  const ch = String.fromCodePoint(cp);
  let out: string;
  if (INVISIBLE.test(ch)) out = '';
  else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x2028 || cp === 0x2029) out = cp === 10 || cp === 13 ? '\n' : ' ';
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
  return (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff);
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
  for (let i = 0; i < n; ) {
    const cp = text.codePointAt(i) ?? 0;
    const w = cp > 0xffff ? 2 : 1;
    if (cp < 0x80) {
      room(1);
      // ASCII fast path.
      const c = cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : cp < 0x20 || cp === 0x7f ? (cp === 10 || cp === 13 ? '\n' : ' ') : text[i]!;
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
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) { ascii = false; break; }
  if (ascii) return s;
  let r = '';
  for (const c of s) r += foldTable.get(c) ?? c;
  return r;
}

// ---------- Telex / VNI typed with the input method off ----------

const TONED = lookupTable<string>({
  a: 'aáàảãạ', ă: 'ăắằẳẵặ', â: 'âấầẩẫậ', e: 'eéèẻẽẹ', ê: 'êếềểễệ', i: 'iíìỉĩị',
  o: 'oóòỏõọ', ô: 'ôốồổỗộ', ơ: 'ơớờởỡợ', u: 'uúùủũụ', ư: 'ưứừửữự', y: 'yýỳỷỹỵ',
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
      if (first === -1 && i > 0 && ((s[i] === 'u' && s[i - 1] === 'q') || (s[i] === 'i' && s[i - 1] === 'g' && i + 1 < s.length && VOWELS.includes(s[i + 1]!)))) continue;
      if (first === -1) first = i;
      last = i;
    } else if (first !== -1) break;
  }
  if (first === -1) return s;
  let at = -1;
  for (let i = last; i >= first; i--) if (HAT.includes(s[i]!)) { at = i; break; }
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
  let r = s.replace(/dd/g, 'đ').replace(/aa/g, 'â').replace(/aw/g, 'ă').replace(/ee/g, 'ê').replace(/oo/g, 'ô').replace(/ow/g, 'ơ').replace(/uw/g, 'ư').replace(/w/g, 'ư');
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
    if (c >= '1' && c <= '5') { tone = Number(c); continue; }
    if (c >= '6' && c <= '9') {
      // Applies to the nearest preceding letter it can modify.
      const mod = VNI_MARKS.get(c)!;
      let done = false;
      for (let j = r.length - 1; j >= 0 && !done; j--) {
        const m = mod.get(r[j]!);
        if (m) { r = r.slice(0, j) + m + r.slice(j + 1); done = true; }
      }
      if (!done) return null;
      continue;
    }
    r += c;
  }
  return placeTone(r, tone);
}

// ---------- leet ----------

const LEET = lookupTable<string>({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '@': 'a', $: 's', '5': 's', '!': 'i', '|': 'i', '7': 't' });

function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c >= 0xc0) return true;
  }
  return false;
}

function isAsciiWord(s: string): boolean {
  return /^[a-z]*$/.test(s);
}

function deLeet(s: string): string | null {
  let changed = false;
  let r = '';
  for (const c of s) {
    const m = LEET.get(c);
    if (m) { r += m; changed = true; } else r += c;
  }
  return changed ? r : null;
}

/** Runs of 3+ equal characters → `keep` of them ("đmmmm" → "đm", "nguuuu" → "ngu"); runs of two stay ("loop"). */
export function collapseRuns(s: string, keep: 1 | 2): string {
  return s.replace(/(.)\1{2,}/gu, keep === 1 ? '$1' : '$1$1');
}

// ---------- teencode ----------

/** Chat shorthand → the word, used by templates (not by the profanity lexicon). */
const TEENCODE = lookupTable<string>({
  k: 'không', ko: 'không', kh: 'không', khg: 'không', hok: 'không', hong: 'không', hông: 'không', kg: 'không', kô: 'không', hem: 'không', khum: 'không',
  j: 'gì', gi: 'gì', z: 'vậy', zậy: 'vậy', dậy: 'vậy', mik: 'mình', mk: 'mình', mh: 'mình', mjk: 'mình', mjnh: 'mình',
  dc: 'được', đc: 'được', dk: 'được', đk: 'được', dcj: 'được', e: 'em', ak: 'à', ah: 'à', ns: 'nói', nch: 'nói chuyện', nt: 'nhắn tin',
  rùi: 'rồi', roài: 'rồi', h: 'giờ', ck: 'chồng', vk: 'vợ', cx: 'cũng', cg: 'cũng', trc: 'trước', wá: 'quá', qá: 'quá', iu: 'yêu',
  thik: 'thích', bít: 'biết', bík: 'biết', bik: 'biết', hum: 'hôm', nhìu: 'nhiều', zô: 'vô', ms: 'mới', sdt: 'sđt', ib: 'inbox', ntn: 'như thế nào',
  bn: 'bao nhiêu', bnh: 'bao nhiêu', bh: 'bây giờ', bjo: 'bây giờ', fb: 'facebook', zl: 'zalo', ng: 'người', nhma: 'nhưng mà', nma: 'nhưng mà',
  tui: 'tôi', bme: 'bố mẹ', bm: 'bố mẹ', wa: 'qua', đag: 'đang', dag: 'đang', hk: 'không', cj: 'chị',
  u: 'you', ur: 'your', ya: 'you', pls: 'please', plz: 'please', wanna: 'want to', gonna: 'going to', imma: 'i am going to', finna: 'going to', pics: 'pic',
});

// ---------- tokenization ----------

const LETTER_RE = /\p{L}/u;
const letterCache = new Map<string, boolean>();
function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let v = letterCache.get(c);
  if (v === undefined) {
    v = LETTER_RE.test(c);
    if (letterCache.size < 4096) letterCache.set(c, v);
  }
  return v;
}
function isDigit(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 48 && code <= 57;
}
const SYMBOLS = '@$!|*';
const SEPARATORS = '.-_';

/** A word character: letter, digit, or a leet/wildcard symbol. */
function isWordish(c: string): boolean {
  return isLetter(c) || isDigit(c) || SYMBOLS.includes(c);
}

const ASCII_WORDISH = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORDISH[c] = isWordish(String.fromCharCode(c)) ? 1 : 0;

function wordishAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? ASCII_WORDISH[c] === 1 : isWordish(s[i]!);
}

function pushUnique(arr: string[], s: string | null, not: string): void {
  if (s && s !== not && !arr.includes(s)) arr.push(s);
}

/** Everything about a word that does not depend on where it stands; cached, since chat reuses few words. */
export interface WordForms {
  acc: string;
  fold: string;
  canon: string;
  canonFold: string;
  alts: string[];
  /** The word as written when it has '*' wildcards between letters (f*ck, đ*t, f*****g), else null. */
  wildcard: string | null;
  /**
   * A word written with leet ("l0n", "c4c", "d17") decoded and without diacritics. Disguise shows
   * intent, so it may match the folded form of an accented term ("lồn") that "lon" alone may not.
   */
  leetFold: string | null;
  /**
   * The Telex reading for templates, used only when the whole message looks typed in Telex (two or
   * more words with unmistakable Telex keys), since single English words look like Telex.
   */
  telexCanon: string | null;
  /** Unmistakable Telex: "dd", or a doubled/w vowel key plus a tone key at the end ("gieets", "ddaau"). */
  strongTelex: boolean;
  /** Spellings to look up among accented terms: acc + alts. */
  accForms: string[];
  /**
   * Spellings to look up among diacritics-free terms: only words written without diacritics, or decoded
   * from Telex/leet/VNI ("cái lon", the can, must not read as "cai lon").
   */
  foldForms: string[];
}

const wordCache = new Map<string, WordForms>();
const WORD_CACHE_MAX = 50_000;

export function wordForms(word: string): WordForms {
  const hit = wordCache.get(word);
  if (hit) return hit;
  const letters = hasLetter(word);
  const wildcard = letters && word.includes('*') && word.replace(/\*/g, '').length >= 2 ? word : null;
  let leetFold: string | null = null;
  const acc = collapseRuns(word, 1);
  const alts: string[] = [];
  if (acc !== word) pushUnique(alts, collapseRuns(word, 2), acc);
  // Templates read a leet or VNI word as decoded ("g13t m4y" → "giet may"); Telex decoding stays
  // lexicon-only because English words look like Telex ("know", "good").
  let decoded: string | null = null;
  if (letters) {
    const l = deLeet(acc);
    const v = vni(word);
    if (l) {
      pushUnique(alts, collapseRuns(l, 1), acc);
      if (/[0-9@$!|]/.test(word) && !/^\d/.test(word)) leetFold = fold(collapseRuns(l, 1));
    }
    pushUnique(alts, telex(word), acc);
    pushUnique(alts, v, acc);
    // VNI wins only with a letter-shape digit (6-9: â ê ô ơ ư ă đ); "m4y" is leet for "may", not "mỹ".
    if (/[0-9@$!|]/.test(acc)) decoded = v && /[6-9]/.test(acc) && !isAsciiWord(v) ? v : l ? collapseRuns(l, 1) : null;
  }
  const base = decoded ?? acc;
  const canon = TEENCODE.get(base) ?? base;
  const accForms = alts.length ? [acc, ...alts] : [acc];
  const foldForms: string[] = [];
  if (isAscii(acc)) {
    foldForms.push(acc);
    // English plurals and verb forms: "hoes", "bitches", "fucks".
    if (acc.length >= 4 && acc.endsWith('s')) foldForms.push(acc.endsWith('es') && acc.length >= 6 ? acc.slice(0, -2) : acc.slice(0, -1));
    if (acc.length >= 6 && acc.endsWith('es')) foldForms.push(acc.slice(0, -1));
  }
  // Telex spellings stay out of the diacritics-free view: stripped of its tone, "shirt" → "shỉt" reads "shit".
  const tx = telex(word);
  for (const a of alts) {
    if (a === tx) continue;
    const f = fold(a);
    if (!foldForms.includes(f)) foldForms.push(f);
  }
  const tx2 = letters ? telex(word) : null;
  const strongTelex = tx2 !== null && (word.startsWith('dd') || (/aa|ee|oo|aw|ow|uw/.test(word) && /[sfrxj]$/.test(word)));
  const telexCanon = tx2 === null ? null : TEENCODE.get(tx2) ?? tx2;
  const forms: WordForms = { acc, fold: fold(acc), canon, canonFold: fold(canon), alts, wildcard, leetFold, telexCanon, strongTelex, accForms, foldForms };
  if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
  wordCache.set(word, forms);
  return forms;
}

export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

function makeToken(raw: string, analysis: { norm: string; map: Int32Array; ends: Int32Array; text: string }, nStart: number, nEnd: number): Token | null {
  let word = raw;
  let mention = false;
  if (word.charCodeAt(0) === 64 /* @ */ && word.length > 1 && isLetter(word[1]!)) {
    mention = true;
    word = word.slice(1);
  }
  // Trailing symbols are punctuation ("ngu!!!"), not leet.
  let trimmedEnd = nEnd;
  while (word.length > 0 && '!|$@'.includes(word[word.length - 1]!)) {
    word = word.slice(0, -1);
    trimmedEnd--;
  }
  if (!word) return null;
  const origStart = analysis.map[nStart + (mention ? 1 : 0)] ?? 0;
  const origEnd = analysis.ends[trimmedEnd - 1] ?? origStart;
  const first = analysis.text[origStart] ?? '';
  return {
    forms: wordForms(word),
    start: origStart,
    end: origEnd,
    mention,
    upper: first !== first.toLowerCase(),
    next: analysis.norm[trimmedEnd] ?? '',
    boundaryBefore: false,
  };
}

/** Normalize and tokenize one message. */
export function analyze(input: string): Analysis {
  const truncated = input.length > MAX_CHARS;
  const text = truncated ? input.slice(0, MAX_CHARS) : input;
  const { norm, map, ends } = normalizeChars(text);
  const ctx = { norm, map, ends, text };
  const tokens: Token[] = [];
  const n = norm.length;
  let i = 0;
  let boundary = true;
  while (i < n) {
    if (!wordishAt(norm, i)) {
      const c = norm.charCodeAt(i);
      // \n . ? ! ; : end a sentence.
      if (c === 10 || c === 46 || c === 63 || c === 33 || c === 59 || c === 58) boundary = true;
      i++;
      continue;
    }
    // A chunk: word chars, with single separators (. - _ ') allowed between word chars.
    const s = i;
    let parts: [number, number][] | null = null;
    let apostrophe = false;
    let ps = i;
    while (i < n) {
      if (wordishAt(norm, i)) { i++; continue; }
      const d = norm[i]!;
      const apos = d === "'" || d === '’';
      if ((apos || SEPARATORS.includes(d)) && i + 1 < n && wordishAt(norm, i + 1) && i > ps) {
        (parts ??= []).push([ps, i]);
        if (apos) apostrophe = true;
        i++;
        ps = i;
        continue;
      }
      break;
    }
    if (!parts) {
      // The usual case: one plain word.
      const t = makeToken(norm.slice(s, i), ctx, s, i);
      if (t) {
        t.boundaryBefore = boundary;
        tokens.push(t);
      }
      boundary = false;
      continue;
    }
    parts.push([ps, i]);
    // Joined when the pieces are too short to be words of their own: "đ.ị.t", "fu.ck", "l.ồn" (not "bài.Em").
    const allShort = !apostrophe && parts.every(([a, b]) => b - a <= 3) && (parts.every(([a, b]) => b - a <= 2) || parts.some(([a, b]) => b - a === 1));
    if (allShort) {
      const joined = parts.map(([a, b]) => norm.slice(a, b)).join('');
      const t = makeToken(joined, ctx, s, i);
      if (t) {
        // The joined token spans the whole chunk in the original.
        t.next = norm[i] ?? '';
        t.start = map[s + (t.mention ? 1 : 0)] ?? t.start;
        t.end = ends[i - 1] ?? t.end;
        t.boundaryBefore = boundary;
        tokens.push(t);
      }
    } else {
      for (const [a, b] of parts) {
        const t = makeToken(norm.slice(a, b), ctx, a, b);
        if (t) {
          t.boundaryBefore = boundary;
          boundary = false;
          tokens.push(t);
        }
      }
    }
    boundary = false;
  }
  return { text, tokens: mergeSpacedLetters(tokens), norm, map, ends, truncated };
}

/** Two-letter words that are written spelled out on their own ("đ m", "v l"). */
const SPELLED_PAIRS = new Set(['đm', 'dm', 'vl', 'cc', 'cl', 'đụ', 'đù', 'éo', 'đĩ', 'vc']);

/**
 * Letters spelled out one space apart become one word: three or more ("v c l", "f u c k"), or two when
 * they make a known short form or stand next to another spelled-out word ("đ ụ   m ẹ   m à y").
 * A wider gap ends the word.
 */
function mergeSpacedLetters(tokens: Token[]): Token[] {
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && tokens[j]!.forms.acc.length === 1 && isLetter(tokens[j]!.forms.acc) && !tokens[j]!.mention && (j === i || tokens[j]!.start - tokens[j - 1]!.end <= 1)) j++;
    if (j - i >= 2) runs.push([i, j]);
    i = Math.max(j, i + 1);
  }
  if (runs.length === 0) return tokens;
  const joined = (r: [number, number]) => tokens.slice(r[0], r[1]).map((t) => t.forms.acc).join('');
  const keep = runs.map((r) => r[1] - r[0] >= 3 || SPELLED_PAIRS.has(joined(r)));
  for (let k = 0; k < runs.length; k++) {
    const near = (m: number) => keep[m] === true && (runs[m]![0] === runs[k]![1] || runs[m]![1] === runs[k]![0]);
    if (!keep[k] && (near(k - 1) || near(k + 1))) keep[k] = true;
  }
  if (!keep.some(Boolean)) return tokens;
  const out: Token[] = [];
  let r = 0;
  for (let i = 0; i < tokens.length; ) {
    while (r < runs.length && (runs[r]![0] < i || !keep[r])) r++;
    const run = runs[r];
    if (run && run[0] === i) {
      const first = tokens[run[0]]!;
      const last = tokens[run[1] - 1]!;
      out.push({ ...first, forms: spelledForms(joined(run)), end: last.end, next: last.next });
      i = run[1];
    } else out.push(tokens[i++]!);
  }
  return out;
}

/** A spelled-out word may have swallowed a neighbouring one-letter word ("s h i t I forgot"). */
function spelledForms(word: string): WordForms {
  const f = wordForms(word);
  if (word.length < 4) return f;
  const extra = [word.slice(0, -1), word.slice(1)].map((w) => collapseRuns(w, 1)).filter((w) => !f.accForms.includes(w));
  if (extra.length === 0) return f;
  return { ...f, alts: [...f.alts, ...extra], accForms: [...f.accForms, ...extra], foldForms: [...f.foldForms, ...extra.filter(isAscii).filter((w) => !f.foldForms.includes(w))] };
}

