/**
 * The obfuscation suite: ten rewrites people use to slip words past filters (chat-detection.md),
 * applied to the [bracketed] words of harmful.txt only, as a writer would disguise just the bad word.
 */

const FOLD = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', c: 'с', p: 'р', x: 'х', y: 'у', i: 'і' };
const LEET: Record<string, string> = { o: '0', i: '1', e: '3', a: '4', s: '5', t: '7' };

// Telex / VNI keys for each diacritic: base letter, vowel modifier, tone.
const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const TELEX_TONE = ['s', 'f', 'r', 'x', 'j'];

/** Split a Vietnamese syllable into ASCII letters with modifier keys, plus its tone index (-1 none). */
function keys(syllable: string, mode: 'telex' | 'vni'): string {
  let tone = -1;
  let out = '';
  for (const ch of syllable) {
    const d = ch.normalize('NFD');
    let base = d[0]!;
    let mod = '';
    for (const m of d.slice(1)) {
      const t = TONES.indexOf(m);
      if (t >= 0) tone = t;
      else if (m === '\u0302') mod = mode === 'telex' ? base : '6'; // â ê ô
      else if (m === '\u031b') mod = mode === 'telex' ? 'w' : '7'; // ơ ư
      else if (m === '\u0306') mod = mode === 'telex' ? 'w' : '8'; // ă
    }
    if (ch === 'đ' || ch === 'Đ') {
      base = ch === 'đ' ? 'd' : 'D';
      mod = mode === 'telex' ? base : '9';
    }
    out += base + mod;
  }
  if (tone >= 0) out += mode === 'telex' ? TELEX_TONE[tone] : String(tone + 1);
  return out;
}

const eachWord = (s: string, f: (w: string) => string) => s.split(/(\s+)/).map((w) => (/\S/.test(w) ? f(w) : w)).join('');
const letters = (w: string) => [...w];

export const TRANSFORMS: Record<string, (s: string) => string> = {
  dots: (s) => eachWord(s, (w) => letters(w).join('.')),
  spaces: (s) => s.split(/\s+/).map((w) => letters(w).join(' ')).join('   '),
  repeats: (s) => eachWord(s, (w) => w + w.slice(-1).repeat(4)),
  leet: (s) => [...FOLD(s)].map((c) => LEET[c] ?? c).join(''),
  stars: (s) => eachWord(s, (w) => (w.length >= 3 ? w[0] + '*'.repeat(w.length - 2) + w.slice(-1) : w)),
  'zero-width': (s) => letters(s).join('\u200b'),
  homoglyphs: (s) => [...s].map((c) => CYRILLIC[c] ?? c).join(''),
  fullwidth: (s) => [...s].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(''),
  telex: (s) => eachWord(s, (w) => keys(w.normalize('NFC'), 'telex')),
  vni: (s) => eachWord(s, (w) => keys(w.normalize('NFC'), 'vni')),
};

/** Rewrite the bracketed words of a harmful line with one transform; the brackets are removed. */
export function obfuscate(line: string, transform: (s: string) => string): string {
  return line.replace(/\[([^\]]+)\]/g, (_, w: string) => transform(w));
}

export const unbracket = (line: string): string => line.replace(/\[([^\]]+)\]/g, '$1');
