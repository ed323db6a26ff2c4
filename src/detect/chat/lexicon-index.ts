/**
 * The built-in word lists (lexicon.ts) indexed by each term's first word: accented terms by their
 * accented spelling, the others by their diacritics-free one, and strong accented terms a third time
 * by their diacritics-free spelling, for words disguised with leet.
 */
import type { Severity, Tier } from '../../common/model';
import { GROUPS, type Mode } from './lexicon';
import { fold, isAscii } from './chars';
import { analyze } from './tokenize';
import type { ChatCategory } from './types';

export interface Term {
  words: string[];
  /** Match the accented forms (true) or the diacritics-free forms (false). */
  acc: boolean;
  cat: ChatCategory;
  sev: Severity;
  tier: Tier;
  mode: Mode;
  ruleId: string;
}

export type Index = { acc: Map<string, Term[]>; fold: Map<string, Term[]>; leet: Map<string, Term[]> };

export function splitWords(phrase: string): string[] {
  return analyze(phrase).tokens.map((t) => t.forms.acc);
}

export function addTerm(index: Index, raw: string, base: Omit<Term, 'words' | 'acc'>): void {
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

export const LEXICON: Index = { acc: new Map(), fold: new Map(), leet: new Map() };
/** Single-word strong terms, for star wildcards (f*ck, đ*t). */
export const WILDCARD_TERMS: Term[] = [];
for (const g of GROUPS) {
  for (const raw of g.terms.split('|')) {
    if (!raw) continue;
    const ruleId =
      g.mode === 'rule'
        ? `chat.${g.cat}.${fold(raw.replace('=', ''))}`
        : g.mode === 'strong'
          ? `chat.${g.cat}.lexicon`
          : `chat.${g.cat}.targeted`;
    addTerm(LEXICON, raw, { cat: g.cat, sev: g.sev, tier: g.tier, mode: g.mode, ruleId });
  }
}
for (const map of [LEXICON.acc, LEXICON.fold]) {
  for (const list of map.values())
    for (const t of list)
      if (t.words.length === 1 && t.mode === 'strong' && t.tier === 'alert' && t.words[0]!.length >= 3)
        WILDCARD_TERMS.push(t);
}
/**
 * Strong alert phrases of two or more words by the folded first letter of their first word, for a
 * phrase whose words are starred down to their first letter ("đ** mẹ", "đ** m**").
 */
export const STUB_TERMS = new Map<string, Term[]>();
for (const map of [LEXICON.acc, LEXICON.fold]) {
  for (const list of map.values())
    for (const t of list) {
      if (t.words.length < 2 || t.mode !== 'strong' || t.tier !== 'alert') continue;
      const letter = fold(t.words[0]![0]!);
      const l = STUB_TERMS.get(letter);
      if (l) l.push(t);
      else STUB_TERMS.set(letter, [t]);
    }
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
