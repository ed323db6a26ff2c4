/**
 * Roster names, with their localized suffixes (docs/adapters/teams.md#roster), are what chat authors
 * and share labels are matched against.
 */
import type { Role } from '../../common/model';
import { phrases } from './text';

export const SUFFIX = {
  guest: phrases('suffixGuest').concat(phrases('suffixUnverified')),
  external: phrases('suffixExternal'),
  you: phrases('suffixYou'),
};
const ALL_SUFFIXES = [...SUFFIX.guest, ...SUFFIX.external, ...SUFFIX.you];

export const STATUS: ReadonlyMap<string, Role> = new Map<string, Role>([
  ...phrases('organizer').map((p): [string, Role] => [p.toLowerCase(), 'host']),
  ...phrases('coOrganizer').map((p): [string, Role] => [p.toLowerCase(), 'cohost']),
]);

/** Every suffix ends in ")", which most names do not. */
export function endsWithAny(name: string, list: readonly string[]): boolean {
  if (!name.endsWith(')')) return false;
  const lower = name.toLowerCase();
  return list.some((s) => lower.endsWith(s.toLowerCase()));
}

/** "Minh (Guest) (You)" is a guest. */
export function roleSuffix(name: string, list: readonly string[]): boolean {
  if (!name.endsWith(')')) return false;
  let n = name;
  for (const y of SUFFIX.you) if (endsWithAny(n, [y])) n = n.slice(0, n.length - y.length).trimEnd();
  return endsWithAny(n, list);
}

export function bareName(name: string): string {
  let n = name.trim();
  if (!n.endsWith(')')) return n;
  for (let changed = true; changed;) {
    changed = false;
    for (const s of ALL_SUFFIXES) {
      if (n.toLowerCase().endsWith(s.toLowerCase())) {
        n = n.slice(0, n.length - s.length).trim();
        changed = true;
      }
    }
  }
  return n;
}

/** For chat and shares while the roster is hidden. */
const NAME_MEMORY = 5000;

/** null when two people share the name. */
export class NameBook {
  private readonly idByName = new Map<string, string | null>();

  remember(name: string, id: string): void {
    if (this.idByName.get(name) === id) return;
    for (const key of new Set([name, bareName(name)])) {
      const known = this.idByName.get(key);
      if (known === undefined) {
        if (this.idByName.size >= NAME_MEMORY) this.idByName.delete(this.idByName.keys().next().value!);
        this.idByName.set(key, id);
      } else if (known !== id) this.idByName.set(key, null); // two people, one name: ambiguous
    }
  }

  idFor(name: string): string | null {
    const exact = this.idByName.get(name);
    return exact !== undefined ? exact : (this.idByName.get(bareName(name)) ?? null);
  }
}
