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
  /** Full names as the list shows them: a bare name ("Lan" of "Lan (You)") is not the person. */
  private readonly idByFullName = new Map<string, string | null>();
  /** Rises whenever an answer may have changed. */
  version = 0;

  remember(name: string, id: string): void {
    if (this.idByName.get(name) === id && this.idByFullName.get(name) === id) return;
    this.learn(this.idByFullName, name, id);
    for (const key of new Set([name, bareName(name)])) this.learn(this.idByName, key, id);
  }

  /** Two people, one name: ambiguous (null) from then on. */
  private learn(book: Map<string, string | null>, key: string, id: string): void {
    const known = book.get(key);
    if (known === id || known === null) return;
    this.version++;
    if (known === undefined) {
      if (book.size >= NAME_MEMORY) book.delete(book.keys().next().value!);
      book.set(key, id);
    } else book.set(key, null);
  }

  exactId(name: string): string | null {
    return this.idByFullName.get(name) ?? null;
  }

  idFor(name: string): string | null {
    const exact = this.idByName.get(name);
    return exact !== undefined ? exact : (this.idByName.get(bareName(name)) ?? null);
  }
}
