/**
 * The edges of a message that carry no meaning for the rules: a call opening it ("ê đồ phế vật", "hey
 * you smell") and laughter closing it ("đồ phế vật hihi", "you smell lol", "e muốn chết huhu"). The
 * sentence starts and ends where the words do. "lol" after "vãi" is the oath (vãi lồn), so it stays.
 */
import { LOL_BEFORE } from './context-words';
import type { Token } from './tokenize';

const LAUGHTER = /^(?:(?:ha|he|hi|ho|hu|hj|ke|ka|hic|hix)+|k{2,}|lol|lmao|lmfao|rofl|xd)$/;

function laughs(t: Token, before: Token | undefined): boolean {
  const w = t.forms.acc;
  if (w.length < 2 || !LAUGHTER.test(w)) return false;
  return w !== 'lol' || !before?.forms.accForms.some((f) => LOL_BEFORE.has(f));
}

// Particles closing a message of two words or more ("đồ phế vật á", "con lợn kia đó"); "đó", "đấy", "ấy"
// after a person or a thing word point at it ("thằng đó", "cái đấy") and stay.
// English tags close a put-down the same way ("you're so weird bro", "ur so cringe fr").
const PARTICLES = new Set(['á', 'ạ', 'đó', 'đấy', 'ấy', 'nè', 'bro', 'bruh', 'tbh', 'fr', 'ngl', 'smh']);
const POINTING = new Set(['đó', 'đấy', 'ấy']);
const POINTED = new Set([
  ...['con', 'thằng', 'cái', 'bạn', 'người', 'đứa', 'bọn', 'lũ', 'tụi', 'chỗ', 'lúc', 'hôm', 'ngày', 'bài'],
  ...['nhà', 'anh', 'chị', 'em', 'cô', 'thầy', 'ông', 'bà', 'như', 'là'],
]);

function closes(tokens: Token[], i: number, from: number): boolean {
  const w = tokens[i]!.forms.acc;
  // A particle after one word is what reads it ("cc ấy", "cl nè": the oath, not a copy), so it stays.
  if (!PARTICLES.has(w) || i - from < 2) return false;
  return !POINTING.has(w) || !POINTED.has(tokens[i - 1]!.forms.acc);
}

// Calls and English tags that open a message and address no one in particular: "ê", "hey", "này", "ngl".
const CALLS = new Set([
  'ê',
  'ey',
  'hey',
  'yo',
  'này',
  'nè',
  'alo',
  'oi',
  'ơi',
  'bro',
  'bruh',
  'omg',
  'ew',
  'ugh',
  'ngl',
  'tbh',
  'hi',
  'hello',
]);

// A greeting with whom it greets opens a message as a call does ("chào em, …", "hi e …"); "chào" alone
// is also a salute ("chào cờ").
const GREETINGS = new Set(['chào', 'chao', 'hi', 'hello']);
const GREETED = new Set(['em', 'e', 'bé', 'be', 'cháu', 'chau', 'con', 'bạn', 'ban', 'cậu', 'mn', 'mng']);

function greets(tokens: Token[], at: number, n: number): boolean {
  return at + 2 < n && GREETINGS.has(tokens[at]!.forms.acc) && GREETED.has(tokens[at + 1]!.forms.acc);
}

// A name or a respected person called before the words ("Minh ơi …", "lan oi …", "mẹ ơi …") is a call
// too; a word the rules read as whom the words are aimed at stays ("mày ơi", "em ơi", "ad ơi").
const CALLED_AFTER = new Set(['ơi', 'oi', 'ới']);
const PERSON_WORDS = new Set([
  ...['mày', 'm', 'mi', 'bây', 'tao', 't', 'tụi', 'bọn', 'anh', 'a', 'em', 'e', 'chị', 'cj', 'bạn', 'cậu'],
  ...['con', 'thằng', 'bé', 'may', 'thang', 'you', 'u', 'ad', 'admin', 'các', 'cả', 'mọi'],
]);

function calledName(tokens: Token[], at: number, n: number): boolean {
  const name = tokens[at]!;
  return (
    at + 2 < n &&
    !name.mention &&
    CALLED_AFTER.has(tokens[at + 1]!.forms.acc) &&
    !PERSON_WORDS.has(name.forms.acc) &&
    /^\p{L}+$/u.test(name.forms.acc)
  );
}

/**
 * Where the words of a message start and end: after opening calls (and, with `mentions`, an @mention
 * opening it) and before closing laughter, particles and tags (and, with `soft`, a closing "nha"/"nhé").
 */
export function coreBounds(tokens: Token[], mentions = false, soft = false): { from: number; to: number } {
  let n = tokens.length;
  let from = 0;
  for (;;) {
    if (greets(tokens, from, n) || calledName(tokens, from, n)) from += 2;
    else if (from < n - 1 && (CALLS.has(tokens[from]!.forms.acc) || (mentions && tokens[from]!.mention))) from++;
    else break;
  }
  while (
    n - from > 1 &&
    (laughs(tokens[n - 1]!, tokens[n - 2]) || closes(tokens, n - 1, from) || (soft && softTail(tokens, n - 1, from)))
  )
    n--;
  return { from, to: n };
}

/**
 * The message's tokens from its first word after opening calls and @mentions to its last before closing
 * laughter, and the @mention that opened it, if one did (whom the first words may be said of).
 */
export function messageCore(tokens: Token[], soft = false): { from: number; core: Token[]; mention?: Token } {
  const { from, to: n } = coreBounds(tokens, true, soft);
  if (from === 0) return { from, core: n === tokens.length ? tokens : tokens.slice(0, n) };
  // The sentence starts after the call: "Mẹ ơi con sợ…" is a child's "con", as at a message's start.
  const core = tokens.slice(from, n);
  core[0] = { ...core[0]!, boundaryBefore: true };
  const opener = tokens[from - 1]!;
  return opener.mention ? { from, core, mention: opener } : { from, core };
}

// "nha", "nhé" closing a message soften a request, and grooming cues read them ("giữ bí mật nhé"), so
// they stay in the message; a put-down read as the whole message is read without them ("đồ phế vật nhé"),
// and a message closed by one is read a second time without it (`softlyClosed`).
const SOFT_CLOSE = new Set(['nha', 'nhé', 'nhá', 'nhe', 'nhen', 'nghen', 'nhaa']);

/** The tokens without a closing "nha"/"nhé" after two words or more (the same tokens otherwise). */
export function withoutSoftClose(tokens: Token[]): Token[] {
  const n = tokens.length;
  return n >= 3 && SOFT_CLOSE.has(tokens[n - 1]!.forms.acc) ? tokens.slice(0, n - 1) : tokens;
}

// Words of emphasis and a call to everyone closing a message ("… thật sự", "… luôn", "… rồi", "… mn ơi")
// also hide the end of the words; the second reading goes without them. Two-word ones close as a pair.
// "ơi" only after everyone called ("mn ơi"): after a person it calls them ("con bò cô ơi"); "xong rồi" says
// a thing is done, which the rules read themselves.
// The child called at the end ("… nha e", "… bé") and a pleading "mà" close a stranger's message the same way.
const TAIL = new Set(['thật', 'luôn', 'rồi', 'vậy', 'z', 'thôi', 'thui', 'mn', 'mng', 'mà', 'em', 'e', 'bé', 'cháu']);
const TAIL_PAIRS = new Map([
  ['sự', ['thật']],
  ['người', ['mọi']],
  ['nhà', ['cả']],
  ['ơi', ['mn', 'mng', 'người', 'nhà']],
  ['oi', ['mn', 'mng']],
]);

function softTail(tokens: Token[], i: number, from: number): boolean {
  const w = tokens[i]!.forms.acc;
  const before = i - 1 > from ? tokens[i - 1]!.forms.acc : '';
  if (SOFT_CLOSE.has(w)) return true;
  // "… đi mà" pleads: the pair goes ("gửi ảnh đi" keeps its "đi").
  if (w === 'đi' && tokens[i + 1]?.forms.acc === 'mà') return true;
  if (TAIL.has(w)) return w !== 'rồi' || before !== 'xong';
  return TAIL_PAIRS.get(w)?.includes(before) ?? false;
}

/**
 * Whether a message's words end with "nha"/"nhé", a word of emphasis or a call to everyone (before any
 * laughter or tag): then the rules that want a word to end the message ("khó vãi l", "vl", "cờ lờ á",
 * "e muốn chết") read it a second time without them.
 */
export function softlyClosed(tokens: Token[]): boolean {
  const { from, to } = coreBounds(tokens, true);
  return to - from >= 2 && softTail(tokens, to - 1, from);
}
