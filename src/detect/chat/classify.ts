/**
 * classifyText: one message → verdicts. Stateless and pure.
 *
 *   analyze (normalize + tokens) ─┬─ lexicon: token forms → terms → mode (strong | target | voc | person | rule)
 *                                 ├─ templates on the canonical line (threat, self-harm, grooming), idioms removed
 *                                 ├─ links, invites, phones, e-mails (normalized text)
 *                                 └─ spam shape (one message)
 *   → teacher's blocked words added, allowed words removed → merged verdicts, spans in the original text
 */
import type { Severity, Tier } from '../../shared/model';
import { BUILT_IN_ALLOWED, DEMONSTRATIVES, FILLERS, FIRST_PERSON, GROUPS, NAMERS, TARGETS, THINGS, type Mode } from './lexicon';
import { findLinks } from './links';
import { analyze, fold, isAscii, type Analysis, type Token, type WordForms } from './normalize';
import { GROOMING, IDIOMS, REPORTED, SELF_HARM, THREATS, type GroomingFamily, type Hint, type Template } from './templates';
import type { ChatCategory, ChatOptions, Verdict } from './types';

interface Term {
  words: string[];
  /** Match the accented forms (true) or the diacritics-free forms (false). */
  acc: boolean;
  cat: ChatCategory;
  sev: Severity;
  tier: Tier;
  mode: Mode;
  ruleId: string;
}

type Index = { acc: Map<string, Term[]>; fold: Map<string, Term[]>; leet: Map<string, Term[]> };

function splitWords(phrase: string): string[] {
  return analyze(phrase).tokens.map((t) => t.forms.acc);
}

function addTerm(index: Index, raw: string, base: Omit<Term, 'words' | 'acc'>): void {
  const exact = raw.startsWith('=');
  const phrase = exact ? raw.slice(1) : raw;
  const words = splitWords(phrase);
  if (words.length === 0) return;
  const acc = exact || !isAscii(words.join(''));
  const term: Term = { ...base, words: acc ? words : words.map(fold), acc };
  const map = acc ? index.acc : index.fold;
  const key = term.words[0]!;
  const list = map.get(key);
  if (list) list.push(term);
  else map.set(key, [term]);
}

const LEXICON: Index = { acc: new Map(), fold: new Map(), leet: new Map() };
/** Single-word strong terms, for star wildcards (f*ck, đ*t). */
const WILDCARD_TERMS: Term[] = [];
for (const g of GROUPS) {
  for (const raw of g.terms.split('|')) {
    if (!raw) continue;
    const ruleId = g.mode === 'rule' ? `chat.${g.cat}.${fold(raw.replace('=', ''))}` : g.mode === 'strong' ? `chat.${g.cat}.lexicon` : `chat.${g.cat}.targeted`;
    addTerm(LEXICON, raw, { cat: g.cat, sev: g.sev, tier: g.tier, mode: g.mode, ruleId });
  }
}
for (const map of [LEXICON.acc, LEXICON.fold]) {
  for (const list of map.values()) for (const t of list) if (t.words.length === 1 && t.mode === 'strong' && t.tier === 'alert' && t.words[0]!.length >= 3) WILDCARD_TERMS.push(t);
}
// Strong accented terms by their diacritics-free spelling, for words disguised with leet ("l0n", "c0n m3 m4y").
for (const list of LEXICON.acc.values()) {
  for (const t of list) {
    if (t.mode !== 'strong' || t.tier !== 'alert') continue;
    const words = t.words.map(fold);
    const lt: Term = { ...t, words, acc: false, ruleId: `${t.ruleId}.leet` };
    const l = LEXICON.leet.get(words[0]!);
    if (l) l.push(lt);
    else LEXICON.leet.set(words[0]!, [lt]);
  }
}

// ---------- context ----------

function isTarget(t: Token): boolean {
  return t.mention || TARGETS.has(t.forms.acc) || TARGETS.has(t.forms.canon);
}

/** The target of words tokens[i..j], looking back over at most two filler words, then forward ("ngu như mày"). */
function findTarget(tokens: Token[], i: number, j: number): Token | null {
  let skipped = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (isTarget(t)) return t;
    const before = tokens[k - 1];
    if (before && NAMERS.has(before.forms.acc) && (DEMONSTRATIVES.has(t.forms.acc) || !FILLERS.has(t.forms.acc))) return t;
    if (FILLERS.has(t.forms.acc) && skipped < 2) { skipped++; continue; }
    break;
  }
  for (let k = j + 1; k < tokens.length && k <= j + 3; k++) {
    const t = tokens[k]!;
    if (isTarget(t) && t.forms.acc !== 'thằng' && t.forms.acc !== 'đồ') return t;
    if (!FORWARD_FILLERS.has(t.forms.acc)) break;
  }
  return null;
}

// Only comparisons look forward ("ngu như mày"); "chó là bạn của con người" has no target.
const FORWARD_FILLERS = new Set(['như', 'bằng', 'hơn', 'giống', 'y']);

// Classroom words that make "vl" mean vật lý (physics).
const VL_SUBJECT = foldSet(['môn', 'bài', 'thi', 'điểm', 'tra', 'học', 'sách', 'lớp', 'tiết', 'đề', 'gv', 'sgk', 'thuyết', 'vở', 'ôn', 'giỏi', 'phòng', 'cô', 'thầy', 'dạy', 'nhóm', 'câu', 'chương', 'ktra', 'kt', 'hsg', 'khối', 'tổ', 'lab', 'hành', 'ban', 'hóa', 'hoá', 'toán', 'sinh', 'văn', 'sử', 'địa', 'và', 'giờ', 'buổi', 'kiến', 'thức', 'btvn', 'bt', 'gk', 'ck', 'hk', 'chuyên', 'kì', 'kỳ', 'nộp', 'chấm', 'tập', 'cương', 'giáo', 'lý', 'đội', 'môn học']);
// After "vl": words that make it the subject ("vl 11", "vl chương 2") or, at the start of a message, a topic ("vl khó quá").
const VL_AFTER = foldSet(['lớp', 'chương', 'bài', 'nâng', 'cơ', 'và', 'hóa', 'hoá', 'toán', 'sinh', 'văn', 'anh', 'sử', 'địa', 'hk', 'học', 'thi', 'ktra', 'kiểm', '10', '11', '12', 'lý', 'sgk', 'ôn', 'đề', 'cô', 'thầy', 'phần', 'tiết', 'điểm']);
const VL_TOPIC_NEXT = foldSet(['thì', 'là', 'có', 'ạ', 'nhé', 'nha', 'không', 'ko', 'k', 'khó', 'dễ', 'hôm', 'mai', 'tuần', 'chưa', 'được', 'đc', 'dc', 'mấy', 'bao', 'gì', 'j', 'với', 'cần', 'hay']);
// English "DM" (direct message) context.
const DM_ENGLISH = new Set(['me', 'you', 'u', 'cô', 'thầy', 'mình', 'em', 'anh', 'chị', 'tớ', 'nhé', 'nha', 'ạ', 'for', 'to', 'cho', 'riêng', 'qua', 'group', 'nhóm', 'ad', 'admin', 'page', 'the', 'your', 'my', 'lại', 'if', 'or', 'and', 'her', 'him', 'them', 'us', 'với', 'bạn', 'cậu', 'mik', 'mk', 'mh', 'e', 'a', 'c', 'ib', 'inbox', 'check', 'send', 'in', 'a', 'gửi', 'nhắn', 'vào', 'xem', 'via', 'đã', 'rồi', 'r', 'đi', 'nhá', 'please', 'pls', 'plz', 'ok', 'okay', 'sent', 'slide', 'slid', 'dms', 'ig', 'insta']);
const DM_RUDE_NEXT = new Set(['mày', 'm', 'thằng', 'con', 'nó', 'bọn', 'tụi', 'chúng', 'lũ', 'đứa', 'cái', 'ngu', 'vl', 'vcl', 'đéo', 'chứ', 'thế', 'luôn', 'chó', 'mẹ', 'may', 'thang', 'nay']);
const CC_COPY = foldSet(['bcc', 'to', 'gửi', 'email', 'mail', 'thư', 'cô', 'thầy', 'me', 'bạn', 'mình', 'nhé', 'cả', 'cho', 'thêm', 'vào', 'please', 'pls', 'and', 'also', 'your', 'my', 'the', 'us', 'everyone', 'him', 'her', 'them', 'parents', 'lớp', 'trưởng', 'chủ', 'nhiệm']);
const CC_RUDE_NEXT = foldSet(['gì', 'j', 'mà', 'à', 'đấy', 'vậy', 'luôn', 'thế', 'ấy', 'nè', 'kìa', 'mày', 'm', 'đâu', 'ạ', 'hả', 'vào', 'này', 'đi', 'nhé']);
const LOL_BEFORE = new Set(['như', 'xạo', 'xàm', 'vãi', 'cái', 'ngu', 'óc', 'mặt', 'đéo', 'vai', 'xao', 'xam', 'nhu', 'cai', 'oc', 'mat', 'hãm', 'láo', 'bố']);

/** Words compared as written, and also without diacritics when the token was typed without them ("tap" = tập, but "ồn" ≠ ôn). */
function foldSet(words: string[]): { has(t: Token): boolean } {
  const acc = new Set(words);
  const folded = new Set(words.map(fold));
  return { has: (t) => acc.has(t.forms.acc) || (isAscii(t.forms.acc) && folded.has(t.forms.acc)) };
}

const VL_RUDE_NEXT = new Set(['thật', 'luôn', 'quá', 'thế', 'vãi', 'thiệt', 'lắm', 'đấy', 'ấy']);
const DELL_PC = new Set(['máy', 'laptop', 'hãng', 'của', 'màn', 'chuột', 'bàn']);
const ENGLISH_HINT = new Set(['the', 'me', 'you', 'my', 'your', 'link', 'pls', 'please', 'file', 'check', 'send', 'for', 'to', 'a', 'is', 'it', 'i', 'and']);

/** Facts about the whole message, computed once: rules may fire on every word of a hostile message. */
interface Message {
  tokens: Token[];
  allAscii: boolean;
  english: boolean;
  /** Index of the first "chó"/"cún", or -1. */
  firstDog: number;
  pet: boolean;
}

const DOG = new Set(['chó', 'cún', 'cho', 'cun']);
const PET = new Set(['nhà', 'nha', 'xóm', 'em', 'con', 'gâu']);

function messageFacts(tokens: Token[]): Message {
  let allAscii = true;
  let english = false;
  let firstDog = -1;
  let pet = false;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.forms.acc;
    if (allAscii && !isAscii(w)) allAscii = false;
    if (!english && ENGLISH_HINT.has(w)) english = true;
    if (firstDog < 0 && DOG.has(w)) firstDog = k;
    if (!pet && PET.has(w)) pet = true;
  }
  return { tokens, allAscii, english, firstDog, pet };
}

function isNumber(t: Token | undefined): boolean {
  return t !== undefined && /^\d/.test(t.forms.acc);
}

/** Context rules for the short forms that are also classroom words. Returns the verdict shape or null. */
function ruleVerdict(key: string, msg: Message, i: number): { tier: Tier; sev: Severity; cat: ChatCategory; target?: Token } | null {
  const tokens = msg.tokens;
  const t = tokens[i]!;
  const prev = t.boundaryBefore ? undefined : tokens[i - 1];
  const next = tokens[i + 1];
  const nextWord = next?.forms.acc ?? '';
  const alone = tokens.length === 1;
  switch (key) {
    case 'vl': {
      if (prev && VL_SUBJECT.has(prev)) return null;
      if (next && (VL_AFTER.has(next) || isNumber(next))) return null;
      if (t.next === ':' || t.next === '/' || t.upper) return null;
      if (prev || (next && VL_RUDE_NEXT.has(nextWord))) return { tier: 'alert', sev: 1, cat: 'profanity' };
      return alone || (next && VL_TOPIC_NEXT.has(next)) ? null : { tier: 'review', sev: 1, cat: 'profanity' };
    }
    case 'cc':
    case 'cl': {
      if (t.next === ':' || t.next === '@' || isNumber(prev) || isNumber(next)) return null;
      if (key === 'cl' && t.upper) return null; // Cl: chlorine
      if (prev && CC_COPY.has(prev) && !(next && CC_RUDE_NEXT.has(next))) return null;
      if (next && CC_COPY.has(next) && !prev) return null;
      if (prev || (next && CC_RUDE_NEXT.has(next))) return { tier: 'alert', sev: 1, cat: 'profanity' };
      return { tier: 'review', sev: 1, cat: 'profanity' };
    }
    case 'ml': {
      if (isNumber(prev) || isNumber(next)) return null;
      const target = findTarget(tokens, i, i);
      return target ? { tier: 'alert', sev: 2, cat: 'insult', target } : null;
    }
    case 'dm': {
      if ((prev && DM_ENGLISH.has(prev.forms.acc)) || (next && DM_ENGLISH.has(nextWord))) return null;
      if (t.upper && msg.allAscii) return null;
      if (next && DM_RUDE_NEXT.has(nextWord)) return { tier: 'alert', sev: 2, cat: 'profanity' };
      if (alone || (!prev && t.next === ',')) return { tier: 'alert', sev: 2, cat: 'profanity' };
      // In a Vietnamese sentence ("dm tắt mic đi", "nói dm gì") rather than an English one ("dm the file").
      if (!msg.english) return { tier: 'alert', sev: 2, cat: 'profanity' };
      return { tier: 'review', sev: 1, cat: 'profanity' };
    }
    case 'del':
    case 'dell': {
      // "dell" = đéo before a Vietnamese word ("dell hiểu"); the laptop brand otherwise.
      if ((prev && DELL_PC.has(prev.forms.acc)) || t.upper) return null;
      return next && !isAscii(next.forms.acc) ? { tier: 'alert', sev: 1, cat: 'profanity' } : null;
    }
    case 'sủa': {
      // Barking is an insult when people do it; a pet's barking comes with the dog and its home ("con chó nhà em sủa").
      const target = findTarget(tokens, i, i);
      if (target) return { tier: 'alert', sev: 2, cat: 'insult', target };
      return msg.firstDog >= 0 && msg.firstDog < i && msg.pet ? null : { tier: 'alert', sev: 2, cat: 'insult' };
    }
    case 'lol':
      return prev && prev.forms.accForms.some((w) => LOL_BEFORE.has(w)) ? { tier: 'alert', sev: 1, cat: 'profanity' } : null;
    default:
      return null;
  }
}

// ---------- lexicon matching ----------

interface Hit {
  cat: ChatCategory;
  sev: Severity;
  tier: Tier;
  ruleId: string;
  first: number;
  last: number;
  target?: Token;
  family?: GroomingFamily;
}

function matchRest(term: Term, tokens: Token[], i: number, leet: boolean): boolean {
  for (let w = 1; w < term.words.length; w++) {
    const f: WordForms | undefined = tokens[i + w]?.forms;
    if (!f) return false;
    const word = term.words[w]!;
    if (leet ? f.fold !== word && f.leetFold !== word : !(term.acc ? f.accForms : f.foldForms).includes(word)) return false;
  }
  return true;
}

function wildcardMatch(written: string): Term | null {
  const pattern = new RegExp('^' + written.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '.' : '\\' + c)) + '$', 'u');
  const folded = new RegExp('^' + fold(written).replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '.' : '\\' + c)) + '$');
  for (const term of WILDCARD_TERMS) {
    const w = term.words[0]!;
    if (w.length !== written.length) continue;
    if (term.acc ? pattern.test(w) : folded.test(w)) return term;
  }
  return null;
}

function lexiconHits(msg: Message, index: Index, out: Hit[]): void {
  const tokens = msg.tokens;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const f = t.forms;
    let matched = false;
    for (let view = 1; view >= 0; view--) {
      const keys = view ? f.accForms : f.foldForms;
      const map = view ? index.acc : index.fold;
      for (const key of keys) {
        const terms = map.get(key);
        if (!terms) continue;
        for (const term of terms) {
          if (term.words.length > 1 && !matchRest(term, tokens, i, false)) continue;
          const last = i + term.words.length - 1;
          const hit = applyMode(term, msg, i, last);
          if (hit) { out.push(hit); matched = true; }
        }
      }
    }
    const leetTerms = f.leetFold ? index.leet.get(f.leetFold) : undefined;
    if (leetTerms) {
      for (const term of leetTerms) {
        if (term.words.length > 1 && !matchRest(term, tokens, i, true)) continue;
        out.push({ cat: term.cat, sev: term.sev, tier: term.tier, ruleId: term.ruleId, first: i, last: i + term.words.length - 1 });
        matched = true;
      }
    }
    if (!matched && t.forms.wildcard) {
      const term = wildcardMatch(t.forms.wildcard);
      if (term) out.push({ cat: term.cat, sev: term.sev, tier: term.tier, ruleId: `${term.ruleId}.wildcard`, first: i, last: i });
    }
  }
}

function applyMode(term: Term, msg: Message, i: number, last: number): Hit | null {
  const tokens = msg.tokens;
  const base = { cat: term.cat, sev: term.sev, tier: term.tier, ruleId: term.ruleId, first: i, last };
  switch (term.mode) {
    case 'strong':
      return base;
    case 'target': {
      const target = findTarget(tokens, i, last);
      return target ? { ...base, target } : null;
    }
    case 'voc': {
      const target = findTarget(tokens, i, last);
      if (target) return { ...base, target };
      const t = tokens[last]!;
      const atEdge = i === 0 || tokens[i]!.boundaryBefore || last === tokens.length - 1 || ',.!?'.includes(t.next);
      return atEdge ? { ...base, ruleId: `chat.${term.cat}.vocative` } : null;
    }
    case 'person': {
      const target = findTarget(tokens, i, last);
      if (target) return { ...base, target };
      // Nearest subject before the word, over at most two fillers: the writer ("em ngu quá") does not count.
      let subject: Token | undefined;
      for (let k = i - 1, skipped = 0; k >= 0 && !tokens[k + 1]!.boundaryBefore; k--) {
        const t = tokens[k]!;
        if (FILLERS.has(t.forms.acc) && !FIRST_PERSON.has(t.forms.acc) && skipped < 2) { skipped++; continue; }
        subject = t;
        break;
      }
      if (subject && (FIRST_PERSON.has(subject.forms.acc) || FIRST_PERSON.has(subject.forms.canon))) return null;
      // "cho em hỏi ngu": a dumb question of one's own.
      if (subject?.forms.acc === 'hỏi') return null;
      // Typed without diacritics anywhere, "ngu" may be ngủ ("em di ngu som"): only a target counts then.
      if (isAscii(term.words.join('')) && msg.allAscii) return null;
      if (subject && THINGS.has(subject.forms.acc)) return { ...base, tier: 'review', ruleId: `chat.${term.cat}.about-a-thing` };
      if (subject) return { ...base, ruleId: `chat.${term.cat}.third-party` };
      return { ...base, tier: 'review', ruleId: `chat.${term.cat}.untargeted` };
    }
    case 'rule': {
      const r = ruleVerdict(term.words[0]!, msg, i);
      if (!r) return null;
      return { ...base, cat: r.cat, sev: r.sev, tier: r.tier, ...(r.target ? { target: r.target } : {}) };
    }
  }
}

// ---------- templates ----------

interface Line {
  text: string;
  /** Offset of each token in text (tokens joined by single spaces). */
  starts: number[];
}

function buildLine(tokens: Token[], pick: (t: Token) => string): Line {
  const starts: number[] = [];
  let text = '';
  for (let i = 0; i < tokens.length; i++) {
    if (i) text += ' ';
    starts.push(text.length);
    text += pick(tokens[i]!);
  }
  return { text, starts };
}

/** The token holding character `at` of the line (binary search over token starts). */
function tokenAt(line: Line, at: number): number {
  let lo = 0;
  let hi = line.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (line.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function tokenRange(line: Line, start: number, end: number): [number, number] {
  return [tokenAt(line, start), tokenAt(line, Math.max(start, end - 1))];
}

interface Lines {
  acc: Line;
  fold: Line;
  screened: Map<Hint, boolean>;
}

function templateHits(templates: Template[], lines: Lines, out: Hit[]): void {
  for (const tpl of templates) {
    let pass = lines.screened.get(tpl.hint);
    if (pass === undefined) {
      pass = tpl.hint.acc.test(lines.acc.text) || tpl.hint.fold.test(lines.fold.text);
      lines.screened.set(tpl.hint, pass);
    }
    if (!pass) continue;
    const line = tpl.view === 'acc' ? lines.acc : lines.fold;
    for (const m of line.text.matchAll(tpl.re)) {
      if (m[0].length === 0) continue;
      const [first, last] = tokenRange(line, m.index, m.index + m[0].length);
      out.push({ cat: tpl.cat, sev: tpl.sev, tier: tpl.tier, ruleId: tpl.id, first, last, ...(tpl.family ? { family: tpl.family } : {}) });
    }
  }
}

function idiomRanges(lines: Lines, patterns: RegExp[]): [number, number][] {
  const out: [number, number][] = [];
  for (const re of patterns) {
    for (const line of [lines.acc, lines.fold]) {
      for (const m of line.text.matchAll(re)) out.push(tokenRange(line, m.index, m.index + m[0].length));
    }
  }
  return out;
}

// ---------- options ----------

interface Compiled {
  blocked: Index;
  allowed: Term[];
  schoolDomains: string[];
}

const compiledCache = new WeakMap<ChatOptions, Compiled>();
const NO_OPTIONS: Compiled = { blocked: { acc: new Map(), fold: new Map(), leet: new Map() }, allowed: [], schoolDomains: [] };

for (const w of BUILT_IN_ALLOWED) addAllowed(NO_OPTIONS.allowed, w);

/** Compile teacher options once per options object. */
export function compileOptions(opts: ChatOptions | undefined): Compiled {
  if (!opts) return NO_OPTIONS;
  const hit = compiledCache.get(opts);
  if (hit) return hit;
  const blocked: Index = { acc: new Map(), fold: new Map(), leet: new Map() };
  for (const w of opts.blockedWords ?? []) {
    if (w.trim()) addTerm(blocked, w.trim().slice(0, 200), { cat: 'blocked-word', sev: 2, tier: 'alert', mode: 'strong', ruleId: 'chat.blocked-word.teacher' });
  }
  const allowed: Term[] = [...NO_OPTIONS.allowed];
  for (const w of opts.allowedWords ?? []) addAllowed(allowed, w);
  const c: Compiled = { blocked, allowed, schoolDomains: (opts.schoolDomains ?? []).map((d) => d.trim().toLowerCase().replace(/^\.+/, '')).filter(Boolean) };
  compiledCache.set(opts, c);
  return c;
}

/** Add an allowed phrase (teacher setting or "not harmful" feedback). */
export function addAllowed(allowed: Term[], phrase: string): void {
  const words = splitWords(phrase.slice(0, 2000));
  if (words.length === 0) return;
  const acc = !isAscii(words.join(''));
  allowed.push({ words, acc, cat: 'profanity', sev: 1, tier: 'review', mode: 'strong', ruleId: 'allowed' });
}

function allowedRanges(allowed: Term[], tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (const term of allowed) {
    const n = term.words.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      let ok = true;
      for (let w = 0; w < n && ok; w++) {
        const t = tokens[i + w]!;
        const word = term.words[w]!;
        ok = term.acc ? t.forms.acc === word : t.forms.acc === word || t.forms.fold === word;
      }
      if (ok) out.push([i, i + n - 1]);
    }
  }
  return out;
}

/** Whether a character span lies inside one allowed phrase. */
function allowedChars(allowed: [number, number][], tokens: Token[], span: [number, number]): boolean {
  return allowed.some(([a, b]) => tokens[a]!.start <= span[0] && span[1] <= tokens[b]!.end);
}

// ---------- main ----------

export interface Classified {
  verdicts: Verdict[];
  /** Grooming cue families found in this message. */
  families: GroomingFamily[];
  analysis: Analysis;
}

const TIER_RANK: Record<Tier, number> = { review: 0, alert: 1 };

/** The full result, for the stateful guard. */
export function classifyDetailed(text: string, opts?: ChatOptions | Compiled): Classified {
  const compiled = opts && 'blocked' in opts ? opts : compileOptions(opts);
  const analysis = analyze(typeof text === 'string' ? text : String(text));
  const { tokens } = analysis;
  const hits: Hit[] = [];
  const msg = messageFacts(tokens);
  lexiconHits(msg, LEXICON, hits);
  if (compiled.blocked.acc.size || compiled.blocked.fold.size) lexiconHits(msg, compiled.blocked, hits);

  if (tokens.length) {
    // A message typed in Telex with the input method off ("tao seex gieets mayf") is read decoded.
    let telexWords = 0;
    for (const t of tokens) if (t.forms.strongTelex) telexWords++;
    const canonOf = telexWords >= 2 ? (t: Token) => t.forms.telexCanon ?? t.forms.canon : (t: Token) => t.forms.canon;
    const acc = buildLine(tokens, canonOf);
    const foldLine = buildLine(tokens, (t) => fold(canonOf(t)));
    const lines: Lines = { acc, fold: foldLine, screened: new Map() };
    const said: Hit[] = [];
    templateHits(THREATS, lines, said);
    templateHits(SELF_HARM, lines, said);
    if (said.length) {
      // "mệt muốn chết", "giết thời gian", "killing me": idioms, not threats or self-harm.
      const idioms = idiomRanges(lines, IDIOMS);
      const reported = said.some((h) => h.cat === 'self-harm') ? idiomRanges(lines, REPORTED) : [];
      for (const h of said) {
        if (idioms.some(([a, b]) => h.first <= b && a <= h.last)) continue;
        if (h.cat === 'self-harm' && reported.some(([a, b]) => h.first <= b && a <= h.last)) h.tier = 'review';
        hits.push(h);
      }
    }
    templateHits(GROOMING, lines, hits);
  }

  const verdicts: Verdict[] = [];
  const families = new Set<GroomingFamily>();
  const allowed = compiled.allowed.length ? allowedRanges(compiled.allowed, tokens) : [];
  // reach[k]: the furthest token an allowed phrase covering token k extends to (-1: none).
  const reach = new Int32Array(allowed.length ? tokens.length : 0).fill(-1);
  for (const [a, b] of allowed) for (let k = a; k <= b; k++) if (reach[k]! < b) reach[k] = b;
  const isAllowed = (first: number, last: number) => reach.length > 0 && reach[first]! >= last;
  for (const h of hits) {
    if (isAllowed(h.first, h.last)) continue;
    if (h.family) families.add(h.family);
    const v: Verdict = { category: h.cat, severity: h.sev, tier: h.tier, span: [tokens[h.first]!.start, tokens[h.last]!.end], ruleId: h.ruleId };
    if (h.target) v.target = analysis.text.slice(h.target.start - (h.target.mention ? 1 : 0), h.target.end);
    verdicts.push(v);
  }
  // Two grooming families in one message: no need to wait for a second message.
  if (families.size >= 2) {
    const g = verdicts.filter((v) => v.category === 'grooming');
    verdicts.push({ category: 'grooming', severity: 3, tier: 'alert', span: [g.reduce((m, v) => Math.min(m, v.span[0]), Infinity), g.reduce((m, v) => Math.max(m, v.span[1]), 0)], ruleId: 'chat.grooming.families' });
  }

  for (const f of findLinks(analysis.norm, compiled.schoolDomains)) {
    const span: [number, number] = [analysis.map[f.start] ?? 0, analysis.ends[f.end - 1] ?? analysis.text.length];
    if (allowed.length && allowedChars(allowed, tokens, span)) continue;
    verdicts.push({ ...f.verdict, span });
  }

  const spam = spamShape(analysis);
  if (spam) verdicts.push(spam);
  return { verdicts: merge(verdicts), families: [...families], analysis };
}

/**
 * One message that is itself a flood: a 2,000+ character wall, one word or block of words repeated
 * over and over ("lag lag lag…", "sub kênh t đi mn" ×4), or one long run of a couple of characters.
 */
function spamShape(a: Analysis): Verdict | null {
  const end = a.text.length;
  if (end > 2000) return { category: 'spam', severity: 1, tier: 'review', span: [0, end], ruleId: 'chat.spam.long' };
  if (a.norm.length < 16) return null;
  const chunks = a.norm.split(/[\s,.!?]+/).filter(Boolean);
  for (const c of chunks) {
    if (c.length >= 30 && new Set(c).size <= 3) return { category: 'spam', severity: 1, tier: 'review', span: [0, end], ruleId: 'chat.spam.repeated-word' };
  }
  if (chunks.length < 8) return null;
  for (let b = 1; b <= 8; b++) {
    let same = 0;
    for (let i = 0; i + b < chunks.length; i++) if (chunks[i] === chunks[i + b]) same++;
    // At least three copies of a short block, or two of a long one.
    if (same >= 7 && same >= b) return { category: 'spam', severity: 1, tier: 'review', span: [0, end], ruleId: 'chat.spam.repeated-word' };
  }
  return null;
}

/** A message yields at most this many verdicts (the strongest first): a flood of slurs is one incident. */
export const MAX_VERDICTS = 50;

/** Overlapping verdicts of one category become one, keeping the stronger tier and severity. */
function merge(vs: Verdict[]): Verdict[] {
  if (vs.length < 2) return vs;
  vs.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const out: Verdict[] = [];
  // Sorted by start, a verdict can only overlap the latest merged one of its category.
  const last = new Map<string, Verdict>();
  for (const v of vs) {
    const same = last.get(v.category);
    if (!same || same.span[1] <= v.span[0]) {
      out.push(v);
      last.set(v.category, v);
      continue;
    }
    const stronger = TIER_RANK[v.tier] > TIER_RANK[same.tier] || (v.tier === same.tier && v.severity > same.severity);
    const span: [number, number] = [Math.min(same.span[0], v.span[0]), Math.max(same.span[1], v.span[1])];
    if (stronger) Object.assign(same, v, { span });
    else same.span = span;
    if (!same.target && v.target) same.target = v.target;
  }
  if (out.length <= MAX_VERDICTS) return out;
  const rank = (v: Verdict) => TIER_RANK[v.tier] * 10 + v.severity;
  return out
    .map((v, k) => [v, k] as const)
    .sort((a, b) => rank(b[0]) - rank(a[0]) || a[1] - b[1])
    .slice(0, MAX_VERDICTS)
    .sort((a, b) => a[1] - b[1])
    .map(([v]) => v);
}

/** Classify one message, statelessly. Never throws on any string. */
export function classifyText(text: string, opts?: ChatOptions): Verdict[] {
  return classifyDetailed(text, opts).verdicts;
}
