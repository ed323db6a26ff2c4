import { describe, expect, it } from 'vitest';
import { confusableWith, normalizeName, osaDistance, skeleton } from './index';

describe('normalizeName', () => {
  it('builds display, exact and loose keys', () => {
    const n = normalizeName('  10A1 - Nguyễn   Văn  Ấn (Khách) ');
    expect(n).toMatchObject({
      display: 'Nguyễn Văn Ấn',
      key: 'nguyễn văn ấn',
      looseKey: 'nguyen van an',
      tokens: ['nguyen', 'van', 'an'],
      labels: ['khach'],
    });
  });

  it('folds đ/Đ to d in the loose key (NFD does not decompose it)', () => {
    expect(normalizeName('Đỗ Đức Đạt').looseKey).toBe('do duc dat');
  });

  it('records a teacher title and removes it', () => {
    expect(normalizeName('Cô Nguyễn Thị Lan')).toMatchObject({ display: 'Nguyễn Thị Lan', title: 'Cô' });
    expect(normalizeName('GV: Lan')).toMatchObject({ display: 'Lan', title: 'GV' });
  });

  it('never strips a name down to nothing', () => {
    expect(normalizeName('10A1').display).toBe('10A1');
    expect(normalizeName('HS').display).toBe('HS');
    expect(normalizeName('(Guest)').display).toBe('(Guest)');
  });

  it.each([
    ['An\u200B', 'zeroWidth'],
    ['\u2060An', 'zeroWidth'],
    ['A\u00ADn', 'zeroWidth'],
    ['\u3164', 'zeroWidth'],
    ['\u202Enahk', 'bidi'],
    ['An\u2067', 'bidi'],
    ['An\u200F', 'bidi'],
    ['Lаn', 'confusable'],
    ['Lаn', 'mixedScript'],
    ['Ｌａｎ', 'confusable'],
    ['𝐋𝐚𝐧', 'confusable'],
    ['ʟan', 'confusable'],
    ['Аnnа', 'confusable'],
    ['iPhone của An', 'device'],
    ['x'.repeat(300), 'truncated'],
  ] as const)('%j sets %s', (raw, flag) => {
    expect(normalizeName(raw).flags[flag]).toBe(true);
  });

  it('raises no flag on ordinary names in any script', () => {
    for (const raw of ['Nguyễn Văn An', 'Иван Петров', 'Γιώργος', '李小龙', 'José García', 'Anna-Lena', 'An 👨‍👩‍👧']) {
      expect(Object.values(normalizeName(raw).flags).some(Boolean), raw).toBe(false);
    }
  });

  it('lists the invisible code points it removed, for evidence', () => {
    expect(normalizeName('\u202EAn\u200B').invisibles).toEqual(['U+200B', 'U+202E']);
  });

  it('treats markup as text', () => {
    expect(normalizeName('<b>An</b>').display).toBe('<b>An</b>');
  });

  it('caps a 100 KB name and flags it', () => {
    const n = normalizeName('A'.repeat(100_000));
    expect(n.display.length).toBe(128);
    expect(n.flags.truncated).toBe(true);
  });

  it('does not split a surrogate pair when capping', () => {
    const n = normalizeName('a'.repeat(255) + '😀😀');
    expect(n.display).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('finds the device owner', () => {
    expect(normalizeName('iPhone của Minh').owner).toBe('Minh');
    expect(normalizeName('Minh’s iPad').owner).toBe('Minh');
  });
});

describe('confusableWith', () => {
  it.each([
    ['Nguyễn Thị Lan', 'Nguyễn Thị Lаn', true],
    ['Lan', 'Ｌａｎ', true],
    ['Ivan', 'lvan', true],
    ['Nam', 'Nam\u200B', true],
    ['Minh', 'Mirh', false],
    ['Lan', 'Lan', false],
    ['Ian', 'Lan', false],
    ['Nguyen', 'Nguyễn', false],
    ['Tom', 'Tоm', true],
    ['Cô Lan', 'Cô Lan', false],
    ['Warren', 'Wanen', false],
    ['Mạnh', 'rnạnh', false],
    ['minh', 'rninh', true],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(confusableWith(a, b)).toBe(expected);
    expect(confusableWith(b, a)).toBe(expected);
  });

  it('skeletons are case-sensitive like TR39', () => {
    expect(skeleton('Ian')).not.toBe(skeleton('Lan'));
    expect(skeleton('Ian')).toBe(skeleton('lan'));
  });
});

describe('osaDistance', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(osaDistance('nguyen', 'ngyuen', 2)).toBe(1);
    expect(osaDistance('linh', 'lihn', 2)).toBe(1);
    expect(osaDistance('an', 'anh', 2)).toBe(1);
    expect(osaDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
