/**
 * Context: who a word is said to (the target), and the rules for short forms that are also classroom
 * words ("vl" is also vật lý, "cc" a copy, "dm" a direct message, "dell" a laptop).
 */
import type { Severity, Tier } from '../../common/model';
import { DEMONSTRATIVES, FILLERS, NAMERS, TARGETS } from './lexicon';
import { isAscii } from './chars';
import {
  CC_COPY,
  CC_RUDE_NEXT,
  DELL_PC,
  DM_ENGLISH,
  DM_RUDE_NEXT,
  DOG,
  ENGLISH_HINT,
  FORWARD_FILLERS,
  LOL_BEFORE,
  PET,
  VL_AFTER,
  VL_CRY,
  VL_RUDE_LAST,
  VL_RUDE_NEXT,
  FK_AT,
  VL_SUBJECT,
  VL_TOPIC_NEXT,
} from './context-words';
import {
  ANIMALS,
  CONVERT_AFTER,
  CONVERT_BEFORE,
  EMAIL_TOPIC,
  isNumber,
  measures,
  namesNotation,
  TRIANGLE_CASES,
  TRUNC_BEFORE,
  TRUNC_TAIL,
} from './context-lesson';
import type { Token } from './tokenize';
import type { ChatCategory } from './types';

const D_NEXT = new Set([
  'gì',
  'có',
  'ai',
  'nào',
  'hiểu',
  'biết',
  'care',
  'cần',
  'thèm',
  'chịu',
  'muốn',
  'thích',
  'được',
  'đc',
  'dc',
  // "dell quan tâm", "đ quan trọng": caring, typed in ASCII as pupils type "quan".
  'quan',
]);
const MONEY_BEFORE = new Set(['nghìn', 'ngàn', 'triệu', 'trăm', 'chục', 'tỷ', 'tỉ', 'nhiêu', 'vạn', 'k', 'giá', 'mấy']);
const LETTER_BEFORE = new Set([
  ...['cạnh', 'điểm', 'đường', 'thẳng', 'góc', 'đỉnh', 'mặt', 'ý', 'câu', 'phần', 'mục', 'án', 'chữ', 'âm'],
  ...['vần', 'số', 'hình', 'hiệu', 'tố', 'phương', 'đáp', 'con', 'ô', 'dòng', 'cột', 'hàng'],
]);
const DELL_VERBS = new Set(['hiểu', 'biết', 'thèm', 'cần', 'care', 'quan']);
const RESPECTED = new Set(['cô', 'thầy', 'bác', 'chú', 'anh', 'chị', 'bạn']);
const CALLS = new Set(['ơi', 'ạ', 'oi', 'ah']);
const COMPARISON = new Set(['như', 'nhu', 'hơn', 'bằng', 'giống']);

// Typed without diacritics, "may" is also máy and "thang" tháng: targets only for a term typed so too
// ("may la con cho", "thang kia ngu nhu bo"), never for the accented lexicon.
const ASCII_TARGETS = new Set(['may', 'tui may', 'bon may', 'chung may']);
const ASCII_NAMERS = new Set(['thang', 'thg']);

function isTarget(tokens: Token[], k: number, ascii = false): boolean {
  const t = tokens[k]!;
  if (ascii && (ASCII_TARGETS.has(t.forms.acc) || (ASCII_NAMERS.has(tokens[k - 1]?.forms.acc ?? '') && k > 0)))
    return true;
  // "I'm", "he's": the letters after an apostrophe are an English contraction, not "m" (mày).
  if (k > 0 && tokens[k - 1]!.next === "'") return false;
  // "thầy đồ" is the village scholar of the texts studied, a person by trade, not "đồ" calling names.
  if (t.forms.acc === 'đồ' && tokens[k - 1]?.forms.acc === 'thầy') return false;
  return t.mention || TARGETS.has(t.forms.acc) || TARGETS.has(t.forms.canon);
}

/** "thằng Nam", "con này": a namer before a word makes it a person, but "con chó", "con vật" are animals. */
function namedBy(before: Token | undefined, t: Token): boolean {
  if (!before || !NAMERS.has(before.forms.acc)) return false;
  if (before.forms.acc === 'con' && ANIMALS.has(t.forms.acc)) return false;
  // A child's "con" opening a sentence is "I" ("con sợ…", "con chào cô"), not "con + Name".
  if (before.forms.acc === 'con' && before.boundaryBefore && !t.upper && !DEMONSTRATIVES.has(t.forms.acc)) return false;
  return DEMONSTRATIVES.has(t.forms.acc) || !FILLERS.has(t.forms.acc);
}

// A namer that makes the word after it someone's name when the two make the whole message: "con mập",
// "thằng lùn kia", "thang lun". "con chó" alone is the animal a lesson asks about.
const NAME_OPENERS = new Set(['con', 'thằng', 'thang', 'thg', 'tk']);
const LITTLE = new Set(['nhỏ', 'bé']);
const NAME_CLOSERS = new Set(['kia', 'này', 'ơi', 'à', 'ê', 'đó', 'đấy', 'kìa', 'nay', 'oi', 'a', 'do', 'day']);

function nickname(tokens: Token[], i: number, j: number): Token | null {
  // "con nhỏ xấu xí", "thằng bé lùn": the namer with its "little".
  const at = i === 2 && LITTLE.has(tokens[1]!.forms.acc) ? 1 : i;
  const namer = tokens[at - 1];
  if (at !== 1 || !namer || !NAME_OPENERS.has(namer.forms.acc) || tokens[i]!.boundaryBefore) return null;
  if (namer.forms.acc === 'con' && i === j && ANIMALS.has(tokens[i]!.forms.acc)) return null;
  const rest = tokens.length - 1 - j;
  return rest === 0 || (rest === 1 && NAME_CLOSERS.has(tokens[j + 1]!.forms.acc)) ? namer : null;
}

/** The target of words tokens[i..j], looking back over at most two filler words, then forward ("ngu như mày"). */
export function findTarget(tokens: Token[], i: number, j: number, ascii = false): Token | null {
  const named = nickname(tokens, i, j);
  if (named) return named;
  // A comparison ("xấu như chó", "beo nhu lon") is said of the subject before the adjective.
  const cmpBefore = i > 0 && COMPARISON.has(tokens[i - 1]!.forms.acc);
  let skipped = cmpBefore || COMPARISON.has(tokens[i]!.forms.acc) ? -1 : 0;
  for (let k = cmpBefore ? i - 2 : i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    // A colon ends the lookback: what follows it is a list or a quotation ("từ chỉ con vật: chó, mèo").
    if (t.next === ':') break;
    if (isTarget(tokens, k, ascii)) return t;
    if (namedBy(tokens[k - 1], t)) return t;
    if ((FILLERS.has(t.forms.acc) || skipped < 0) && skipped < 2) {
      skipped++;
      continue;
    }
    break;
  }
  for (let k = j + 1; k < tokens.length && k <= j + 3; k++) {
    const t = tokens[k]!;
    // "con bò cô ơi": a pupil answering a teacher calls her; she is not what the word is said of.
    if (RESPECTED.has(t.forms.acc) && CALLS.has(tokens[k + 1]?.forms.acc ?? '')) break;
    if (isTarget(tokens, k) && t.forms.acc !== 'thằng' && t.forms.acc !== 'đồ') return t;
    if (!FORWARD_FILLERS.has(t.forms.acc)) break;
  }
  return null;
}

/** Facts about the whole message, computed once: rules may fire on every word of a hostile message. */
export interface Message {
  tokens: Token[];
  allAscii: boolean;
  english: boolean;
  /** Index of the first "chó"/"cún", or -1. */
  firstDog: number;
  pet: boolean;
  /** Something is measured: a number with a unit, "thể tích", "đơn vị"… ("8 dm", not "dm thằng kia"). */
  measures: boolean;
  /** The message is about e-mail ("CC là người nhận bản sao"). */
  email: boolean;
  /** The original text, for the written shape of a token ("c.g.c"). */
  text: string;
  /** Written all in capitals ("VL!!!", "ĐM THẰNG KIA"): capitals then mark no name or symbol. */
  shouted: boolean;
  /** An @mention opening the message, left out of its words (edges.ts). */
  mention?: Token;
  /** The message names a figure (computed when first asked). */
  notation?: boolean;
}

const BARKING = new Set(['người', 'khách', 'trộm', 'mèo', 'ầm', 'inh', 'suốt', 'cả', 'gâu', 'ăng', 'liên', 'to', 'dữ']);

export function messageFacts(tokens: Token[], text = '', mention?: Token): Message {
  let allAscii = true;
  let english = false;
  let firstDog = -1;
  let pet = false;
  let email = false;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.forms.acc;
    if (allAscii && !isAscii(w)) allAscii = false;
    if (!english && ENGLISH_HINT.has(w)) english = true;
    if (firstDog < 0 && DOG.has(w)) firstDog = k;
    if (!pet && PET.has(w)) pet = true;
    if (!email && EMAIL_TOPIC.has(w)) email = true;
  }
  const letters = tokens.length ? text.slice(tokens[0]!.start, tokens.at(-1)!.end).replace(/[^\p{L}]/gu, '') : '';
  const shouted =
    letters.length >= 2 && letters === letters.toUpperCase() && (tokens.length > 1 || text.includes('!!'));
  const facts = { tokens, allAscii, english, firstDog, pet, measures: measures(tokens), email, text, shouted };
  return mention ? { ...facts, mention } : facts;
}

/**
 * Capitals that mark a name or a symbol ("VL" for physics, "Cl"): not a phone's capital opening the
 * message ("Vl thật", "D.m") nor a message shouted in capitals.
 */
export function marked(msg: Message, t: Token): boolean {
  if (!t.upper || msg.shouted) return false;
  const letters = msg.text.slice(t.start, t.end).replace(/[^\p{L}]/gu, '');
  return !(msg.tokens[0] === t && letters.length > 1 && letters.slice(1) === letters.slice(1).toLowerCase());
}

const SHOUTED_CUT_BEFORE = new Set(['đồ', 'vãi', 'do', 'vai']);

// Chemistry around a "Cl": another element or formula ("Br", "HCl", "Cl2") or a word of the lesson.
const CHEMISTRY = new Set(['clo', 'khí', 'hóa', 'trị', 'nguyên', 'tố', 'electron', 'ion', 'mol', 'phản', 'halogen']);
const SYMBOL = /^[A-Z][a-z]?\d*$|^[A-Z][a-z]?\d*[A-Z]/;

/**
 * "Cl gì vậy": a phone's capital opening the message before an oath's closing word, with no chemistry
 * in the message, is the oath; "Cl gì vậy bạn, Cl2 hay HCl?" and "Cl có hóa trị mấy" are chlorine.
 */
function phoneCapitalOath(msg: Message, t: Token, next: Token | undefined): boolean {
  if (msg.tokens[0] !== t || !next || !CC_RUDE_NEXT.has(next)) return false;
  return !msg.tokens.some(
    (w) => w !== t && (CHEMISTRY.has(w.forms.acc) || SYMBOL.test(msg.text.slice(w.start, w.end))),
  );
}

/** Letters joined by dots or dashes ("D.M", "V.L", "C.L"): written so to disguise, not as a symbol. */
function dottedAt(msg: Message, t: Token): boolean {
  return /\p{L}[.\-_]\p{L}/u.test(msg.text.slice(t.start, t.end));
}

/** "8 dm", "dm3", "đổi dm ra m", "đo độ dài bằng dm": decimetres, unless the next word aims it at someone. */
function isUnit(msg: Message, i: number): boolean {
  const tokens = msg.tokens;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next && DM_RUDE_NEXT.has(next.forms.acc)) return false;
  if (isNumber(prev) || /\d$/.test(t.forms.acc) || msg.measures) return true;
  return !!prev && CONVERT_BEFORE.has(prev.forms.acc) && (!next || CONVERT_AFTER.has(next.forms.acc) || isNumber(next));
}

/**
 * "đ gì", "đ có ai", "đ hiểu": đéo cut to its letter. After a number or a number word it is the đồng
 * ("5000 đ có đủ không", "bao nhiêu đ"); a letter named in a lesson or in a list of letters ("cạnh đ",
 * "chữ đ", "D đ"); before any other word it stays a letter.
 */
function cutDeo(prev: Token | undefined, next: Token | undefined): boolean {
  if (!next || !D_NEXT.has(next.forms.acc)) return false;
  if (!prev) return true;
  return (
    !isNumber(prev) &&
    !MONEY_BEFORE.has(prev.forms.acc) &&
    !LETTER_BEFORE.has(prev.forms.acc) &&
    prev.forms.acc.length > 1
  );
}

/**
 * "dell" = đéo before a Vietnamese word ("dell hiểu"); the laptop brand otherwise, and capitalised
 * unless a verb of knowing or caring follows ("Dell hiểu kiểu gì").
 */
function dellOath(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  if (!next || (prev && DELL_PC.has(prev.forms.acc))) return false;
  if (t.upper && !DELL_VERBS.has(next.forms.acc)) return false;
  // "dell ai thèm": a word đéo takes before it, typed in ASCII as it is ("ai", "care").
  return !isAscii(next.forms.acc) || D_NEXT.has(next.forms.acc);
}

/** "vl": physics after or before a subject word, the oath as an intensifier; null when it is physics. */
function vlTier(
  msg: Message,
  t: Token,
  before: Token | undefined,
  next: Token | undefined,
  alone: boolean,
): Tier | null {
  // After a comma "vl" opens its clause ("các em, vl chưa nộp à"): the word before is not what it intensifies.
  const prev = before?.next === ',' ? undefined : before;
  if (prev && VL_SUBJECT.has(prev)) return null;
  if (next && (VL_AFTER.has(next) || isNumber(next))) return null;
  if (t.next === ':' || t.next === '/' || (marked(msg, t) && !dottedAt(msg, t))) return null;
  if (prev || (next && VL_RUDE_NEXT.has(next.forms.acc))) return 'alert';
  // "vl chưa", "vl ghê chưa" closing the message exclaim; "vl chưa nộp à" goes on to ask about physics.
  if (next && VL_RUDE_LAST.has(next.forms.acc))
    return msg.tokens.slice(msg.tokens.indexOf(next)).every((w) => VL_RUDE_LAST.has(w.forms.acc)) ? 'alert' : null;
  // Alone, vl answers "which subject?"; dotted ("v.l"), shouted ("vl!!!") or after a cry ("ôi vl") it is the oath.
  const cried = VL_CRY.test(msg.text.slice(0, t.start));
  if (alone) return t.end - t.start > 2 || msg.text.slice(t.end).startsWith('!!') || cried ? 'alert' : null;
  return next && VL_TOPIC_NEXT.has(next) ? null : 'review';
}

/**
 * "vc thật sự", "vc luôn": vãi cả opening an exclamation; elsewhere việc ("vc nhà") or vợ chồng.
 * "fk this", "fk off", "fk" alone: said at something; a foreign key ("FK của bảng") otherwise.
 */
function shortOath(
  key: string,
  upper: boolean,
  prev: Token | undefined,
  next: Token | undefined,
  alone: boolean,
): boolean {
  if (key === 'vc') return !prev && !!next && VL_RUDE_NEXT.has(next.forms.acc);
  return !upper && (alone || (!!next && FK_AT.has(next.forms.acc)));
}

/** "cc", "cl": a copy, chlorine, a triangle case or a number's neighbour; the oath as an intensifier. */
function ccTier(
  key: string,
  msg: Message,
  t: Token,
  prev: Token | undefined,
  next: Token | undefined,
  alone: boolean,
): Tier | null {
  if (TRIANGLE_CASES.test(msg.text.slice(t.start, t.end))) return null;
  if (key === 'cc' && msg.email && !(next && CC_RUDE_NEXT.has(next))) return null;
  if (t.next === ':' || t.next === '@' || isNumber(prev) || isNumber(next)) return null;
  // Cl is chlorine; dotted ("C.L") or shouted it is the oath: nobody writes the symbol so.
  const dotted = dottedAt(msg, t);
  // "Cl gì vậy" may still be a chemistry question: worth a look, never an alert.
  if (key === 'cl' && t.upper && !msg.shouted && !dotted) return phoneCapitalOath(msg, t, next) ? 'review' : null;
  if (prev && CC_COPY.has(prev) && !(next && CC_RUDE_NEXT.has(next))) return null;
  if (next && CC_COPY.has(next) && !prev) return null;
  if (prev || (next && CC_RUDE_NEXT.has(next))) return 'alert';
  // Alone and exclaimed ("Cc!!!", "ccccc"), as "vl!!!"; dotted alone ("C.C") may be initials.
  return alone && (msg.text.slice(t.end).startsWith('!!') || (t.end - t.start > 3 && !dotted)) ? 'alert' : 'review';
}

/** Context rules for the short forms that are also classroom words. Returns the verdict shape or null. */
export function ruleVerdict(
  key: string,
  msg: Message,
  i: number,
): { tier: Tier; sev: Severity; cat: ChatCategory; target?: Token } | null {
  const tokens = msg.tokens;
  const t = tokens[i]!;
  const prev = t.boundaryBefore ? undefined : tokens[i - 1];
  const next = tokens[i + 1];
  const nextWord = next?.forms.acc ?? '';
  const alone = tokens.length === 1;
  switch (key) {
    case 'vl': {
      const tier = vlTier(msg, t, prev, next, alone);
      return tier ? { tier, sev: 1, cat: 'profanity' } : null;
    }
    case 'cc':
    case 'cl': {
      const tier = ccTier(key, msg, t, prev, next, alone);
      return tier ? { tier, sev: 1, cat: 'profanity' } : null;
    }
    case 'vc':
    case 'fk':
      return shortOath(key, marked(msg, t), prev, next, alone) ? { tier: 'alert', sev: 1, cat: 'profanity' } : null;
    case 'ml': {
      if (isNumber(prev) || isNumber(next) || msg.measures) return null;
      const target = findTarget(tokens, i, i);
      return target ? { tier: 'alert', sev: 2, cat: 'insult', target } : null;
    }
    case 'dm': {
      if (isUnit(msg, i)) return null;
      if ((prev && DM_ENGLISH.has(prev.forms.acc)) || (next && DM_ENGLISH.has(nextWord))) return null;
      const rude = !!next && DM_RUDE_NEXT.has(nextWord);
      const notation = !rude && namesNotation(tokens);
      if (marked(msg, t) && (notation || (msg.allAscii && !dottedAt(msg, t)))) return null;
      if (rude) return { tier: 'alert', sev: 2, cat: 'profanity' };
      if (alone || (!prev && t.next === ',')) return { tier: 'alert', sev: 2, cat: 'profanity' };
      // In a Vietnamese sentence ("dm tắt mic đi", "nói dm gì") rather than an English one ("dm the file").
      if (!msg.english) return { tier: 'alert', sev: 2, cat: 'profanity' };
      return { tier: 'review', sev: 1, cat: 'profanity' };
    }
    case 'del':
    case 'dell':
      return dellOath(t, prev, next) ? { tier: 'alert', sev: 1, cat: 'profanity' } : null;
    case 'sủa': {
      // Barking is an insult when people do it; a pet's barking comes with the dog and its home ("con chó nhà em sủa").
      const target = findTarget(tokens, i, i);
      // How and at whom a dog barks ("sủa người lạ", "sủa ầm"): the pet, unless a person is addressed.
      const how = tokens[i + 1]?.forms.acc;
      if (how && BARKING.has(how) && (!target || target.forms.acc === 'nó')) return null;
      if (target) return { tier: 'alert', sev: 2, cat: 'insult', target };
      return msg.firstDog >= 0 && msg.firstDog < i && msg.pet ? null : { tier: 'alert', sev: 2, cat: 'insult' };
    }
    case 'l':
    case 'c': {
      // An obscene word cut to its first letter at the end of a line: "khó vãi l", "như c", "đồ l".
      // At most two closing words after it: "vãi l thật", "cái l gì thế".
      const tail = tokens.slice(i + 1);
      const atEnd = tail.length <= 2 && tail.every((w) => !w.boundaryBefore && TRUNC_TAIL.has(w.forms.acc));
      // Shouted, a capital carries nothing after "đồ" or "vãi" ("ĐỒ L!!!"); after "như" it may be a quiz's
      // answer letter ("CÂU 3 GIỐNG NHƯ C").
      const before = prev?.forms.acc ?? '';
      const shoutedCut =
        msg.shouted && (SHOUTED_CUT_BEFORE.has(before) || (key === 'l' && (before === 'cái' || before === 'cai')));
      if (!atEnd || !prev || (t.upper && !shoutedCut) || t.next === '+' || t.next === '#') return null;
      const w = prev.forms.acc;
      return TRUNC_BEFORE.has(w) || (key === 'l' && (w === 'cái' || w === 'cai'))
        ? { tier: 'alert', sev: 1, cat: 'profanity' }
        : null;
    }
    case 'đ':
      return cutDeo(prev, next) ? { tier: 'alert', sev: 1, cat: 'profanity' } : null;
    case 'lol':
      return prev && (prev.forms.accForms.some((w) => LOL_BEFORE.has(w)) || (next && prev.forms.acc === 'ăn'))
        ? { tier: 'alert', sev: 1, cat: 'profanity' }
        : null;
    default:
      return null;
  }
}
