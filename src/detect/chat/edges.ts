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

// Calls that open a message and address no one in particular: "ê", "hey", "này".
const CALLS = new Set(['ê', 'ey', 'hey', 'yo', 'này', 'nè', 'alo', 'oi', 'ơi']);

/** The message's tokens from its first word after opening calls to its last before closing laughter. */
export function messageCore(tokens: Token[]): { from: number; core: Token[] } {
  let n = tokens.length;
  while (n > 1 && laughs(tokens[n - 1]!, tokens[n - 2])) n--;
  let from = 0;
  while (from < n - 1 && CALLS.has(tokens[from]!.forms.acc)) from++;
  return { from, core: from === 0 && n === tokens.length ? tokens : tokens.slice(from, n) };
}
