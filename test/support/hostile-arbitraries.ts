/**
 * fast-check arbitraries for attacker-written text (display names, chat messages, pasted rosters),
 * shared by the property tests in src/**\/*.property.test.ts.
 */
import fc from 'fast-check';

export const BIDI_CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];
export const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
/** C0 (NUL included), DEL and C1 controls. */
export const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
];
export const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDB40'];

/** Words that mean something to JavaScript objects: a plain-object lookup table would return its own members. */
export const JS_WORDS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'then',
  'length',
  'call',
  'apply',
  'bind',
  'name',
  'caller',
  'arguments',
  'toJSON',
  'undefined',
  'null',
  'NaN',
];

const VI_WORDS = [
  'Nguyễn',
  'Văn',
  'An',
  'Trần',
  'Thị',
  'Bích',
  'Ngọc',
  'Lê',
  'Hoàng',
  'Phạm',
  'Đặng',
  'Đức',
  'Huỳnh',
  'Thầy',
  'Cô',
  'em',
  'chào',
  'cô',
  'ạ',
  'bài',
  'tập',
  'hôm',
  'nay',
  'khó',
  'quá',
  'mình',
  'được',
  'không',
  'Đường',
  'Ưng',
  'Phượng',
  'Nguyệt',
  'Khuê',
  'giỏi',
  'nghiêng',
  'Dương',
  'Thúy',
  'Hằng',
  'Quỳnh',
  'Trịnh',
  'Vũ',
  'Võ',
  'học',
  'sinh',
  'lớp',
  '12A1',
  'ơi',
  'đi',
  'ữ',
  'ỹ',
];

const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '</textarea>',
  '<!--',
  ']]>',
  '&lt;b&gt;',
  '&#x202E;',
  'javascript:alert(1)',
  '<a href="http://evil.xyz/x">x</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '<style>*{display:none}</style>',
  "'; DROP TABLE x; --",
];

export const CSV_FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];

/** Any code point but half surrogates (fast-check's "binary" unit). */
export const binaryText = fc.string({ unit: 'binary', maxLength: 60 });
/** Printable graphemes, several code points each at times (flags, families, accents). */
export const graphemeText = fc.string({ unit: 'grapheme', maxLength: 30 });
/** Any UTF-16 code unit, lone surrogates included. */
export const codeUnitText = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});

const oneOf = (chars: readonly string[]) => fc.constantFrom(...chars);

/** A lone surrogate alone, at an end, or in the middle of other text. */
export const loneSurrogateText = fc
  .tuple(fc.string({ maxLength: 6 }), oneOf(LONE_SURROGATES), fc.string({ maxLength: 6 }))
  .map(([a, s, b]) => a + s + b);

/** Thousands of combining marks (U+0300–U+036F) stacked on one letter (Zalgo). */
export const combiningFlood = fc
  .tuple(
    oneOf(['a', 'e', 'o', 'Đ', 'x', 'ư', ' ']),
    fc.array(fc.integer({ min: 0x300, max: 0x36f }), { minLength: 1, maxLength: 5 }),
    fc.integer({ min: 1000, max: 4000 }),
  )
  .map(([letter, marks, n]) => letter + String.fromCharCode(...marks).repeat(Math.ceil(n / marks.length)));

/** Text laced with bidi controls, zero-width characters and C0/C1 controls. */
export const invisibleText = fc
  .array(fc.oneof(oneOf(BIDI_CONTROLS), oneOf(ZERO_WIDTH), oneOf(CONTROLS), fc.string({ maxLength: 4 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

/** A Vietnamese sentence with diacritics, precomposed (NFC) or decomposed (NFD) as some keyboards send it. */
export const vietnameseText = fc
  .tuple(fc.array(oneOf(VI_WORDS), { minLength: 1, maxLength: 8 }), fc.boolean())
  .map(([words, nfd]) => {
    const s = words.join(' ');
    return nfd ? s.normalize('NFD') : s;
  });

export const jsWord = oneOf(JS_WORDS);
/** A JavaScript-significant word alone or inside a sentence (also a Vietnamese one). */
export const jsWordText = fc.oneof(
  jsWord,
  fc
    .tuple(
      fc.oneof(vietnameseText, fc.constant('the teacher said')),
      jsWord,
      fc.oneof(vietnameseText, fc.constant('ok')),
    )
    .map(([a, w, b]) => `${a} ${w} ${b}`),
);

export const markupText = fc.tuple(oneOf(MARKUP), fc.string({ maxLength: 8 })).map(([m, s]) => m + s);

/** Text a spreadsheet would run as a formula. */
export const csvFormulaText = fc
  .tuple(
    oneOf(CSV_FORMULA_STARTS),
    fc.oneof(
      fc.constant('HYPERLINK("http://evil.xyz","x")'),
      fc.constant("cmd|' /C calc'!A0"),
      fc.string({ maxLength: 10 }),
    ),
  )
  .map(([start, rest]) => start + rest);

/** Characters the link, phone, e-mail and password patterns look at: the material of catastrophic backtracking. */
const REGEX_PIECES = [
  'a',
  'z',
  '0',
  '9',
  '.',
  '-',
  '_',
  '%',
  '@',
  '/',
  ':',
  '=',
  ' ',
  '\n',
  ')',
  '!',
  '*',
  '+',
  'mk',
  'pass',
  'là',
  'www.',
  'http://',
  '.com',
  'zoom',
  'id',
  '84',
  'đ',
  'ồ',
  "'",
  '\u200B',
];
export const regexStressText = fc.array(oneOf(REGEX_PIECES), { minLength: 1, maxLength: 8 }).map((p) => p.join(''));

/** One piece of hostile text, of any of the kinds above. */
export const hostilePiece = fc.oneof(
  binaryText,
  graphemeText,
  codeUnitText,
  loneSurrogateText,
  invisibleText,
  vietnameseText,
  jsWordText,
  markupText,
  csvFormulaText,
  regexStressText,
);

/** Hostile text: a few pieces of different kinds joined, sometimes with a Zalgo flood among them. */
export const hostileText = fc.oneof(
  { weight: 6, arbitrary: fc.array(hostilePiece, { maxLength: 5 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.tuple(hostilePiece, combiningFlood, hostilePiece).map((p) => p.join('')) },
);

export const HUGE_CHARS = 100_000;
/** About 100 KB: a generated piece repeated, so generation stays fast while the content stays hostile. */
export const hugeText = fc
  .tuple(fc.oneof(hostilePiece, regexStressText, combiningFlood), fc.string({ maxLength: 4 }))
  .filter(([piece]) => piece.length > 0)
  .map(([piece, tail]) => piece.repeat(Math.ceil(HUGE_CHARS / piece.length)) + tail);

/**
 * Hang guard, not a speed test: a linear pass over 100 KB takes milliseconds, catastrophic
 * backtracking takes minutes. Fails when one call takes longer than the budget.
 */
export const HANG_BUDGET_MS = 2_000;
export function withinBudget<T>(run: () => T, budgetMs = HANG_BUDGET_MS): T {
  const t0 = performance.now();
  const out = run();
  const ms = performance.now() - t0;
  if (ms > budgetMs) throw new Error(`one call took ${Math.round(ms)} ms (budget ${budgetMs} ms)`);
  return out;
}

/** Known-bad inputs found by these properties, kept as fixed examples of the 100 KB runs. */
export const HUGE_REGRESSIONS = [
  'www.' + '.'.repeat(HUGE_CHARS) + 'x',
  'mk:'.repeat(HUGE_CHARS / 3),
  '@ ' + 'a%'.repeat(HUGE_CHARS / 2),
  // A starred word thousands of letters long: a regex was built from it and overflowed the stack.
  '*a'.repeat(HUGE_CHARS / 2),
];

/** Run counts: modest, so the whole property set stays well under 30 s. */
export const RUNS = { numRuns: 200 };
export const HUGE_RUNS = { numRuns: 20 };
/** A vitest timeout for the 100 KB properties (each call is also held to HANG_BUDGET_MS). */
export const HUGE_TIMEOUT_MS = 60_000;

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thu', 'Đức', 'Hữu', 'Thanh', 'Quốc', 'Gia'];
const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Giang',
  'Hằng',
  'Khuê',
  'Linh',
  'Nhung',
  'Phượng',
  'Quỳnh',
  'Sơn',
  'Thúy',
  'Uyên',
  'Yến',
  'Ân',
  'Ưng',
];
/** A Vietnamese full name (family, middle names, given name), NFC. */
export const vietnameseName = fc
  .tuple(oneOf(FAMILY), fc.array(oneOf(MIDDLE), { maxLength: 2 }), oneOf(GIVEN))
  .map(([f, m, g]) => [f, ...m, g].join(' '));

/** JSON values whose strings and keys are hostile text. */
export const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileText,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc
    .array(fc.tuple(fc.oneof(jsWord, hostileText), tie('value')), { maxLength: 5 })
    .map((pairs) => objectWithOwnKeys(pairs)),
})).value;

/** Built with JSON.parse, so "__proto__" and "constructor" are own keys, as in parsed hostile data. */
export function objectWithOwnKeys(pairs: [string, unknown][]): Record<string, unknown> {
  return JSON.parse(
    `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`,
  ) as Record<string, unknown>;
}
