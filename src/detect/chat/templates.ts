/**
 * Sentence templates for threats, self-harm and grooming cues, and the idioms that look like them.
 * They run over the message's canonical line: tokens with teencode expanded ("ko" → "không",
 * "e" → "em"), joined by single spaces, with diacritics ('acc') or without ('fold' — only for
 * templates whose unaccented spelling is unambiguous). The word lists the templates are built from
 * (screens, pronouns, harm verbs) live in data/templates.json, one a line and sorted.
 */
// The templates live by concern in templates-harm.ts and templates-grooming.ts, built with template-kit.ts;
// this module keeps the one path the matcher and the verdicts import from.
export { IDIOMS, REPORTED, SELF_HARM, THREATS } from './templates-harm';
export { GROOMING } from './templates-grooming';
export type { GroomingFamily, Hint, Template } from './template-kit';
