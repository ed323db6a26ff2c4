/**
 * "Everyone here now is my class": turns the people of the current meeting into a saved class.
 * The meeting's own class gets the new roster; with none, a class is created for this meeting with
 * the host as its teacher. Pure (settings in, settings out) so it is tested in Node.
 */
import { classesSchema, classSchema, matchClass, type ClassConfig } from './classes';
import type { CapturedRoster } from './protocol';
import { readableLayer, USER_LAYER } from './settings';

/** What a meeting tab's content script answers the popup's capture request with. */
export type Captured = CapturedRoster;

export interface SavedRoster {
  /** The user's settings object with the class saved (other keys untouched). */
  userSettings: Record<string, unknown>;
  cls: ClassConfig;
  created: boolean;
}

export function saveCapturedRoster(
  userSettings: Record<string, unknown> | undefined,
  captured: Captured,
  newId: () => string,
): SavedRoster {
  // The classes that can be read: one a newer version or a hand edit broke must not stop the capture.
  const current = (readableLayer({ classes: userSettings?.['classes'] ?? [] }, USER_LAYER).layer['classes'] ??
    []) as ClassConfig[];
  // Only a class that names this meeting: the default class stands for "any other meeting".
  const own = matchClass(
    captured.meeting,
    current.filter((c) => !c.isDefault),
  );
  const roster = captured.roster.map(({ name }) => ({ name: name.slice(0, 128), aliases: [] }));
  let cls: ClassConfig;
  if (own) cls = { ...own, roster };
  else {
    const m = captured.meeting;
    cls = classSchema.parse({
      id: newId(),
      name: (m.title ?? m.code ?? m.platform).slice(0, 120),
      meetings: [m.code ?? m.url],
      teachers: captured.teacher ? [captured.teacher.slice(0, 128)] : [],
      roster,
    });
  }
  const classes = own ? current.map((c) => (c.id === own.id ? cls : c)) : [...current, cls];
  return { userSettings: { ...(userSettings ?? {}), classes: classesSchema.parse(classes) }, cls, created: !own };
}
