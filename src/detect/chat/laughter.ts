/**
 * Laughter closing a message ("đồ phế vật hihi", "you smell lol", "e muốn chết huhu") changes nothing
 * the rules read: the sentence still ends where the words end. "lol" after "vãi" is the oath (vãi lồn),
 * so it stays.
 */
import { LOL_BEFORE } from './context-words';
import type { Token } from './tokenize';

const LAUGHTER = /^(?:(?:ha|he|hi|ho|hu|hj|ke|ka|hic|hix)+|k{2,}|lol|lmao|lmfao|rofl|xd)$/;

function laughs(t: Token, before: Token | undefined): boolean {
  const w = t.forms.acc;
  if (w.length < 2 || !LAUGHTER.test(w)) return false;
  return w !== 'lol' || !before?.forms.accForms.some((f) => LOL_BEFORE.has(f));
}

/** The message's tokens without the laughter that closes it (never all of them). */
export function withoutLaughter(tokens: Token[]): Token[] {
  let n = tokens.length;
  while (n > 1 && laughs(tokens[n - 1]!, tokens[n - 2])) n--;
  return n === tokens.length ? tokens : tokens.slice(0, n);
}
