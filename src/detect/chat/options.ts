/** The teacher's options, compiled once: blocked words, allowed words and phrases, school domains. */
import { isAscii } from './chars';
import { BUILT_IN_ALLOWED } from './lexicon';
import { addTerm, splitWords, type Index, type Term } from './lexicon-index';
import type { Token } from './tokenize';
import type { ChatOptions } from './types';

export interface Compiled {
  blocked: Index;
  allowed: Term[];
  schoolDomains: string[];
}

const compiledCache = new WeakMap<ChatOptions, Compiled>();
const NO_OPTIONS: Compiled = {
  blocked: { acc: new Map(), fold: new Map(), leet: new Map() },
  allowed: [],
  schoolDomains: [],
};

for (const w of BUILT_IN_ALLOWED) addAllowed(NO_OPTIONS.allowed, w);

/** Compile teacher options once per options object. */
export function compileOptions(opts: ChatOptions | undefined): Compiled {
  if (!opts) return NO_OPTIONS;
  const hit = compiledCache.get(opts);
  if (hit) return hit;
  const blocked: Index = { acc: new Map(), fold: new Map(), leet: new Map() };
  for (const w of opts.blockedWords ?? []) {
    if (w.trim())
      addTerm(blocked, w.trim().slice(0, 200), {
        cat: 'blocked-word',
        sev: 2,
        tier: 'alert',
        mode: 'strong',
        ruleId: 'chat.blocked-word.teacher',
      });
  }
  const allowed: Term[] = [...NO_OPTIONS.allowed];
  for (const w of opts.allowedWords ?? []) addAllowed(allowed, w);
  const c: Compiled = {
    blocked,
    allowed,
    schoolDomains: (opts.schoolDomains ?? []).map((d) => d.trim().toLowerCase().replace(/^\.+/, '')).filter(Boolean),
  };
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

export function allowedRanges(allowed: Term[], tokens: Token[]): [number, number][] {
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
export function allowedChars(allowed: [number, number][], tokens: Token[], span: [number, number]): boolean {
  return allowed.some(([a, b]) => tokens[a]!.start <= span[0] && span[1] <= tokens[b]!.end);
}
