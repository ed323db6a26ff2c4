/**
 * Text normalization for the chat classifier.
 *
 *   original text ──chars──► normalized string (NFKC, lower case, homoglyphs, fullwidth, no zero-width)
 *                            + offset map back to the original                        (chars.ts)
 *                 ──tokens─► Token[]                                                  (tokenize.ts)
 *                            each with its word's spellings: primary form (with diacritics, repeats
 *                            collapsed), alternative forms (leet, Telex, VNI), folded form (no
 *                            diacritics) and canonical form (teencode expanded)      (word-forms.ts)
 *
 * Every token keeps [start, end) in the ORIGINAL text so evidence spans point at what was written.
 */
export { fold, isAscii, normalizeChars } from './chars';
export { telex, vni } from './input-methods';
export { MAX_CHARS, analyze, type Analysis, type Token } from './tokenize';
export { collapseRuns, wordForms, type WordForms } from './word-forms';
