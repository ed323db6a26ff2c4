/**
 * "In my class" (popup, notification): the name joins the roster of the class this meeting uses.
 * Pure (the user's settings layer in, the new layer out) so it is tested in Node; the popup and the
 * worker both write its result.
 */
import { classesSchema, matchClass, type ClassConfig } from './classes';
import type { MeetingIdentity } from './model';
import { stripInvisible } from './names/unicode';
import { readableLayer, USER_LAYER } from './settings';

export type AddedToRoster =
  | { ok: true; userSettings: Record<string, unknown>; cls: ClassConfig; added: boolean }
  | { ok: false; reason: 'no-class' | 'roster-full' | 'no-name' };

const ROSTER_MAX = 2000;
const NAME_MAX = 128;

/** The name as the roster keeps it: without invisible characters, trimmed, capped. */
export function rosterName(displayName: string): string {
  return stripInvisible(displayName).text.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX).trim();
}

export function addToRoster(
  userSettings: Record<string, unknown> | undefined,
  meeting: MeetingIdentity,
  displayName: string,
): AddedToRoster {
  const name = rosterName(displayName);
  if (!name) return { ok: false, reason: 'no-name' };
  const classes = (readableLayer({ classes: userSettings?.['classes'] ?? [] }, USER_LAYER).layer['classes'] ??
    []) as ClassConfig[];
  // The default class too: it is the class of a meeting that names none.
  const own = matchClass(meeting, classes);
  if (!own) return { ok: false, reason: 'no-class' };
  if (own.roster.some((r) => r.name === name || r.aliases.includes(name)))
    return { ok: true, userSettings: userSettings ?? {}, cls: own, added: false };
  if (own.roster.length >= ROSTER_MAX) return { ok: false, reason: 'roster-full' };
  const cls: ClassConfig = { ...own, roster: [...own.roster, { name, aliases: [] }] };
  const next = classes.map((c) => (c.id === own.id ? cls : c));
  return { ok: true, userSettings: { ...(userSettings ?? {}), classes: classesSchema.parse(next) }, cls, added: true };
}
