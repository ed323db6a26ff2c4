import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Severity, Tier } from '../../common/model';
import { classifyText } from './classify';
import {
  BUILT_IN_ALLOWED,
  DEMONSTRATIVES,
  FILLERS,
  FIRST_PERSON,
  GROUPS,
  NAMERS,
  TARGETS,
  THINGS,
  type Mode,
} from './lexicon';
import { analyze, fold, isAscii } from './normalize';
import type { ChatCategory } from './types';
import data from './data/lexicon.json';

const FILE = path.join(import.meta.dirname, 'data/lexicon.json');

// 'blocked-word' is the teacher's own list, never the built-in one.
const CATEGORIES: readonly ChatCategory[] = [
  'profanity',
  'insult',
  'sexual',
  'threat',
  'self-harm',
  'grooming',
  'hate',
  'spam',
  'link',
  'personal-info',
];
const SEVERITIES: readonly Severity[] = [1, 2, 3];
const TIERS: readonly Tier[] = ['alert', 'review'];
const MODES: readonly Mode[] = ['strong', 'target', 'voc', 'person', 'rule'];

/** Words as the matcher reads them: the tokens' primary forms, diacritics-free for ASCII terms (classify.ts addTerm). */
function matcherKey(raw: string): string {
  const exact = raw.startsWith('=');
  const words = analyze(exact ? raw.slice(1) : raw).tokens.map((t) => t.forms.acc);
  const acc = exact || !isAscii(words.join(''));
  return `${exact ? '=' : ''}${(acc ? words : words.map(fold)).join(' ')}`;
}

/** One word or several, one space apart: no empty item, no outer or double spaces, no "|" (the groups' separator). */
const WORDS = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u;

function expectSortedUnique(list: readonly string[]): void {
  // Sorted by UTF-16 code unit (JavaScript's default sort), so the order does not depend on a locale.
  expect(list).toEqual([...list].sort());
  expect(new Set(list).size).toBe(list.length);
}

describe('lexicon data file', () => {
  it('is written one item a line (JSON.stringify with 2 spaces)', () => {
    const text = readFileSync(FILE, 'utf8');
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
  });

  it('gives each group a known category, severity, tier and mode, and nothing else', () => {
    for (const g of data.groups) {
      expect(Object.keys(g).sort()).toEqual(['cat', 'mode', 'sev', 'terms', 'tier']);
      expect(CATEGORIES).toContain(g.cat);
      expect(SEVERITIES).toContain(g.sev);
      expect(TIERS).toContain(g.tier);
      expect(MODES).toContain(g.mode);
      expect(g.terms.length).toBeGreaterThan(0);
    }
  });

  it('writes each term as the matcher reads it: lower case, NFC, words one space apart, "=" only in front', () => {
    for (const g of data.groups) {
      for (const raw of g.terms) {
        const term = raw.startsWith('=') ? raw.slice(1) : raw;
        expect(term, raw).toMatch(WORDS);
        expect(term, raw).toBe(term.normalize('NFC').toLowerCase());
        // "đmmm" would be read as "đm": a term spelled otherwise than it matches misleads the reader.
        expect(matcherKey(raw), raw).toBe(raw);
      }
    }
  });

  it('sorts each group and lists a term once; a term in two groups has two modes', () => {
    const seen = new Map<string, Set<Mode>>();
    for (const g of data.groups as { cat: string; mode: Mode; terms: string[] }[]) {
      expectSortedUnique(g.terms);
      const keys = g.terms.map(matcherKey);
      expect(new Set(keys).size, `${g.cat}/${g.mode}`).toBe(keys.length);
      for (const k of keys) {
        const modes = seen.get(k) ?? new Set<Mode>();
        expect(modes.has(g.mode), `"${k}" twice as ${g.mode}`).toBe(false);
        modes.add(g.mode);
        seen.set(k, modes);
      }
    }
  });

  it('sorts the context word lists, each word once as the matcher reads it', () => {
    const lists = {
      builtInAllowed: data.builtInAllowed,
      targets: data.targets,
      fillers: data.fillers,
      firstPerson: data.firstPerson,
      things: data.things,
      namers: data.namers,
      demonstratives: data.demonstratives,
    };
    expect(Object.keys(data).sort()).toEqual(['groups', ...Object.keys(lists)].sort());
    for (const [name, list] of Object.entries(lists)) {
      expect(list.length, name).toBeGreaterThan(0);
      expectSortedUnique(list);
      for (const w of list) {
        expect(w, name).toMatch(WORDS);
        // Compared with a token's primary form: a word written otherwise ("sooo" is read "so") never matches.
        expect(
          analyze(w)
            .tokens.map((t) => t.forms.acc)
            .join(' '),
          name,
        ).toBe(w);
      }
    }
  });
});

describe('lexicon module', () => {
  it('exports the groups in the file order, terms joined by "|"', () => {
    expect(GROUPS).toHaveLength(data.groups.length);
    GROUPS.forEach((g, i) => {
      const d = data.groups[i]!;
      expect(g).toEqual({ cat: d.cat, sev: d.sev, tier: d.tier, mode: d.mode, terms: d.terms.join('|') });
    });
  });

  it('exports the context lists as sets of the file words', () => {
    expect(BUILT_IN_ALLOWED).toEqual(data.builtInAllowed);
    expect([...TARGETS]).toEqual(data.targets);
    expect([...FILLERS]).toEqual(data.fillers);
    expect([...FIRST_PERSON]).toEqual(data.firstPerson);
    expect([...THINGS]).toEqual(data.things);
    expect([...NAMERS]).toEqual(data.namers);
    expect([...DEMONSTRATIVES]).toEqual(data.demonstratives);
  });

  it('treats words named like Object members as any other word', () => {
    for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(TARGETS.has(w)).toBe(false);
      expect(classifyText(`mày ${w} quá`)).toEqual([]);
      expect(classifyText(`${w} ${w}`)).toEqual([]);
    }
  });
});
