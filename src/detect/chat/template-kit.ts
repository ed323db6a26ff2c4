/**
 * What the templates are built with: their shape, whole-token regexes over the space-joined line,
 * screens of hint words, and word lists as one regex alternation.
 */
import type { Severity, Tier } from '../../common/model';
import { escapeRegExp } from '../../common/regexp';
import type { ChatCategory } from './types';

export interface Template {
  id: string;
  cat: ChatCategory;
  sev: Severity;
  tier: Tier;
  view: 'acc' | 'fold';
  re: RegExp;
  /** Grooming cue family. */
  family?: GroomingFamily;
  /** Words without which the template cannot match: a cheap screen. */
  hint: Hint;
}

export type GroomingFamily =
  | 'contact'
  | 'photos'
  | 'secrecy'
  | 'probing'
  | 'meeting'
  | 'gifts'
  | 'flattery'
  /** A stranger claiming a tie to the child's family: "anh là bạn của bố em". */
  | 'trust';

/** Whole-token boundaries on a space-joined line. */
export function T(src: string): RegExp {
  return new RegExp(`(?<![^ ])(?:${src})(?![^ ])`, 'g');
}

/**
 * A screen: the template cannot match unless one of these occurs as whole tokens — Vietnamese words
 * (with diacritics) in the accented line, or words (English, unaccented Vietnamese) in the
 * diacritics-free line. Only words every match of the regex holds belong here (screen-proof.ts checks);
 * the rarer they are, the fewer lines run the regex.
 */
export interface Hint {
  acc: readonly string[];
  fold: readonly string[];
}
export function H(words: { acc: readonly string[]; fold: readonly string[] }): Hint {
  return { acc: [...words.acc], fold: [...words.fold] };
}

/**
 * Words as one regex alternation, sorted as strings whatever the file's order: a phrase then comes
 * after the shorter one it starts with ("you" before "you all", "bố" before "bố mày"). A regex takes
 * the first alternative with which the whole template matches, so "kill you all" is found as
 * "kill you", as when these lists were written in the code; the order sets verdict spans.
 */
export function alternatives(words: readonly string[]): string {
  return [...words].sort().map(escapeRegExp).join('|');
}

/**
 * A template written with diacritics, read over the diacritics-free line: for messages typed wholly
 * without them ("dung ke voi ai nha e"), where the accented line holds nothing to match. Unaccented
 * words are ambiguous ("song" is sống or sông), so the twin is review tier whatever the original's.
 */
export function foldedTwin(tpl: Template, fold: (s: string) => string): Template {
  return {
    ...tpl,
    view: 'fold',
    tier: 'review',
    sev: 1,
    re: new RegExp(fold(tpl.re.source), tpl.re.flags),
    hint: foldedHint(tpl.hint, fold),
  };
}
const foldedHints = new Map<Hint, Hint>();
/** One folded screen per original screen: its words, without diacritics, in the diacritics-free line. */
function foldedHint(hint: Hint, fold: (s: string) => string): Hint {
  let out = foldedHints.get(hint);
  if (!out) {
    out = { acc: [], fold: [...new Set([...hint.acc.map(fold), ...hint.fold])] };
    foldedHints.set(hint, out);
  }
  return out;
}
