/**
 * The spellings of one word, whatever its place in a message: repeats collapsed, leet, Telex and VNI
 * decoded, diacritics folded and teencode expanded. Cached, since chat reuses few words.
 */
import { lookupTable } from '../../common/lookup';
import { fold, isAscii } from './chars';
import { telex, vni } from './input-methods';
import { TEENCODE } from './teencode';

// ---------- leet ----------

const LEET = lookupTable<string>({
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '@': 'a',
  $: 's',
  '5': 's',
  '!': 'i',
  '|': 'i',
  '7': 't',
});

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
    if (m) {
      r += m;
      changed = true;
    } else r += c;
  }
  return changed ? r : null;
}

/**
 * Words of threats and self-harm by their leet-decoded, diacritics-free spelling. Their folded form is
 * shared with innocent or other words (chet: chết, chệt), so a disguised one is read as this word.
 */
export const DISGUISED = lookupTable<string>({
  chet: 'chết',
  giet: 'giết',
  danh: 'đánh',
  dam: 'đâm',
  chem: 'chém',
  dap: 'đập',
  muon: 'muốn',
  mun: 'muốn',
  song: 'sống',
  may: 'mày',
  xu: 'xử',
  ban: 'bắn',
  cat: 'cắt',
  tay: 'tay',
});

// Words of threats and self-harm that stars hide ("ch*t", "g**t m*y"), for the templates; not đâm,
// whose shape đ*m is the usual starred đm.
const STARRED = [
  'chết',
  'giết',
  'mày',
  'đánh',
  'chém',
  'đập',
  'muốn',
  'sống',
  'kill',
  'die',
  'dead',
  'myself',
  'suicide',
];

// Words of threats whose starred shape is more often an oath (đ*m: đm, or đâm, to stab): the templates
// read them so only where a threat's whole sentence fits, never the lexicon.
const STARRED_THREAT = ['đâm'];

function starredPattern(written: string): RegExp {
  return new RegExp(
    '^' +
      fold(written)
        .replace(/[^a-z*]/g, '.')
        .replace(/\*/g, '.') +
      '$',
  );
}

/** The one word of STARRED a starred word can be, if exactly one fits; else undefined. */
export function starred(written: string): string | undefined {
  const re = starredPattern(written);
  let found: string | undefined;
  for (const w of STARRED) {
    if (w.length !== written.length || !re.test(fold(w))) continue;
    if (found) return undefined;
    found = w;
  }
  return found;
}

/** The threat word a starred word may also be, read only by the threat templates ("tao đ*m mày"). */
function starredThreat(written: string): string | null {
  const re = starredPattern(written);
  return STARRED_THREAT.find((w) => w.length === written.length && re.test(fold(w))) ?? null;
}

/** Runs of 3+ equal characters → `keep` of them ("đmmmm" → "đm", "nguuuu" → "ngu"); runs of two stay ("loop"). */
export function collapseRuns(s: string, keep: 1 | 2): string {
  return s.replace(/(.)\1{2,}/gu, keep === 1 ? '$1' : '$1$1');
}

const Y_TO_I = lookupTable<string>({ ỳ: 'ì', ý: 'í', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' });

/**
 * Spellings of an accented word looked up among accented terms only: "y" with a tone for "i" (both
 * are written in Vietnamese: "lý"/"lí"; "đỵt" is địt), and a "z" tacked on for style ("lồnz", "vãiz").
 * A consonant-only short form with a letter more ("vcll", "đmml") is the short form.
 */
function spellingVariants(acc: string): string[] {
  const out: string[] = [];
  if (!isAscii(acc)) {
    if (/[ỳýỷỹỵ]/.test(acc)) out.push(acc.replace(/[ỳýỷỹỵ]/g, (c) => Y_TO_I.get(c) ?? c));
    if (acc.length >= 3 && /z+$/.test(acc)) out.push(acc.replace(/z+$/, ''));
  }
  if (/^[bcdđghklmnpqrstvx]{4,6}$/.test(acc) && !isAscii(acc)) out.push(acc.slice(0, -1));
  return out;
}

/** A consonant-only short form typed in ASCII with a letter more ("vcll", "dkmm"): looked up as the short form. */
function shortFormVariant(acc: string): string | null {
  return /^[bcdghklmnpqrstvx]{4,6}$/.test(acc) ? acc.slice(0, -1) : null;
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
  /** A starred word's reading as a threat word its usual reading hides (đ*m → đâm), for threat templates. */
  threatReading: string | null;
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
    // A symbol stuck inside an accented word is a spacer, not a letter: "c!ứt", "l|ồn".
    if (!isAscii(acc) && /[^!|][!|]+[^!|]/.test(acc)) pushUnique(alts, acc.replace(/[!|]/g, ''), acc);
    pushUnique(alts, telex(word), acc);
    pushUnique(alts, v, acc);
    // VNI wins only with a letter-shape digit (6-9: â ê ô ơ ư ă đ); "m4y" is leet for "may", not "mỹ".
    // A number with a unit ("100k", "5kg") is not leet: only a word that starts with a letter decodes.
    if (/[0-9@$!|]/.test(acc) && !/^\d/.test(acc))
      decoded = v && /[6-9]/.test(acc) && !isAsciiWord(v) ? v : l ? collapseRuns(l, 1) : null;
  }
  const base = decoded ?? acc;
  // A disguised word is read as the word worth disguising: "ch3t" is chết (not the slur chệt), "d4nh" đánh.
  const restored = decoded !== null && leetFold !== null ? DISGUISED.get(leetFold) : undefined;
  const canon = restored ?? (wildcard ? starred(wildcard) : undefined) ?? TEENCODE.get(base) ?? base;
  const accForms = alts.length ? [acc, ...alts] : [acc];
  for (const v of spellingVariants(acc)) if (!accForms.includes(v)) accForms.push(v);
  const foldForms: string[] = [];
  if (isAscii(acc)) {
    foldForms.push(acc);
    // English plurals and verb forms: "hoes", "bitches", "fucks".
    if (acc.length >= 4 && acc.endsWith('s'))
      foldForms.push(acc.endsWith('es') && acc.length >= 6 ? acc.slice(0, -2) : acc.slice(0, -1));
    if (acc.length >= 6 && acc.endsWith('es')) foldForms.push(acc.slice(0, -1));
    const short = shortFormVariant(acc);
    if (short) foldForms.push(short);
  }
  // Telex spellings stay out of the diacritics-free view: stripped of its tone, "shirt" → "shỉt" reads "shit".
  const tx = telex(word);
  for (const a of alts) {
    if (a === tx) continue;
    const f = fold(a);
    if (!foldForms.includes(f)) foldForms.push(f);
  }
  const tx2 = letters ? telex(word) : null;
  const strongTelex =
    tx2 !== null && (word.startsWith('dd') || (/aa|ee|oo|aw|ow|uw/.test(word) && /[sfrxj]$/.test(word)));
  const telexCanon = tx2 === null ? null : (TEENCODE.get(tx2) ?? tx2);
  const forms: WordForms = {
    acc,
    fold: fold(acc),
    canon,
    canonFold: fold(canon),
    alts,
    wildcard,
    threatReading: wildcard ? starredThreat(wildcard) : null,
    leetFold,
    telexCanon,
    strongTelex,
    accForms,
    foldForms,
  };
  if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
  wordCache.set(word, forms);
  return forms;
}
