/**
 * Words spelled aloud by the Vietnamese names of their letters ("đê mờ" = đm, "vê cờ lờ" = vcl, "lờ
 * ồn" = lồn): a run of letter names that spells a listed short form or word becomes that word.
 */
import { fold, isAscii } from './chars';
import { TRUNC_BEFORE } from './context-lesson';
import { coreBounds } from './edges';
import type { Token } from './tokenize';
import { wordForms } from './word-forms';

/** Vietnamese names of letters, as a word is spelled aloud: "đê mờ" is đm, "vê cờ lờ" is vcl. */
const LETTER_NAMES = new Map([
  ['đê', 'đ'],
  ['đờ', 'đ'],
  ['dê', 'd'],
  ['dờ', 'd'],
  ['vê', 'v'],
  ['vờ', 'v'],
  ['xê', 'c'],
  ['cê', 'c'],
  ['cờ', 'c'],
  ['ca', 'k'],
  ['ka', 'k'],
  ['lờ', 'l'],
  ['mờ', 'm'],
  ['gờ', 'g'],
  ['tê', 't'],
  ['tờ', 't'],
  ['i', 'i'],
  ['bờ', 'b'],
]);
/** The same names typed without diacritics, read only when the whole message is unaccented. */
const FOLDED_LETTER_NAMES = new Map([
  ['de', 'đ'],
  ['do', 'đ'],
  ['ve', 'v'],
  ['vo', 'v'],
  ['co', 'c'],
  ['ce', 'c'],
  ['lo', 'l'],
  ['mo', 'm'],
  ['ca', 'k'],
  ['ka', 'k'],
  ['te', 't'],
  ['to', 't'],
  ['go', 'g'],
  ['xe', 'c'],
]);
// What a spelled-out run may become, and the word it is then read as: short forms and words the
// lexicon lists. Nobody spells out vật lý, so a spelled "vê lờ" is the oath. Other runs stay words
// ("đê vỡ", "cờ vua"), so only a spelling of one of these is read as one.
const SPELLED_WORDS = new Map([
  ['đm', 'đm'],
  ['dm', 'đm'],
  ['đmm', 'đmm'],
  ['vcl', 'vcl'],
  ['vkl', 'vkl'],
  ['vl', 'vcl'],
  ['đcm', 'đcm'],
  ['dcm', 'dcm'],
  ['đkm', 'đkm'],
  ['dkm', 'dkm'],
  ['clm', 'clm'],
  // A spelled "cờ lờ" is the oath (standsAlone); as vl, nobody spells chlorine so.
  ['cl', 'clm'],
  ['clgt', 'clgt'],
  ['đit', 'địt'],
  ['địt', 'địt'],
  ['đeo', 'đéo'],
  ['đéo', 'đéo'],
  ['lồn', 'lồn'],
  ['cặc', 'cặc'],
  ['buồi', 'buồi'],
  // Onset and rhyme typed without diacritics: "lo on" is lờ ồn.
  ['lon', 'lồn'],
  ['cac', 'cặc'],
  // Phonics "cờ cờ" ("xê xê" is how a lesson reads cc, the cubic centimetre) and "e-lờ mờ" (spelledAt).
  ['cc', 'cặc'],
  ['lm', 'lồn'],
]);
// A vowel sound said between spelled consonants ("đờ ờ mờ") carries no letter.
const SPELLING_FILLERS = new Set(['ờ', 'ơ']);
// The long names of L, M, N open with a vowel ("e-lờ", "em-mờ", "en-nờ"): that syllable carries no letter.
const OPENED_NAMES = new Set(['lờ', 'mờ', 'nờ']);
const OPENED_NAMES_FOLDED = new Set(['lo', 'mo', 'no']);
// Opening a run, an opener must name its own letter ("e lờ", "em mờ"): "em lờ mờ nhớ" is "I dimly recall".
const NAME_OPENERS = new Map([
  ['e', 'l'],
  ['ê', 'l'],
  ['em', 'm'],
  ['en', 'n'],
]);
function opensRun(tokens: Token[], i: number, ascii: boolean): boolean {
  const after = tokens[i + 1]?.forms.acc ?? '';
  const letter = LETTER_NAMES.get(after) ?? (ascii ? FOLDED_LETTER_NAMES.get(after) : undefined);
  return letter !== undefined && NAME_OPENERS.get(tokens[i]!.forms.acc) === letter;
}

/**
 * A run of letter names, or a letter name then a rhyme ("lờ ồn", "đê eo"), that spells one of
 * SPELLED_WORDS: [last token, word]. Unaccented names ("de mo") collide with words (để mở), so they
 * count only in a message typed without diacritics, and a two-letter result only before a target.
 */
function spelledAt(tokens: Token[], i: number, ascii: boolean, b: Bounds): [number, string] | null {
  let letters = '';
  let best: [number, string] | null = null;
  let needsTarget = ascii;
  const longName = opensRun(tokens, i, ascii);
  for (let j = i; j < tokens.length && j < i + 5; j++) {
    const t = tokens[j]!;
    if (j > i && (t.boundaryBefore || t.start - tokens[j - 1]!.end > 2)) break;
    if (j > i && (SPELLING_FILLERS.has(t.forms.acc) || (ascii && t.forms.acc === 'o'))) continue;
    const after = tokens[j + 1];
    const opened = after && (OPENED_NAMES.has(after.forms.acc) || (ascii && OPENED_NAMES_FOLDED.has(after.forms.acc)));
    if ((j > i && NAME_OPENERS.has(t.forms.acc) && opened) || (j === i && longName)) continue;
    const vague = VAGUE_LETTER_NAMES.get(t.forms.acc);
    if (vague) needsTarget = true;
    const letter = LETTER_NAMES.get(t.forms.acc) ?? vague ?? (ascii ? FOLDED_LETTER_NAMES.get(t.forms.acc) : undefined);
    if (letter === undefined) {
      // Onset then rhyme: "lờ ồn" = lồn, "đờ ịt" = địt, "đê eo" = đéo.
      // Not after a vague name: "đi eo biển" is a trip.
      const joined = SPELLED_WORDS.get(letters + t.forms.acc);
      if (
        j > i &&
        /^[aăâeêioôơuưy]/.test(fold(t.forms.acc)) &&
        joined &&
        !VAGUE_LETTER_NAMES.has(tokens[j - 1]!.forms.acc)
      )
        best = [j, joined];
      break;
    }
    letters += letter;
    // "lờ mờ" is dim, "co co" is có có: lm needs L's long name ("e lờ mờ"), cc the phonics names ("cờ cờ").
    const word =
      (letters === 'lm' && (!longName || j > i + 2)) ||
      (letters === 'cc' && t.forms.acc + tokens[i]!.forms.acc !== 'cờcờ')
        ? undefined
        : SPELLED_WORDS.get(letters);
    // A vague name ("em", "đi") spells with the others a word of three letters opening the message
    // ("đê em em", "đi i tờ"); two letters need a target ("đi em ơi" is "go, dear").
    if (
      j > i + (longName ? 1 : 0) &&
      word &&
      (!needsTarget ||
        ((ascii || i <= b.from) && letters.length >= 3) ||
        targetAfter(tokens, j) ||
        oathOpening(tokens, i, j, ascii, b))
    )
      best = [j, word];
  }
  return best && standsAlone(tokens, i, best, b) ? best : null;
}

// Words that end an exclamation: "cờ lờ thật", "vê lờ luôn".
const EXCLAIMED = new Set(['thật', 'luôn', 'gì', 'thế', 'vậy', 'à', 'quá', 'that', 'luon', 'gi', 'the', 'vay', 'qua']);
/**
 * Spellings that are also words need the message to themselves: "cờ lờ" (a flag ignored) is read as
 * the spelled cl only opening the message and ending it or an exclamation; "lờ mờ" is "dim" ("lá cờ lờ
 * mờ"), so a spelling through it counts only as the whole message or before a target.
 */
function standsAlone(tokens: Token[], i: number, [j, word]: [number, string], b: Bounds): boolean {
  if (compoundAfter(tokens, j)) return false;
  const dim = tokens.slice(i, j).some((t, k) => t.forms.acc === 'lờ' && tokens[i + k + 1]!.forms.acc === 'mờ');
  // A run may open with the call the message's edges leave out: "ê lờ mờ" is L's long name.
  const first = i <= b.from;
  const alone = first && endsAt(tokens, j, b);
  if (dim) return alone || (first && targetAfter(tokens, j));
  const cc = tokens[j]!.forms.acc === 'cờ';
  if ((word !== 'clm' && !cc) || j - i > 1) return true;
  // "xê lờ" is how a chemistry class reads Cl; only the phonics name "cờ" spells the oath.
  if (tokens[i]!.forms.acc !== 'cờ') return false;
  return alone || (first && (targetAfter(tokens, j) || EXCLAIMED.has(tokens[j + 1]!.forms.acc)));
}

// A letter name that is also a word, followed by the word it makes a compound with: "đê mờ nhạt dần"
// (the dike fades), "tờ giấy", "vờ như": the names are words there.
const COMPOUNDS = new Map([
  ['mờ', new Set(['nhạt', 'mịt', 'ảo', 'ám', 'đục', 'nhòe', 'dần', 'mờ', 'đi'])],
  ['tờ', new Set(['giấy', 'báo', 'đơn', 'khai', 'lịch', 'trình'])],
  ['vờ', new Set(['như', 'là', 'ngủ', 'không', 'đi'])],
  ['cờ', new Set(['vua', 'tướng', 'bạc', 'đỏ', 'lau', 'hiệu', 'caro', 'tổ'])],
]);
function compoundAfter(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return !!next && !next.boundaryBefore && !!COMPOUNDS.get(tokens[j]!.forms.acc)?.has(next.forms.acc);
}

// After a two-letter spelling typed without diacritics, words that make it the oath opening the message
// ("ve lo that su", "de mo ai tat mic", "de mo no chu"); "de mo may", "de mo no ra", "de mo the nao"
// are also để mở máy, để mở nó ra, để mở thế nào.
const OATH_NEXT = new Set(['chu', 'ai', 'me', 'that', 'luon']);
const HUSH = new Set(['im', 'cam', 'cut', 'bien', 'nin']);
function oathOpening(tokens: Token[], i: number, j: number, ascii: boolean, b: Bounds): boolean {
  if (!ascii || i !== b.from) return false;
  const next = tokens[j + 1];
  if (!next || endsAt(tokens, j, b) || tokens[j]!.next === ',') return true;
  const w = next.forms.acc;
  const after = tokens[j + 2]?.forms.acc ?? '';
  return OATH_NEXT.has(w) || (w === 'may' && HUSH.has(after)) || (w === 'no' && after === 'chu');
}

// A call, a name called or an @mention opening the message ("ê đê mờ", "Lan oi de mo", "@Minh cờ lờ"):
// the spelling after it opens the message; laughter or a particle closing it ("de mo haha", "cờ lờ á")
// leaves it the whole message. The edges are found on the tokens before they are joined.
interface Bounds {
  from: number;
  to: number;
}
function endsAt(tokens: Token[], j: number, b: Bounds): boolean {
  return j >= b.to - 1 || tokens[j + 1]!.boundaryBefore;
}

// Targets that cannot be read as another unaccented word ("may" is also máy, the machine).
const PLAIN_TARGETS = new Set([
  'thang',
  'm',
  'mi',
  'tk',
  'thg',
  'bon',
  'tui',
  'chung',
  'con',
  'mày',
  'thằng',
  'bọn',
  'tụi',
  'chúng',
  'nó',
]);
// Sounds that name a letter only in a spelled oath: "đê mê" is also a word (rapture), "đê mê mày" is đm;
// "em", "en" and "đi" are the English names of M, N and D ("đê em em", "đi i tờ").
const VAGUE_LETTER_NAMES = new Map([
  ['mê', 'm'],
  ['em', 'm'],
  ['en', 'n'],
  ['đi', 'đ'],
  ['di', 'đ'],
]);
function targetAfter(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return next !== undefined && !next.boundaryBefore && PLAIN_TARGETS.has(next.forms.acc);
}

/**
 * Letter names written as one word through dashes or dots ("đê-mờ", "vê.cờ.lờ" are joined by the
 * tokenizer into "đêmờ"): the word they spell, or null. Accented names only ("demo" is a word), and
 * only words of three letters or the two-letter oaths đm and vl.
 */
function joinedNames(word: string): string | null {
  if (word.length < 4 || isAscii(word)) return null;
  let letters = '';
  let name = '';
  for (let k = 0; k < word.length; k += name.length) {
    const two = word.slice(k, k + 2);
    name = LETTER_NAMES.has(two) || VAGUE_LETTER_NAMES.has(two) ? two : word[k]!;
    const letter = LETTER_NAMES.get(name) ?? VAGUE_LETTER_NAMES.get(name);
    if (letter === undefined) return null;
    letters += letter;
  }
  const spelled = SPELLED_WORDS.get(letters);
  // Two letters only ending on a proper name: "đêmê" is đê mê run together.
  return spelled && (letters.length >= 3 || (LETTER_NAMES.has(name) && (letters === 'đm' || letters === 'vl')))
    ? spelled
    : null;
}

export function mergeLetterNames(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  // Most messages hold no letter name: their edges are not looked for.
  const maybe = tokens.some((t) => LETTER_NAMES.has(t.forms.acc) || FOLDED_LETTER_NAMES.has(t.forms.acc));
  // A closing "nha" is an edge of accented spelling ("cờ lờ nha"); typed without diacritics, "de mo nha"
  // is also "để mở nha".
  const b = maybe
    ? coreBounds(
        tokens,
        true,
        tokens.some((t) => !isAscii(t.forms.acc)),
      )
    : { from: 0, to: tokens.length };
  const ascii = maybe && tokens.every((t, k) => isAscii(t.forms.acc) || k < b.from);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.forms.acc;
    const named =
      LETTER_NAMES.has(w) ||
      (ascii && FOLDED_LETTER_NAMES.has(w)) ||
      (maybe && (VAGUE_LETTER_NAMES.get(w) === 'đ' || opensRun(tokens, i, ascii)));
    // L said by its long name after a word that cuts the obscene one ("vãi e lờ", "như e lờ") is that letter.
    const cut = i > 0 && TRUNC_BEFORE.has(tokens[i - 1]!.forms.acc) && opensRun(tokens, i, ascii);
    const found: [number, string] | null =
      cut && NAME_OPENERS.get(w) === 'l' ? [i + 1, 'l'] : named ? spelledAt(tokens, i, ascii, b) : null;
    if (!found) {
      const joined = named ? null : joinedNames(t.forms.acc);
      if (joined) {
        out ??= tokens.slice(0, i);
        out.push({ ...t, forms: wordForms(joined) });
      } else out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    const last = tokens[found[0]]!;
    out.push({ ...t, forms: wordForms(found[1]), end: last.end, next: last.next });
    i = found[0];
  }
  return out ?? tokens;
}
