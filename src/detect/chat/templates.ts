/**
 * Sentence templates for threats, self-harm and grooming cues, and the idioms that look like them.
 * They run over the message's canonical line: tokens with teencode expanded ("ko" → "không",
 * "e" → "em"), joined by single spaces, with diacritics ('acc') or without ('fold' — only for
 * templates whose unaccented spelling is unambiguous). The word lists the templates are built from
 * (screens, pronouns, harm verbs) live in data/templates.json, one a line and sorted.
 */
// The templates live by concern in templates-harm.ts and templates-grooming.ts, built with template-kit.ts;
// this module keeps the one path the matcher and the verdicts import from.
import { fold } from './chars';
import { foldedTwin } from './template-kit';
import { SELF_HARM as HARM_SELF, THREATS as HARM_THREATS } from './templates-harm';
import { GROOMING as GROOMING_FIRST } from './templates-grooming';
import { GROOMING_CLOSE } from './templates-grooming-close';
import { GROOMING_MORE } from './templates-grooming-more';
import { GROOMING_STRANGERS } from './templates-grooming-strangers';
import { SELF_HARM_FRAMES, SELF_HARM_PLAIN } from './templates-self';
import { SELF_HARM_ENDS } from './templates-self-ends';
import { SELF_HARM_STAGES } from './templates-self-stages';
import { GROOMING_ASKS } from './templates-grooming-asks';
import { GROOMING_STAGES } from './templates-grooming-stages';
import { GROOMING_FAMILY } from './templates-grooming-family';
import { SELF_HARM_MORE, THREATS_MORE } from './templates-social';

import { REPORTED as HARM_REPORTED } from './templates-harm';
import { SELF_HARM_ADVICE, SELF_HARM_FAMILY } from './templates-self-family';
export { ACCENTED_IDIOM, IDIOMS } from './templates-harm';
/** Self-harm told of someone else, or a means named in advice: review tier at most. */
export const REPORTED = [...HARM_REPORTED, SELF_HARM_ADVICE];
export { EXCLUSION } from './templates-social';
import { INSULT_FRAMES as FRAMES_FIRST, INSULT_SHAPES } from './templates-insult';
export { HELP_REQUESTS } from './templates-insult';
import { INSULT_UNACCENTED as UNACCENTED_FIRST } from './templates-insult';
import { INSULT_MORE, INSULT_UNACCENTED_MORE } from './templates-insult-more';
export const INSULT_UNACCENTED = [...UNACCENTED_FIRST, ...INSULT_UNACCENTED_MORE];
export const INSULT_FRAMES = [...FRAMES_FIRST, ...INSULT_SHAPES, ...INSULT_MORE];
export { SHUNNING } from './templates-exclusion';
export const GROOMING = [
  ...GROOMING_FIRST,
  ...GROOMING_MORE,
  ...GROOMING_STRANGERS,
  ...GROOMING_CLOSE,
  ...GROOMING_ASKS,
  ...GROOMING_STAGES,
  ...GROOMING_FAMILY,
];
export const THREATS = [...HARM_THREATS, ...THREATS_MORE];
export const SELF_HARM = [
  ...HARM_SELF,
  ...SELF_HARM_MORE,
  ...SELF_HARM_FRAMES,
  ...SELF_HARM_PLAIN,
  ...SELF_HARM_ENDS,
  ...SELF_HARM_STAGES,
  ...SELF_HARM_FAMILY,
];
/** Accented grooming and self-harm templates, read over a message typed wholly without diacritics. */
export const GROOMING_FOLDED = GROOMING.filter((t) => t.view === 'acc').map((t) => foldedTwin(t, fold));
export const SELF_HARM_FOLDED = SELF_HARM.filter((t) => t.view === 'acc').map((t) => foldedTwin(t, fold));
export type { GroomingFamily, Hint, Template } from './template-kit';
