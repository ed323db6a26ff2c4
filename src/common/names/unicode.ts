/** Longest raw name we look at; the cut is flagged. */
export const MAX_NAME_INPUT = 256;
export const MAX_NAME_DISPLAY = 128;

/** Characters that render as nothing; Hangul fillers are a common way to make a "blank" name. */
const INVISIBLE =
  /[\u200B\u200C\u200D\u2060\uFEFF\u00AD\u180E\u2061-\u2064\u034F\u115F\u1160\u3164\uFFA0\u17B4\u17B5\u{E0000}-\u{E007F}]/gu;
/** Bidi controls reorder what the teacher reads. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;
/** A zero-width joiner inside an emoji sequence is how emoji are built, not a trick. */
const EMOJI_ZWJ = /(?<=\p{Extended_Pictographic}\uFE0F?)\u200D(?=\p{Extended_Pictographic})/gu;
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/gu;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/gu;

export interface InvisibleScan {
  text: string;
  zeroWidth: boolean;
  bidi: boolean;
  /** "U+202E" labels, in order of first appearance. */
  removed: string[];
}

/** Any character the slow path below would touch. */
const SUSPECT =
  /[\u0000-\u001F\u007F-\u00A0\u00AD\u034F\u061C\u115F\u1160\u1680\u17B4\u17B5\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFEFF\uFFA0\uDB40]/;

export function stripInvisible(raw: string): InvisibleScan {
  if (!SUSPECT.test(raw))
    return { text: raw.replace(/ {2,}/g, ' ').trim(), zeroWidth: false, bidi: false, removed: [] };
  const removed = new Set<string>();
  const label = (ch: string): string => {
    removed.add(`U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
    return '';
  };
  // Lone surrogates first: removing what stands between two halves would join them into an invisible tag character.
  const withoutEmojiJoins = raw.replace(/\p{Cs}/gu, '\uFFFD').replace(EMOJI_ZWJ, '');
  let zeroWidth = false;
  let bidi = false;
  let text = withoutEmojiJoins.replace(INVISIBLE, (ch) => {
    zeroWidth = true;
    return label(ch);
  });
  text = text.replace(BIDI, (ch) => {
    bidi = true;
    return label(ch);
  });
  text = text.replace(CONTROL, ' ').replace(SPACES, ' ').trim();
  return { text, zeroWidth, bidi, removed: [...removed] };
}

export function capLength(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

const MARKS = /\p{M}+/gu;

/** đ is a letter, not a mark, so NFD keeps it. */
export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/ð/g, 'd')
    .replace(/Ð/g, 'D');
}

export function wordsOnly(s: string): string {
  return s.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
}

export function fold(s: string): string {
  return wordsOnly(stripDiacritics(s.normalize('NFKC')).toLowerCase());
}
