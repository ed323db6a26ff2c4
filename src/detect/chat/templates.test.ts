import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';
import { fold } from './normalize';
import data from './data/templates.json';

const FILE = path.join(import.meta.dirname, 'data/templates.json');

/** One word or several, one space apart: no empty item, no outer or double spaces, no "|". */
const WORDS = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u;

/** Each list with the line it is matched on: accented ('acc') or diacritics-free ('fold'). */
const LISTS: [string, 'acc' | 'fold', readonly string[]][] = [
  ...Object.entries(data.hints).flatMap(
    ([family, h]) =>
      [
        [`hints.${family}.acc`, 'acc', h.acc],
        [`hints.${family}.fold`, 'fold', h.fold],
      ] as [string, 'acc' | 'fold', string[]][],
  ),
  ['me', 'acc', data.me],
  ['you', 'acc', data.you],
  ['will', 'acc', data.will],
  ['harm', 'acc', data.harm],
  ['enYou', 'fold', data.enYou],
  ['enWill', 'fold', data.enWill],
  ['him', 'acc', data.him],
  ['himStrict', 'acc', data.himStrict],
  ['young', 'acc', data.young],
];

describe('templates data file', () => {
  it('is written one item a line (JSON.stringify with 2 spaces)', () => {
    const text = readFileSync(FILE, 'utf8');
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
  });

  it('has a screen for each template family and no list the module does not read', () => {
    expect(Object.keys(data.hints).sort()).toEqual([
      'contact',
      'flattery',
      'gifts',
      'meeting',
      'photos',
      'probing',
      'secrecy',
      'selfHarm',
      'threat',
    ]);
    for (const h of Object.values(data.hints)) expect(Object.keys(h).sort()).toEqual(['acc', 'fold']);
    expect(Object.keys(data).sort()).toEqual(
      ['enWill', 'enYou', 'harm', 'hints', 'him', 'himStrict', 'me', 'will', 'you', 'young'].sort(),
    );
  });

  it.each(LISTS)('%s: sorted, each word once, written as the %s line shows it', (name, view, list) => {
    expect(list.length).toBeGreaterThan(0);
    // Sorted by UTF-16 code unit (JavaScript's default sort), so the order does not depend on a locale.
    expect(list).toEqual([...list].sort());
    expect(new Set(list).size).toBe(list.length);
    for (const w of list) {
      expect(w, name).toMatch(WORDS);
      // The lines are lower case; the diacritics-free one has no diacritics, so a word with them never matches it.
      expect(w, name).toBe(w.normalize('NFC').toLowerCase());
      if (view === 'fold') expect(w, name).toBe(fold(w));
    }
  });
});

describe('templates module', () => {
  it('tries a phrase after the shorter one it starts with, whatever the file order: "kill you all" is found as "kill you"', () => {
    const text = 'i will kill you all';
    const threat = classifyText(text).find((v) => v.category === 'threat');
    expect(threat && text.slice(threat.span[0], threat.span[1])).toBe('i will kill you');
  });

  it('builds each template from the lists', () => {
    expect(classifyText('tao sẽ đập chết mày').map((v) => v.category)).toContain('threat');
    expect(classifyText('im gonna stab your family').map((v) => v.category)).toContain('threat');
    expect(classifyText('anh thích em lắm').map((v) => v.category)).toContain('grooming');
  });
});
