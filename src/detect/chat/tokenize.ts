/**
 * Tokenization of a normalized message: words, with letters split by dots or single spaces joined
 * back ("đ.ị.t", "f u c k"); every token keeps [start, end) in the ORIGINAL text.
 */
import { fold, isAscii, normalizeChars } from './chars';
import { mergeLetterNames } from './letter-names';
import { collapseRuns, wordForms, type WordForms } from './word-forms';

/** Longer messages are cut here; the classifier stays linear, so this only bounds the worst case. */
export const MAX_CHARS = 131_072;

export interface Token {
  /** The word's spellings (shared between tokens of the same word). */
  forms: WordForms;
  start: number;
  end: number;
  /** Written as "@name". */
  mention: boolean;
  /** First letter was upper case in the original (names, "Cl", "VL"). */
  upper: boolean;
  /** The character right after the token in the normalized text ('' at the end). */
  next: string;
  /** Separated from the previous token by a line break or sentence punctuation. */
  boundaryBefore: boolean;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  /** The normalized text (same length as `map`), for link/phone/email patterns. */
  norm: string;
  /** map[i] = index in the original text of normalized char i; map[norm.length] = original length. */
  map: Int32Array;
  /** ends[i] = index in the original text just after normalized char i. */
  ends: Int32Array;
  truncated: boolean;
}

const LETTER_RE = /\p{L}/u;
const letterCache = new Map<string, boolean>();
function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let v = letterCache.get(c);
  if (v === undefined) {
    v = LETTER_RE.test(c);
    if (letterCache.size < 4096) letterCache.set(c, v);
  }
  return v;
}
function isDigit(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 48 && code <= 57;
}
const SYMBOLS = '@$!|*';
const SEPARATORS = '.-_';

/** A word character: letter, digit, or a leet/wildcard symbol. */
function isWordish(c: string): boolean {
  return isLetter(c) || isDigit(c) || SYMBOLS.includes(c);
}

const ASCII_WORDISH = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORDISH[c] = isWordish(String.fromCharCode(c)) ? 1 : 0;

function wordishAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? ASCII_WORDISH[c] === 1 : isWordish(s[i]!);
}

function makeToken(
  raw: string,
  analysis: { norm: string; map: Int32Array; ends: Int32Array; text: string },
  nStart: number,
  nEnd: number,
): Token | null {
  let word = raw;
  let mention = false;
  if (word.charCodeAt(0) === 64 /* @ */ && word.length > 1 && isLetter(word[1]!)) {
    mention = true;
    word = word.slice(1);
  }
  // Trailing symbols are punctuation ("ngu!!!"), not leet.
  let trimmedEnd = nEnd;
  while (word.length > 0 && '!|$@'.includes(word[word.length - 1]!)) {
    word = word.slice(0, -1);
    trimmedEnd--;
  }
  if (!word) return null;
  const origStart = analysis.map[nStart + (mention ? 1 : 0)] ?? 0;
  const origEnd = analysis.ends[trimmedEnd - 1] ?? origStart;
  const first = analysis.text[origStart] ?? '';
  return {
    forms: wordForms(word),
    start: origStart,
    end: origEnd,
    mention,
    upper: first !== first.toLowerCase(),
    next: analysis.norm[trimmedEnd] ?? '',
    boundaryBefore: false,
  };
}

/** Normalize and tokenize one message. */
export function analyze(input: string): Analysis {
  const truncated = input.length > MAX_CHARS;
  const text = truncated ? input.slice(0, MAX_CHARS) : input;
  const { norm, map, ends } = normalizeChars(text);
  const ctx = { norm, map, ends, text };
  const tokens: Token[] = [];
  const n = norm.length;
  let i = 0;
  let boundary = true;
  while (i < n) {
    if (!wordishAt(norm, i)) {
      const c = norm.charCodeAt(i);
      // \n . ? ! ; : end a sentence.
      if (c === 10 || c === 46 || c === 63 || c === 33 || c === 59 || c === 58) boundary = true;
      i++;
      continue;
    }
    // A chunk: word chars, with single separators (. - _ ') allowed between word chars.
    const s = i;
    let parts: [number, number][] | null = null;
    let apostrophe = false;
    let ps = i;
    while (i < n) {
      if (wordishAt(norm, i)) {
        i++;
        continue;
      }
      const d = norm[i]!;
      const apos = d === "'" || d === '’';
      if ((apos || SEPARATORS.includes(d)) && i + 1 < n && wordishAt(norm, i + 1) && i > ps) {
        (parts ??= []).push([ps, i]);
        if (apos) apostrophe = true;
        i++;
        ps = i;
        continue;
      }
      break;
    }
    const chunkEnd = i;
    [ps, i, parts] = trimExclamation(norm, ps, i, parts);
    const exclaimed = i < chunkEnd;
    if (!parts) {
      // The usual case: one plain word.
      const t = makeToken(norm.slice(s, i), ctx, s, i);
      if (t) {
        t.boundaryBefore = boundary;
        tokens.push(t);
      }
      i = chunkEnd;
      boundary = exclaimed;
      continue;
    }
    parts.push([ps, i]);
    if (joinable(parts, apostrophe)) {
      const joined = parts.map(([a, b]) => norm.slice(a, b)).join('');
      const t = makeToken(joined, ctx, s, i);
      if (t) {
        // The joined token spans the whole chunk in the original.
        t.next = norm[i] ?? '';
        t.start = map[s + (t.mention ? 1 : 0)] ?? t.start;
        t.end = ends[i - 1] ?? t.end;
        t.boundaryBefore = boundary;
        tokens.push(t);
      }
    } else {
      for (const [a, b] of parts) {
        const t = makeToken(norm.slice(a, b), ctx, a, b);
        if (t) {
          t.boundaryBefore = boundary;
          boundary = false;
          tokens.push(t);
        }
      }
    }
    i = chunkEnd;
    boundary = exclaimed;
  }
  return { text, tokens: mergeLetterNames(mergeSpacedLetters(tokens)), norm, map, ends, truncated };
}

/** Pieces too short to be words of their own are one word: "đ.ị.t", "fu.ck", "l.ồn" (not "bài.Em"). */
function joinable(parts: [number, number][], apostrophe: boolean): boolean {
  return (
    !apostrophe &&
    parts.every(([a, b]) => b - a <= 3) &&
    (parts.every(([a, b]) => b - a <= 2) || parts.some(([a, b]) => b - a === 1))
  );
}

/**
 * A run of "!" closing a chunk is an exclamation ("t.ử!!!", "vl!!!"), though "!" inside a word is a
 * leet i ("đ!t"). Returns the last piece's start and end, and the pieces before it.
 */
function trimExclamation(
  norm: string,
  ps: number,
  end: number,
  parts: [number, number][] | null,
): [number, number, [number, number][] | null] {
  let i = end;
  while (i > ps && norm[i - 1] === '!') i--;
  if (i > ps) return [ps, i, parts];
  // The last piece was all "!" ("Cl-!!!"): the word ends before its separator.
  const last = parts?.pop();
  if (!last) return [ps, ps + 1, parts]; // a word of "!" alone stays what it was
  return [last[0], last[1], parts!.length ? parts : null];
}

const CALL_LETTERS = new Set(['ê', 'ơ', 'ờ', 'ừ']);

/** Two-letter words that are written spelled out on their own ("đ m", "v l"). */
const SPELLED_PAIRS = new Set(['đm', 'dm', 'vl', 'cc', 'cl', 'đụ', 'đù', 'éo', 'đĩ', 'vc']);

/**
 * Letters spelled out one space apart become one word: three or more ("v c l", "f u c k"), or two when
 * they make a known short form or stand next to another spelled-out word ("đ ụ   m ẹ   m à y").
 * A wider gap ends the word.
 */
function mergeSpacedLetters(tokens: Token[]): Token[] {
  const runs: [number, number][] = [];
  // A call opening the message ("ê đ m nó", "ê e k muốn sống nữa") is not a letter of the word after it.
  for (let i = CALL_LETTERS.has(tokens[0]?.forms.acc ?? '') ? 1 : 0; i < tokens.length;) {
    let j = i;
    while (
      j < tokens.length &&
      tokens[j]!.forms.acc.length === 1 &&
      isLetter(tokens[j]!.forms.acc) &&
      !tokens[j]!.mention &&
      (j === i || tokens[j]!.start - tokens[j - 1]!.end <= 1)
    )
      j++;
    if (j - i >= 2) runs.push([i, j]);
    i = Math.max(j, i + 1);
  }
  if (runs.length === 0) return tokens;
  const joined = (r: [number, number]) =>
    tokens
      .slice(r[0], r[1])
      .map((t) => t.forms.acc)
      .join('');
  const keep = runs.map((r) => r[1] - r[0] >= 3 || SPELLED_PAIRS.has(joined(r)));
  for (let k = 0; k < runs.length; k++) {
    const near = (m: number) => keep[m] === true && (runs[m]![0] === runs[k]![1] || runs[m]![1] === runs[k]![0]);
    if (!keep[k] && (near(k - 1) || near(k + 1))) keep[k] = true;
  }
  if (!keep.some(Boolean)) return tokens;
  const out: Token[] = [];
  let r = 0;
  for (let i = 0; i < tokens.length;) {
    while (r < runs.length && (runs[r]![0] < i || !keep[r])) r++;
    const run = runs[r];
    if (run && run[0] === i) {
      const first = tokens[run[0]]!;
      const last = tokens[run[1] - 1]!;
      out.push({ ...first, forms: spelledForms(joined(run)), end: last.end, next: last.next });
      i = run[1];
    } else out.push(tokens[i++]!);
  }
  return out;
}

/**
 * A spelled-out word may have swallowed a neighbouring one-letter word ("s h i t I forgot"). Spelling
 * a word out letter by letter shows intent, as leet does: "l o n" may match the folded "lồn".
 */
function spelledForms(word: string): WordForms {
  const plain = wordForms(word);
  const f = word.length >= 3 && !plain.leetFold ? { ...plain, leetFold: fold(collapseRuns(word, 1)) } : plain;
  if (word.length < 4) return f;
  const extra = [word.slice(0, -1), word.slice(1)]
    .map((w) => collapseRuns(w, 1))
    .filter((w) => !f.accForms.includes(w));
  if (extra.length === 0) return f;
  return {
    ...f,
    alts: [...f.alts, ...extra],
    accForms: [...f.accForms, ...extra],
    foldForms: [...f.foldForms, ...extra.filter(isAscii).filter((w) => !f.foldForms.includes(w))],
  };
}
