/** Lexicon matching: each token's spellings looked up in an index, then the term's mode decides. */
import type { Severity, Tier } from '../../common/model';
import { fold, isAscii } from './chars';
import { findTarget, marked, ruleVerdict, type Message } from './context-rules';
import { DM_RUDE_NEXT } from './context-words';
import { namesNotation } from './context-lesson';
import { FILLERS, FIRST_PERSON, THINGS } from './lexicon';
import { STUB_TERMS, WILDCARD_TERMS, type Index, type Term } from './lexicon-index';
import type { GroomingFamily } from './templates';
import type { Token } from './tokenize';
import type { ChatCategory } from './types';
import { DISGUISED, starred, type WordForms } from './word-forms';

const NOUN_BEFORE = new Set(['trong', 'ở', 'của', 'vào', 'thành', 'các']);

export interface Hit {
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
    if (leet ? f.fold !== word && f.leetFold !== word : !(term.acc ? f.accForms : f.foldForms).includes(word))
      return false;
  }
  return true;
}

/**
 * An obscene phrase cut short at the end of a message, its last word reduced to a first letter:
 * "địt m", "con mẹ m" (the rest of the word left unsaid). Only for strong terms of alert tier.
 */
function truncatedMatch(term: Term, tokens: Token[], i: number): boolean {
  const lastW = term.words.length - 1;
  if (term.mode !== 'strong' || term.tier !== 'alert' || i + lastW !== tokens.length - 1) return false;
  const cut = tokens[i + lastW]!.forms;
  const word = term.words[lastW]!;
  if (cut.acc.length !== 1 || word.length < 2 || fold(word[0]!) !== cut.fold) return false;
  return matchRest({ ...term, words: term.words.slice(0, lastW) }, tokens, i, false);
}

/** A word starred down to its first letter ("đ**", "m**"): that letter, folded; else null. */
export function stubLetter(t: Token | undefined): string | null {
  const w = t?.forms.acc;
  return w && w.length >= 2 && w[1] === '*' && /^\p{L}\*+$/u.test(w) ? fold(w[0]!) : null;
}

/**
 * A strong phrase starred down to first letters, its first word a stub and each other word written
 * or a stub of the same letter ("đ** mẹ", "đ** m**"): the stars hide the phrase, they show intent.
 */
function stubPhrase(tokens: Token[], i: number, letter: string): Term | null {
  for (const term of STUB_TERMS.get(letter) ?? []) {
    let ok = i + term.words.length <= tokens.length;
    for (let w = 1; ok && w < term.words.length; w++) {
      const t = tokens[i + w]!;
      const word = term.words[w]!;
      ok =
        !t.boundaryBefore &&
        (stubLetter(t) === fold(word[0]!) || (term.acc ? t.forms.accForms : t.forms.foldForms).includes(word));
    }
    if (ok) return term;
  }
  return null;
}

/** The longest word a starred form may stand for. */
const WILDCARD_MAX = Math.max(0, ...WILDCARD_TERMS.map((t) => t.words[0]!.length));

function wildcardMatch(written: string): Term | null {
  // Each run of stars hides one letter at least: a form that cannot be as short as a listed word is
  // none of them, and no regex is built from a page's long string ("*a*a*a…" overflowed the stack).
  if (written.replace(/\*+/g, '*').length > WILDCARD_MAX) return null;
  const pattern = new RegExp(
    '^' + written.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '.' : '\\' + c)) + '$',
    'u',
  );
  const folded = new RegExp(
    '^' + fold(written).replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '.' : '\\' + c)) + '$',
  );
  for (const term of WILDCARD_TERMS) {
    const w = term.words[0]!;
    if (w.length !== written.length) continue;
    if (term.acc ? pattern.test(w) : folded.test(w)) return term;
  }
  // Stars are typed loosely ("đ**t" for địt): a run of them may hide fewer letters than it has.
  const loose = (s: string) =>
    new RegExp('^' + s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*+/g, (r) => `.{1,${r.length}}`) + '$', 'u');
  const looseAcc = loose(written);
  const looseFold = loose(fold(written));
  for (const term of WILDCARD_TERMS) {
    const w = term.words[0]!;
    if (w.length >= written.length) continue;
    if (term.acc ? looseAcc.test(w) : looseFold.test(w)) return term;
  }
  return null;
}

/**
 * Two to four capitals, undotted, in a message naming a figure ("Cho tam giác CLM vuông tại C", "cạnh
 * DM"): the figure's points, not a short form; dots ("C.L.M") are a disguise, and a rude word after
 * the capitals still aims them.
 */
export function figureName(msg: Message, i: number): boolean {
  const t = msg.tokens[i]!;
  if (!marked(msg, t) || !/^[A-ZĐ]{2,4}$/.test(msg.text.slice(t.start, t.end))) return false;
  const next = msg.tokens[i + 1];
  if (next && DM_RUDE_NEXT.has(next.forms.acc)) return false;
  // A place or a part before it makes it a noun: "máu trong ĐM", "thành ĐM", "đo ở ĐM".
  if (NOUN_BEFORE.has(msg.tokens[i - 1]?.forms.acc ?? '')) return true;
  // Looked up once a message: a wall of capitals stays linear.
  msg.notation ??= namesNotation(msg.tokens);
  return msg.notation;
}

export function lexiconHits(msg: Message, index: Index, out: Hit[], start = 0): void {
  const tokens = msg.tokens;
  const n = tokens.length;
  for (let i = start; i < n; i++) {
    const t = tokens[i]!;
    if (t.upper && figureName(msg, i)) continue;
    const f = t.forms;
    let matched = false;
    for (let view = 1; view >= 0; view--) {
      const keys = view ? f.accForms : f.foldForms;
      const map = view ? index.acc : index.fold;
      for (const key of keys) {
        const terms = map.get(key);
        if (!terms) continue;
        for (const term of terms) {
          if (term.words.length > 1 && !matchRest(term, tokens, i, false) && !truncatedMatch(term, tokens, i)) continue;
          const last = i + term.words.length - 1;
          const hit = applyMode(term, msg, i, last);
          if (hit) {
            out.push(hit);
            matched = true;
          }
        }
      }
    }
    const leetTerms = f.leetFold ? index.leet.get(f.leetFold) : undefined;
    if (leetTerms) {
      // A disguised word of threat or self-harm ("ch3t") is that word, not its folded twin (the slur chệt).
      const disguised = DISGUISED.has(f.leetFold!);
      for (const term of leetTerms) {
        if (disguised && term.words.length === 1) continue;
        if (term.words.length > 1 && !matchRest(term, tokens, i, true)) continue;
        out.push({
          cat: term.cat,
          sev: term.sev,
          tier: term.tier,
          ruleId: term.ruleId,
          first: i,
          last: i + term.words.length - 1,
        });
        matched = true;
      }
    }
    const stub = matched ? null : stubLetter(t);
    if (stub) {
      const term = stubPhrase(tokens, i, stub);
      if (term) {
        const last = i + term.words.length - 1;
        out.push({ cat: term.cat, sev: term.sev, tier: term.tier, ruleId: `${term.ruleId}.wildcard`, first: i, last });
        continue;
      }
      // One starred letter reads as that letter for the short-form rules ("vãi l**" as "vãi l").
      for (const term of index.fold.get(stub) ?? []) {
        const hit = term.mode === 'rule' && term.words.length === 1 ? applyMode(term, msg, i, i) : null;
        if (hit) out.push(hit);
      }
    }
    if (!matched && t.forms.wildcard) {
      const term = wildcardMatch(t.forms.wildcard);
      // A starred word of threat or self-harm ("ch*t") is that word, not a slur of the same shape.
      if (term && !(term.cat === 'hate' && starred(t.forms.wildcard)))
        out.push({
          cat: term.cat,
          sev: term.sev,
          tier: term.tier,
          ruleId: `${term.ruleId}.wildcard`,
          first: i,
          last: i,
        });
    }
  }
}

// Describing words taught in pairs: "Is he fat or thin?" is a vocabulary drill, not a jibe.
const ANTONYMS = new Map([
  ['fat', ['thin', 'slim', 'skinny']],
  ['ugly', ['beautiful', 'pretty', 'handsome']],
  ['stupid', ['clever', 'smart', 'intelligent']],
  ['dumb', ['clever', 'smart']],
  ['béo', ['gầy', 'ốm']],
  ['xấu', ['đẹp', 'xinh']],
  ['dốt', ['giỏi', 'thông minh']],
]);
function antonymDrill(msg: Message, t: Token): boolean {
  const pair = ANTONYMS.get(t.forms.acc);
  // Only the first word of a two-word antonym is looked at ("thông minh" → "thông").
  return !!pair && msg.tokens.some((o) => pair.some((w) => w.split(' ')[0] === o.forms.acc));
}

/**
 * An @mention opening a short message is whom its first words are said of ("@Lan xấu quá", "@Minh
 * đồ chó"); in a longer one ("@Minh lợn con sau cai sữa…") it only calls a classmate.
 */
function mentioned(msg: Message, i: number): Token | null {
  return msg.mention && i === 0 && msg.tokens.length <= 3 ? msg.mention : null;
}

function applyMode(term: Term, msg: Message, i: number, last: number): Hit | null {
  const tokens = msg.tokens;
  const base = { cat: term.cat, sev: term.sev, tier: term.tier, ruleId: term.ruleId, first: i, last };
  switch (term.mode) {
    case 'strong':
      return base;
    case 'target': {
      const target = findTarget(tokens, i, last, !term.acc) ?? mentioned(msg, i);
      // "con chó nhà em … nó ngủ như con heo": "nó" is the pet named before it, not a person.
      if (target?.forms.acc === 'nó' && msg.pet && msg.firstDog >= 0 && msg.firstDog < i) return null;
      if (target && antonymDrill(msg, tokens[i]!)) return { ...base, tier: 'review', ruleId: `${term.ruleId}.lesson` };
      return target ? { ...base, target } : null;
    }
    case 'voc': {
      const target = findTarget(tokens, i, last) ?? mentioned(msg, i);
      if (target) return { ...base, target };
      const t = tokens[last]!;
      const atEdge = i === 0 || tokens[i]!.boundaryBefore || last === tokens.length - 1 || ',.!?'.includes(t.next);
      return atEdge ? { ...base, ruleId: `chat.${term.cat}.vocative` } : null;
    }
    case 'person': {
      const target = findTarget(tokens, i, last) ?? mentioned(msg, i);
      if (target) return { ...base, target };
      // Nearest subject before the word, over at most two fillers: the writer ("em ngu quá") does not count.
      let subject: Token | undefined;
      for (let k = i - 1, skipped = 0; k >= 0 && !tokens[k + 1]!.boundaryBefore; k--) {
        const t = tokens[k]!;
        if (FILLERS.has(t.forms.acc) && !FIRST_PERSON.has(t.forms.acc) && skipped < 2) {
          skipped++;
          continue;
        }
        subject = t;
        break;
      }
      if (subject && (FIRST_PERSON.has(subject.forms.acc) || FIRST_PERSON.has(subject.forms.canon))) return null;
      // "cho em hỏi ngu": a dumb question of one's own.
      if (subject?.forms.acc === 'hỏi') return null;
      // Typed without diacritics anywhere, "ngu" may be ngủ ("em di ngu som"): only a target counts then.
      if (isAscii(term.words.join('')) && msg.allAscii) return null;
      if (subject && THINGS.has(subject.forms.acc))
        return { ...base, tier: 'review', ruleId: `chat.${term.cat}.about-a-thing` };
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
