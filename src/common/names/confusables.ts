/** Cut down to what impersonation in a class uses; fullwidth and mathematical letters need none (NFKC). */
import { stripInvisible } from './unicode';

/** Case-sensitive, as TR39 skeletons are. */
const LOOKALIKE_PAIRS: Record<string, string> = {
  // Cyrillic
  А: 'A',
  а: 'a',
  В: 'B',
  в: 'b',
  Е: 'E',
  е: 'e',
  К: 'K',
  к: 'k',
  М: 'M',
  м: 'm',
  Н: 'H',
  н: 'h',
  О: 'O',
  о: 'o',
  Р: 'P',
  р: 'p',
  С: 'C',
  с: 'c',
  Т: 'T',
  т: 't',
  У: 'Y',
  у: 'y',
  Х: 'X',
  х: 'x',
  Ѕ: 'S',
  ѕ: 's',
  І: 'I',
  і: 'i',
  Ј: 'J',
  ј: 'j',
  Ԁ: 'D',
  ԁ: 'd',
  Ԛ: 'Q',
  ԛ: 'q',
  Ԝ: 'W',
  ԝ: 'w',
  Һ: 'H',
  һ: 'h',
  Ӏ: 'l',
  ӏ: 'l',
  Ү: 'Y',
  ү: 'y',
  Ь: 'b',
  ь: 'b',
  п: 'n',
  г: 'r',
  Ꙇ: 'l',
  // Greek
  Α: 'A',
  α: 'a',
  Β: 'B',
  Ε: 'E',
  ε: 'e',
  Ζ: 'Z',
  Η: 'H',
  η: 'n',
  Ι: 'I',
  ι: 'i',
  Κ: 'K',
  κ: 'k',
  Μ: 'M',
  Ν: 'N',
  ν: 'v',
  Ο: 'O',
  ο: 'o',
  Ρ: 'P',
  ρ: 'p',
  Τ: 'T',
  τ: 't',
  Υ: 'Y',
  υ: 'u',
  Χ: 'X',
  χ: 'x',
  γ: 'y',
  ω: 'w',
  // Armenian
  Օ: 'O',
  օ: 'o',
  ս: 'u',
  ց: 'g',
  հ: 'h',
  ո: 'n',
  զ: 'q',
  // Cherokee
  Ꭺ: 'A',
  Ᏼ: 'B',
  Ꮯ: 'C',
  Ꭼ: 'E',
  Ꮋ: 'H',
  Ꭻ: 'J',
  Ꮶ: 'K',
  Ꮮ: 'L',
  Ꮇ: 'M',
  Ꮲ: 'P',
  Ꮪ: 'S',
  Ꭲ: 'T',
  Ꮩ: 'V',
  Ꮃ: 'W',
  Ꮓ: 'Z',
  // Latin small capitals and oddities: no real name is written with them
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
  ɑ: 'a',
  ɡ: 'g',
  ı: 'i',
  ȷ: 'j',
};
const LOOKALIKE = new Map(Object.entries(LOOKALIKE_PAIRS));

/** Only for the visual skeleton, never for matching keys. */
const ASCII_VISUAL = new Map([
  ['I', 'l'],
  ['1', 'l'],
  ['|', 'l'],
  ['0', 'O'],
]);

const COMPAT = /[\uFF01-\uFF5E\u{1D400}-\u{1D7FF}\u2460-\u24FF\u{1F130}-\u{1F189}\u2100-\u214F\u2070-\u209F]/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/** NFD, so "ё" = "е" + mark maps like "e" + mark. */
export function mapLookalikes(nfd: string): string {
  let out = '';
  for (const ch of nfd) out += LOOKALIKE.get(ch) ?? ch;
  return out;
}

/** The Latin letter `ch` is drawn like, when it is one of the look-alikes above (NFD: the base letter first). */
export function lookalikeOf(ch: string): string | undefined {
  const base = [...ch.normalize('NFD')][0];
  return base === undefined ? undefined : LOOKALIKE.get(base);
}

export function scriptOf(ch: string): string {
  if (LATIN.test(ch)) return 'Latin';
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'Cyrillic';
  if (/\p{Script=Greek}/u.test(ch)) return 'Greek';
  if (/\p{Script=Armenian}/u.test(ch)) return 'Armenian';
  if (/\p{Script=Cherokee}/u.test(ch)) return 'Cherokee';
  return 'Other';
}

export interface ScriptScan {
  mixedScript: boolean;
  confusable: boolean;
}

/** Latin with Vietnamese: one script, no look-alikes but ı and ȷ. */
const PLAIN_LATIN = /^[\u0000-\u024F\u0300-\u036F\u1E00-\u1EFF]*$/;

/** NFC, invisibles already removed. */
export function scanScripts(text: string): ScriptScan {
  if (PLAIN_LATIN.test(text)) return { mixedScript: false, confusable: /[\u0131\u0237]/.test(text) };
  let confusable = COMPAT.test(text);
  let mixedScript = false;
  let letters = 0;
  let lookalikeLetters = 0;
  for (const word of text.split(' ')) {
    let first: string | null = null;
    for (const ch of word.normalize('NFD')) {
      if (!LETTER.test(ch)) continue;
      letters++;
      const mapped = LOOKALIKE.has(ch);
      if (mapped) {
        lookalikeLetters++;
        // Latin small capitals and oddities are suspicious on their own.
        if (LATIN.test(ch)) confusable = true;
      }
      const script = scriptOf(ch);
      if (first === null) first = script;
      else if (script !== first) mixedScript = true;
    }
  }
  // A whole name in look-alikes ("Аnnа" all Cyrillic) is a copy too.
  if (lookalikeLetters > 0 && (mixedScript || lookalikeLetters === letters)) confusable = true;
  return { mixedScript, confusable };
}

/** Case-sensitive: "Ian" and "Lan" look different. */
export function skeleton(raw: string): string {
  // NFKC first: it makes spaces of some characters, which the strip then collapses.
  const text = stripInvisible(raw.normalize('NFKC')).text.normalize('NFD');
  let out = '';
  for (const ch of text) {
    // Look-alike first, then the ASCII confusions: Cyrillic "І" is drawn like "I", and "I" like "l".
    const latin = LOOKALIKE.get(ch) ?? ch;
    out += ASCII_VISUAL.get(latin) ?? latin;
  }
  return out.replace(/rn/g, 'm').replace(/vv/g, 'w').normalize('NFC');
}

export function confusableWith(a: string, b: string): boolean {
  const ta = stripInvisible(a).text.normalize('NFC');
  const tb = stripInvisible(b).text.normalize('NFC');
  if (a.normalize('NFC') === b.normalize('NFC')) return false;
  // Same visible text but invisible characters added: a copy made to pass a duplicate check.
  if (ta === tb) return ta.length > 0;
  return skeleton(ta) === skeleton(tb);
}
