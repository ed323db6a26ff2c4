/**
 * The templates' screens, looked up from the line's words: each word of the message finds the screens
 * that hold it, so the cost is the message's length, not the number of templates. A template whose
 * screen no word passed does not run its regex.
 */
import type { Hint, Template } from './template-kit';

interface Entry {
  screen: number;
  /** The words of a phrase after its first. */
  rest: readonly string[];
}

export interface ScreenIndex {
  /** The screen number of each template of a list, in order. */
  of(list: readonly Template[]): Int32Array;
  /** The screen number of one template. */
  screenOf(t: Template): number;
  /** Which screens the two lines pass (1 = pass), by screen number. */
  pass(acc: string, fold: string): Uint8Array;
}

function addWords(index: Map<string, Entry[]>, words: readonly string[], screen: number): void {
  for (const phrase of words) {
    const [first, ...rest] = phrase.split(' ');
    let entries = index.get(first!);
    if (!entries) index.set(first!, (entries = []));
    entries.push({ screen, rest });
  }
}

function mark(index: Map<string, Entry[]>, words: string[], out: Uint8Array): void {
  for (let i = 0; i < words.length; i++) {
    const entries = index.get(words[i]!);
    if (!entries) continue;
    for (const e of entries) {
      if (out[e.screen]) continue;
      let j = 0;
      while (j < e.rest.length && words[i + 1 + j] === e.rest[j]) j++;
      if (j === e.rest.length) out[e.screen] = 1;
    }
  }
}

export function screenIndex(lists: readonly (readonly Template[])[]): ScreenIndex {
  const numbers = new Map<Hint, number>();
  const acc = new Map<string, Entry[]>();
  const fold = new Map<string, Entry[]>();
  for (const list of lists) {
    for (const { hint } of list) {
      if (numbers.has(hint)) continue;
      numbers.set(hint, numbers.size);
      addWords(acc, hint.acc, numbers.size - 1);
      addWords(fold, hint.fold, numbers.size - 1);
    }
  }
  const lookedUp = new Map<readonly Template[], Int32Array>();
  return {
    of(list) {
      let out = lookedUp.get(list);
      if (!out) {
        out = Int32Array.from(list, (t) => numbers.get(t.hint) ?? -1);
        if (out.includes(-1)) throw new Error('a template list the screen index was not built with');
        lookedUp.set(list, out);
      }
      return out;
    },
    screenOf(t) {
      return numbers.get(t.hint) ?? -1;
    },
    pass(accLine, foldLine) {
      const out = new Uint8Array(numbers.size);
      mark(acc, accLine.split(' '), out);
      mark(fold, foldLine.split(' '), out);
      return out;
    },
  };
}
