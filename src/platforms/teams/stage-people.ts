/**
 * docs/adapters/teams.md#stage: camera tiles name who is present while the People list is not full
 * (a partial view: the stage shows a page of the call). Ids are the ones the list gave that exact
 * name, else derived from the name as the list derives them, so opening the list hands over.
 */
import type { Participant, Role } from '../../common/model';
import { NAME_MAX, oneLine } from '../kit/text';
import { SUFFIX, endsWithAny, roleSuffix, type NameBook } from './names';
import { css } from './selectors';

const TILE_NAME = css('stagePerson');
const NONE: readonly Participant[] = Object.freeze([]);
// Tiles come and go and are renamed through data-tid; speaking and mute outlines are not read.
const WATCH: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['data-tid', 'data-stream-type'],
};

export class TeamsStagePeople {
  private root: Element | null = null;
  private observer: MutationObserver | null = null;
  private dirty = true;
  private names: string[] = [];
  private last: readonly Participant[] = NONE;
  private lastSelf: string | null = null;
  private lastVersion = -1;

  constructor(private readonly book: NameBook) {}

  dispose(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.root = null;
  }

  /** The same frozen array while the tiles, the own id and the list's names are the same. */
  read(stage: Element, selfId: string | null): readonly Participant[] {
    this.follow(stage);
    if (this.observer && this.observer.takeRecords().length > 0) this.dirty = true;
    let changed = false;
    if (this.dirty) {
      this.dirty = false;
      const names: string[] = [];
      for (const el of stage.querySelectorAll(TILE_NAME)) {
        const name = oneLine(el.getAttribute('data-tid'), NAME_MAX);
        if (name) names.push(name);
      }
      changed = !sameList(names, this.names);
      if (changed) this.names = names;
    }
    if (changed || selfId !== this.lastSelf || this.book.version !== this.lastVersion) {
      this.last = this.names.length > 0 ? this.toPeople(selfId) : NONE;
      this.lastSelf = selfId;
      this.lastVersion = this.book.version;
    }
    return this.last;
  }

  private follow(stage: Element): void {
    if (this.root === stage) return;
    this.observer?.disconnect();
    this.root = stage;
    this.dirty = true;
    this.observer = typeof MutationObserver === 'function' ? new MutationObserver(() => (this.dirty = true)) : null;
    this.observer?.observe(stage, WATCH);
  }

  /**
   * Exact names only: a stranger who takes the teacher's bare name must not be taken for her. Two
   * tiles with one unknown name are two people.
   */
  private toPeople(selfId: string | null): readonly Participant[] {
    const seen = new Map<string, number>();
    const out: Participant[] = [];
    for (const name of this.names) {
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      const known = n === 1 ? this.book.exactId(name) : null;
      const id = known ?? (n === 1 ? `name:${name}` : `name:${name}#${n}`);
      const self = (selfId !== null && id === selfId) || endsWithAny(name, SUFFIX.you);
      const stable = known !== null && !known.startsWith('name:');
      out.push({ id, idStable: stable, name, role: roleOf(name), self });
    }
    return Object.freeze(out);
  }
}

/** The list's own suffix rule; a guest's user id is not shown on the stage. */
function roleOf(name: string): Role {
  if (roleSuffix(name, SUFFIX.guest)) return 'guest';
  if (roleSuffix(name, SUFFIX.external)) return 'external';
  return 'participant';
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
