import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripAffixes } from './affixes';
import { detectDevice } from './device-names';
import { fold } from './unicode';
import affixes from './data/affixes.json';
import devices from './data/device-names.json';

const DIR = path.join(import.meta.dirname, 'data');

/** Words one space apart: no empty item, no outer or double spaces, no "|" (they become regex alternatives). */
const WORDS = /^[\p{L}\p{N}/]+(?: [\p{L}\p{N}/]+)*$/u;

/**
 * Each list with the normalization its matcher applies: labels and device words are compared with
 * folded text; the prefixes are matched by a case-insensitive regex (so "thầy" and "thay" both stay).
 */
const LISTS: [string, 'fold' | 'case', readonly string[]][] = [
  ['affixes.labels', 'fold', affixes.labels],
  ['affixes.classWords', 'case', affixes.classWords],
  ['affixes.studentWords', 'case', affixes.studentWords],
  ['affixes.titles', 'case', affixes.titles],
  ['device-names.brands', 'fold', devices.brands],
  ['device-names.brandPairs', 'fold', devices.brandPairs],
  ['device-names.modelWords', 'fold', devices.modelWords],
  ['device-names.placeholders', 'fold', devices.placeholders],
];

describe('name word lists', () => {
  it.each(['affixes.json', 'device-names.json'])(
    '%s is written one item a line (JSON.stringify with 2 spaces)',
    (file) => {
      const text = readFileSync(path.join(DIR, file), 'utf8');
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    },
  );

  it('holds only the lists the modules read', () => {
    expect(Object.keys(affixes).sort()).toEqual(['classWords', 'labels', 'studentWords', 'titles']);
    expect(Object.keys(devices).sort()).toEqual(['brandPairs', 'brands', 'modelWords', 'placeholders']);
  });

  it.each(LISTS)("%s: sorted, each word once after its matcher's normalization (%s)", (name, norm, list) => {
    expect(list.length).toBeGreaterThan(0);
    // Sorted by UTF-16 code unit (JavaScript's default sort), so the order does not depend on a locale.
    expect(list).toEqual([...list].sort());
    const key = (w: string) => (norm === 'fold' ? fold(w) : w.toLowerCase());
    expect(new Set(list.map(key)).size).toBe(list.length);
    for (const w of list) {
      expect(w, name).toMatch(WORDS);
      expect(w, name).toBe(w.normalize('NFC').toLowerCase());
      // Looked up with folded text: a word written with diacritics would never be found.
      if (norm === 'fold') expect(w, name).toBe(fold(w));
    }
  });

  it('keeps the shapes the matchers rely on', () => {
    // A label is one part of "(Host, me)", split at , ; and /.
    for (const w of affixes.labels) expect(w).not.toMatch(/[,;/]/);
    // Brands and model words are single words; device phrases two or three.
    for (const w of [...devices.brands, ...devices.modelWords]) expect(w).not.toContain(' ');
    for (const w of devices.brandPairs) expect(w.split(' ').length).toBeGreaterThanOrEqual(2);
    for (const w of devices.brandPairs) expect(w.split(' ').length).toBeLessThanOrEqual(3);
    // A placeholder is compared after a trailing number is cut ("Zoom user 2").
    for (const w of devices.placeholders) expect(w).not.toMatch(/\d$/);
    // Mạc is a surname and Mi a given name: "Mac", "Mi" alone are people, not devices.
    expect(devices.brands).not.toContain('mac');
    expect(devices.brands).not.toContain('mi');
  });
});

describe('name word lists in use', () => {
  it('strips the longer prefix whatever the file order', () => {
    expect(stripAffixes('GVCN Nguyễn Lan')).toMatchObject({ core: 'Nguyễn Lan', title: 'GVCN' });
    expect(stripAffixes('GV. Lan')).toMatchObject({ core: 'Lan', title: 'GV' });
    expect(stripAffixes('Học sinh - An').core).toBe('An');
    expect(stripAffixes('Lớp 10A1 An').core).toBe('An');
  });

  it('treats words named like Object members as any other word', () => {
    for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(stripAffixes(`An (${w})`)).toMatchObject({ core: `An (${w})`, labels: [] });
      expect(detectDevice(w)).toEqual({ device: false, owner: null });
      expect(detectDevice(`${w} của An`)).toEqual({ device: false, owner: null });
      expect(detectDevice(`iPhone ${w}`)).toEqual({ device: false, owner: null });
    }
  });

  it('reads each list', () => {
    expect(stripAffixes('An (Khách, Chủ trì)').labels).toEqual(['khach', 'chu tri']);
    expect(detectDevice('Máy tính của An')).toEqual({ device: true, owner: 'An' });
    expect(detectDevice('Galaxy A12')).toEqual({ device: true, owner: null });
    expect(detectDevice('Zoom user 2')).toEqual({ device: true, owner: null });
  });
});
