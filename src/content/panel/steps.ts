/**
 * What to do now, on this client, as short steps. Written from the clients' public help pages
 * (docs/teacher-steps.md names them); the quoted labels are the clients' own, so the teacher finds them.
 * The words are in the _locales tables: panel_step_<client>_<action>_title, then _1, _2….
 */
import type { FindingCategory, Platform } from '../../common/model';
import { has, msg, type Lang } from '../messages';

export type Action = 'remove' | 'waiting-room' | 'lock' | 'share' | 'chat' | 'care';

/** Most urgent first; an entry shows the first few of its categories' union. */
const ORDER: readonly Action[] = ['share', 'lock', 'remove', 'waiting-room', 'chat', 'care'];
const MAX_ACTIONS = 4;

const CHAT: readonly Action[] = ['remove', 'chat'];
const IDENTITY: readonly Action[] = ['remove', 'waiting-room', 'lock'];
const BY_CATEGORY: ReadonlyMap<FindingCategory, readonly Action[]> = new Map<FindingCategory, readonly Action[]>([
  ['unknown-participant', IDENTITY],
  ['impersonation', IDENTITY],
  ['duplicate', IDENTITY],
  ['rename', ['remove', 'waiting-room']],
  ['offensive-name', ['remove', 'waiting-room']],
  ['suspicious-name', ['waiting-room', 'remove']],
  ['raid', ['lock', 'remove', 'chat']],
  ['privilege', ['lock', 'remove']],
  ['screen-share', ['share', 'remove']],
  ['profanity', CHAT],
  ['insult', CHAT],
  ['sexual', CHAT],
  ['threat', CHAT],
  ['hate', CHAT],
  ['spam', CHAT],
  ['link', CHAT],
  ['blocked-word', CHAT],
  ['personal-info', ['chat']],
  ['grooming', ['remove', 'chat']],
  // A child who may hurt themselves needs an adult, not a removal.
  ['self-harm', ['care']],
]);

export function actionsFor(categories: readonly FindingCategory[]): Action[] {
  const wanted = new Set<Action>();
  for (const c of categories) for (const a of BY_CATEGORY.get(c) ?? []) wanted.add(a);
  return ORDER.filter((a) => wanted.has(a)).slice(0, MAX_ACTIONS);
}

/** A list of steps in the tables ends at its first missing number. */
const MAX_STEPS = 9;

export function stepsFor(platform: Platform, lang: Lang, action: Action): { title: string; steps: string[] } {
  const base = action === 'care' ? 'panel_care' : `panel_step_${platform}_${action.replace(/-/g, '_')}`;
  const steps: string[] = [];
  for (let i = 1; i <= MAX_STEPS && has('en', `${base}_${i}`); i++) steps.push(msg(lang, `${base}_${i}`));
  return { title: msg(lang, `${base}_title`), steps };
}
