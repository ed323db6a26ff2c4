/**
 * Speech frames: who says a word, and to whom. Words of abuse quoted from a text ("Hắn chửi: “…”"),
 * a child telling what was said to them ("bạn ấy chửi em là đồ chó"), self-harm told of a character
 * ("Lão Hạc ăn bả chó để tự tử") and a historic region named as a place ("Nam Kỳ khởi nghĩa") still
 * matter, but they are not the writer's own abuse: they drop to review, or for place names are dropped.
 */
import { FIRST_PERSON } from './lexicon';
import type { Hit } from './lexicon-match';
import type { Token } from './tokenize';
import type { ChatCategory } from './types';

const FRAMED = new Set<ChatCategory>(['profanity', 'insult', 'threat', 'hate', 'sexual']);

// Words that introduce what someone else said or wrote, or name a saying.
const REPORTING = new Set([
  'nói',
  'chửi',
  'bảo',
  'hỏi',
  'mắng',
  'quát',
  'hô',
  'kêu',
  'gọi',
  'nhắn',
  'viết',
  'rủa',
  'nguyền',
  'khinh',
  'chê',
  'dọa',
  'doạ',
  'trêu',
  'câu',
  'ngữ',
  // Comparing and describing, as a lesson says a text does: "tác giả so sánh “…”", "ví như".
  'sánh',
  'ví',
  'tả',
  'thơ',
  'chữ',
  'said',
  'says',
  'say',
  'called',
  'calls',
  'told',
  'wrote',
  'yelled',
]);
// The writer as the one spoken to: "chửi em", "gọi con", "called me". Not "tao", the voice of a fight.
const ME_SPOKEN_TO = new Set(['em', 'e', 'con', 'mình', 'mk', 'mik', 'tớ', 'tôi', 'cháu', 'me', 'us']);
// Someone other than the writer as the speaker: "bạn ấy bảo", "các bạn chửi", "he called".
// The author or a character of a studied text (tác giả, nhân vật, nhà thơ, nhà văn) compares and curses in it.
const THEY = new Set(['bạn', 'ấy', 'nó', 'họ', 'he', 'she', 'they', 'người', 'anh', 'chị', 'giả', 'vật', 'thơ', 'văn']);
const ROUGH_ME = new Set(['tao', 't', 'bố', 'tau']);
// The one spoken to: "gọi mày là …" is said to the reader, not told of someone else.
const SECOND_PERSON = new Set(['mày', 'm', 'mi', 'mầy', 'cậu', 'you', 'u']);
// Naming a word under study just before its quotation: "từ “ngu ngốc”", "the word “loser”".
const MENTION = new Set(['từ', 'cụm', 'word', 'words', 'phrase', 'term', 'expression']);
// After a quotation, what makes it language under study: "“…” là lời mắng yêu", "“…” is rude", "“…” nghĩa là".
const ABOUT_VI = new Set(['lời', 'từ', 'câu', 'cách', 'cụm', 'thành', 'tiếng', 'nghĩa']);
const ABOUT_EN = new Set(['rude', 'impolite', 'unkind', 'mean', 'offensive', 'not', 'a', 'an']);
// Characters and people of a story or of history, as subjects of a self-harm sentence.
const STORY_PERSON = new Set(['lão', 'ông', 'bà', 'hắn', 'nhân', 'anh', 'chị', 'cô', 'chàng', 'nàng', 'vua', 'tướng']);
// Capitalized only because they open the sentence: "Tối nay…", "Muốn…", not a name.
const OPENERS = new Set([
  'tối',
  'mai',
  'hôm',
  'giờ',
  'chắc',
  'thôi',
  'muốn',
  'không',
  'chẳng',
  'thật',
  'có',
  'lại',
  'nay',
  'sáng',
  'chiều',
  'đêm',
  'ngày',
  'tuần',
  'vậy',
  'thế',
  'nên',
  'rồi',
  'chỉ',
  'cũng',
  'đã',
  'sẽ',
  'sắp',
  'nếu',
  'khi',
  'lúc',
  'ai',
  'cô',
  'thầy',
  'mẹ',
  'bố',
  'ba',
  'chị',
  'anh',
  'bạn',
  'ơi',
  'i',
]);
// A work of art named in the message: a nude statue or painting is art history, not sexual content.
const ART = new Set(['tượng', 'tranh', 'bức', 'họa', 'hoạ', 'điêu', 'khắc', 'nghệ', 'bảo', 'phục']);
const QUOTES = '"“”«»„';

/** [start, end) of each quotation in the original text, paired in order. */
function quoteRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length && out.length < 50; i++) {
    const c = text[i]!;
    if (!QUOTES.includes(c)) continue;
    if (open < 0) open = i;
    else {
      out.push([open, i]);
      open = -1;
    }
  }
  return out;
}

// A frame is looked for this many words back at most: every step stays linear in the message length.
const REACH = 12;

/** First token of the sentence holding token i, or REACH words back. */
function sentenceStart(tokens: Token[], i: number): number {
  let k = i;
  while (k > 0 && k > i - REACH && !tokens[k]!.boundaryBefore) k--;
  return k;
}

/** The quotation is talked about as language: named as a word before it, or described after it. */
function mentioned(tokens: Token[], q: [number, number]): boolean {
  let k = tokens.findIndex((t) => t.start > q[1]);
  if (k < 0) k = tokens.length;
  const before = tokens.filter((t) => t.end <= q[0]).at(-1)?.forms.acc;
  if (before !== undefined && MENTION.has(before)) return true;
  const [a, b] = [tokens[k]?.forms.acc, tokens[k + 1]?.forms.acc];
  if (a === 'nghĩa' || a === 'means' || a === 'mean') return true;
  if (a === 'là' || a === 'có') return b !== undefined && ABOUT_VI.has(b);
  return (a === 'is' || a === 'are' || a === 'sounds') && b !== undefined && ABOUT_EN.has(b);
}

/** The hit lies inside a quotation introduced by a colon or a reporting word, not said by "tao". */
function quoted(tokens: Token[], h: Hit, quotes: [number, number][]): boolean {
  const a = tokens[h.first]!.start;
  const q = quotes.find(([s, e]) => s < a && tokens[h.last]!.end <= e);
  if (!q) return false;
  let framed = mentioned(tokens, q);
  for (let k = h.first - 1; k >= 0 && tokens[k]!.start > q[0] - 80; k--) {
    const t = tokens[k]!;
    if (t.end > q[0]) continue;
    const w = t.forms.acc;
    if (ROUGH_ME.has(w)) return false;
    if (REPORTING.has(w) || t.next === ':') framed = true;
  }
  return framed;
}

/** "bạn ấy chửi em là …", "em bị các bạn gọi là …", "he called me …": reported to the reader, after the verb. */
function reported(tokens: Token[], h: Hit): boolean {
  const from = sentenceStart(tokens, h.first);
  for (let r = h.first - 1; r >= from; r--) {
    const verb = tokens[r]!.forms.acc;
    if (!REPORTING.has(verb)) continue;
    const after = tokens.slice(r + 1, Math.min(r + 3, h.first + 1)).map((t) => t.forms.acc);
    if (after.some((w) => ME_SPOKEN_TO.has(w))) return true;
    const before = tokens.slice(Math.max(from, r - 4), r).map((t) => t.forms.acc);
    if (before.some((w) => ROUGH_ME.has(w))) return false;
    if (before.includes('bị') || before.some((w) => THEY.has(w))) return true;
    if (verb === 'gọi' && namedOther(tokens.slice(r + 1, h.first).map((t) => t.forms.acc))) return true;
  }
  return false;
}

/** "con cáo gọi quạ là đồ ngốc": a naming told of someone, not "gọi mày là …" said to the reader. */
function namedOther(between: string[]): boolean {
  const is = between.indexOf('là');
  return is > 0 && !between.slice(0, is).some((w) => SECOND_PERSON.has(w) || ROUGH_ME.has(w));
}

/** The subject of a self-harm sentence is a character or a named person, not the writer. */
function toldOfOther(tokens: Token[], h: Hit): boolean {
  const from = sentenceStart(tokens, h.first);
  for (let k = h.first - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (FIRST_PERSON.has(t.forms.acc) || FIRST_PERSON.has(t.forms.canon)) return false;
    if (STORY_PERSON.has(t.forms.acc) || (t.upper && (k > from || !OPENERS.has(t.forms.acc)))) return true;
  }
  return false;
}

const REGION = /^(?:kỳ|kì|ky|ki)$/;
const PLACE_BEFORE = new Set(['đông', 'tây', 'miền', 'xứ', 'đường', 'thời', 'ba', 'vùng', 'nghĩa']);
const PLACE_AFTER = new Set(['khởi', 'lục', 'kỳ', 'kì']);
const NAMER_BEFORE = new Set(['thằng', 'con', 'bọn', 'lũ', 'dân', 'tụi', 'đồ', 'mấy', 'đứa', 'lũ']);

/** "Bắc Kỳ, Trung Kỳ, Nam Kỳ", "Nam Kỳ khởi nghĩa": the colonial regions, as history names them. */
function placeName(tokens: Token[], h: Hit): boolean {
  const words = tokens.slice(h.first, h.last + 1);
  if (!words.some((t) => REGION.test(t.forms.acc))) return false;
  const before = tokens[h.first - 1];
  const after = tokens[h.last + 1];
  if (before && NAMER_BEFORE.has(before.forms.acc)) return false;
  return (
    words.every((t) => t.upper) ||
    (!!before && PLACE_BEFORE.has(before.forms.acc)) ||
    (!!after && PLACE_AFTER.has(after.forms.acc))
  );
}

// The writer naming themselves ("tớ là đồ ngốc", "mình đúng là đồ vô dụng"): self-talk, worth a look,
// not an alert against the child. Not "em" or "con": an elder calls the one spoken to so.
const SELF = new Set(['mình', 'tớ', 'tôi', 'tui', 't', 'tao', 'mik', 'mk']);
const SELF_LINK = new Set(['là', 'đúng', 'thật', 'chỉ', 'quả', 'cũng', 'vẫn', 'đã', 'đồ', 'thứ', 'kẻ', 'một', 'đứa']);
function saidOfSelf(tokens: Token[], h: Hit): boolean {
  const from = sentenceStart(tokens, h.first);
  let k = h.first - 1;
  while (k >= from && k > h.first - 5 && SELF_LINK.has(tokens[k]!.forms.acc)) k--;
  // The pronoun opens the sentence: "nó nói t là đồ ngu" is reported speech, read below.
  return k === from && k < h.first - 1 && SELF.has(tokens[k]!.forms.canon);
}

export function applyFrames(text: string, tokens: Token[], hits: Hit[]): void {
  let quotes: [number, number][] | null = null;
  for (let n = hits.length - 1; n >= 0; n--) {
    const h = hits[n]!;
    if (h.tier !== 'alert') continue;
    if (h.cat === 'hate' && placeName(tokens, h)) {
      hits.splice(n, 1);
      continue;
    }
    if (h.cat === 'self-harm') {
      if (toldOfOther(tokens, h)) h.tier = 'review';
      continue;
    }
    if (h.cat === 'sexual' && tokens.some((t) => ART.has(t.forms.acc))) {
      h.tier = 'review';
      continue;
    }
    if (!FRAMED.has(h.cat)) continue;
    if (h.cat === 'insult' && saidOfSelf(tokens, h)) {
      h.tier = 'review';
      h.ruleId = `${h.ruleId}.self`;
      continue;
    }
    quotes ??= quoteRanges(text);
    if ((quotes.length && quoted(tokens, h, quotes)) || reported(tokens, h)) {
      h.tier = 'review';
      h.ruleId = `${h.ruleId}.reported`;
    }
  }
}
